namespace ActionPlan.Search;

/// <summary>A product's data whose words make its page findable, beside the page's own title and body.</summary>
public interface ISearchText
{
    /// <summary>The texts to index, in the order shown (null where a value is missing).</summary>
    IEnumerable<string?> SearchTexts { get; }
}

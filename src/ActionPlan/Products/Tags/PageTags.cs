using ActionPlan.Search;

namespace ActionPlan.Products.Tags;

/// <summary>The tags a written page has, shown with its other facts under its title, in the order the page names them.</summary>
/// <param name="Tags">The tags, each linking to its page.</param>
public sealed record PageTags(IReadOnlyList<TagLink> Tags) : ISearchText
{
    /// <inheritdoc/>
    /// <remarks>A page is found by the names of its tags, as a reader would call its subject.</remarks>
    public IEnumerable<string?> SearchTexts => Tags.Select(t => t.Name);
}

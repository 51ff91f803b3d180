namespace ActionPlan.Products.Tags;

/// <summary>Every tag with pages in a language, by name as the language sorts, for the tag index.</summary>
/// <param name="Tags">The tags, each with its page and how many pages it has.</param>
public sealed record TagIndex(IReadOnlyList<TagLink> Tags);

namespace ActionPlan.Rendering;

/// <summary>A cited source as a page shows it.</summary>
/// <param name="Title">The publication's title in the page's language, or its id when it has no page in that language.</param>
/// <param name="Href">The publication page's address, or null when it has none in that language.</param>
/// <param name="At">Where in the publication, as written, or null.</param>
public sealed record SourceView(string Title, string? Href, string? At);

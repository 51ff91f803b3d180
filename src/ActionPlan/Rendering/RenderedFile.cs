using ActionPlan.Model;

namespace ActionPlan.Rendering;

/// <summary>A file the build made (a page, a feed, the sitemap...) and, for a written page, the page it came from.</summary>
/// <param name="OutputPath">Where it goes, relative to the output folder.</param>
/// <param name="Text">Its content.</param>
/// <param name="Page">The written page it renders, or null.</param>
public sealed record RenderedFile(string OutputPath, string Text, Page? Page);

using ActionPlan.Model;

namespace ActionPlan.Rendering;

/// <summary>A file the build made (a page, a feed, the sitemap...) and, for a written page, the page it came from.</summary>
/// <param name="OutputPath">Where it goes, relative to the output folder.</param>
/// <param name="Text">Its content.</param>
/// <param name="Page">The written page it renders, or null.</param>
public sealed record RenderedFile(string OutputPath, string Text, Page? Page)
{
    /// <summary>
    /// For a page kept as the previous output holds it (<see cref="Caching.RenderMemory"/>): the SHA-256 of that file's
    /// bytes, which it was just seen to have; null for a file made by this build.
    /// </summary>
    public byte[]? KeptHash { get; init; }
}

using ActionPlan.Model;

namespace ActionPlan.Rendering;

/// <summary>A file the build made (a page, a feed, the sitemap...) and, for a written page, the page it came from.</summary>
/// <param name="OutputPath">Where it goes, relative to the output folder.</param>
/// <param name="Text">Its content.</param>
/// <param name="Page">The written page it renders, or null.</param>
public sealed record RenderedFile(string OutputPath, string Text, Page? Page)
{
    /// <summary>The SHA-256 of its bytes (UTF-8), where the build has taken it (<see cref="Caching.RenderMemory"/>); else null.</summary>
    public byte[]? Hash { get; init; }

    /// <summary>True for a page kept as the previous output holds it, its bytes just seen to be <see cref="Hash"/>'s.</summary>
    public bool Kept { get; init; }
}

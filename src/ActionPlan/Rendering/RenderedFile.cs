using ActionPlan.Model;

namespace ActionPlan.Rendering;

/// <summary>A file the build made (a page, a feed, the sitemap...) and, for a written page, the page it came from.</summary>
/// <param name="OutputPath">Where it goes, relative to the output folder.</param>
/// <param name="Text">Its content.</param>
/// <param name="Page">The written page it renders, or null.</param>
public sealed record RenderedFile(string OutputPath, string Text, Page? Page)
{
    private Lazy<string>? _kept;

    /// <summary>Its content; for a kept page, read from the previous output when first asked for.</summary>
    public string Text
    {
        get => _kept?.Value ?? field;
        init;
    } = Text;

    /// <summary>The SHA-256 of its bytes (UTF-8), where the build has taken it (<see cref="Caching.RenderMemory"/>); else null.</summary>
    public byte[]? Hash { get; init; }

    /// <summary>True for a page kept as the previous output holds it, its bytes known to be <see cref="Hash"/>'s.</summary>
    public bool Kept { get; private init; }

    /// <summary>
    /// A page kept as the previous output holds it: what needs its text (a link scan not kept, a copy) reads it with
    /// <paramref name="read"/>; linking the file and checking its links by their kept scan do not.
    /// </summary>
    public static RenderedFile KeptAs(Page page, byte[] hash, Func<string> read) =>
        new(page.OutputPath, "", page) { Hash = hash, Kept = true, _kept = new Lazy<string>(read, LazyThreadSafetyMode.ExecutionAndPublication) };
}

namespace ActionPlan.Rendering;

/// <summary>
/// Keeps a renderer, with its compiled templates, from one build to the next while the theme's files are
/// unchanged, so a preview rebuild does not pay for compiling Razor again. Not shared between threads.
/// </summary>
public sealed class TemplateCache
{
    private string? _stamp;
    private PageRenderer? _renderer;

    /// <summary>The renderer for a theme: the kept one when no theme file changed, else a new one.</summary>
    /// <param name="theme">The theme's layers.</param>
    /// <param name="store">Where compiled templates are kept between runs, for a new renderer.</param>
    public PageRenderer RendererFor(ThemeFiles theme, CompiledTemplateStore? store = null)
    {
        var stamp = Stamp(theme);
        if (_renderer is null || stamp != _stamp)
        {
            _renderer = new PageRenderer(theme, store);
            _stamp = stamp;
        }

        return _renderer;
    }

    private static string Stamp(ThemeFiles theme) =>
        string.Join('\n', theme.Roots.SelectMany(root => Directory.EnumerateFiles(root, "*.cshtml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => $"{f}|{File.GetLastWriteTimeUtc(f).Ticks}|{new FileInfo(f).Length}")));
}

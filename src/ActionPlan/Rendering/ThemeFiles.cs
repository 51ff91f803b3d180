namespace ActionPlan.Rendering;

/// <summary>
/// The theme as layered folders: the site's own <c>themes/&lt;name&gt;/</c> first, then the default theme
/// that ships with the tool, so a site overrides the default file by file.
/// </summary>
public sealed partial class ThemeFiles
{
    /// <summary>Creates the layers, most specific first; folders that do not exist are skipped.</summary>
    public ThemeFiles(IEnumerable<string> roots)
    {
        Roots = roots.Where(Directory.Exists).Select(Path.GetFullPath).Distinct().ToList();
    }

    /// <summary>The existing layers, most specific first.</summary>
    public IReadOnlyList<string> Roots { get; }

    /// <summary>The full path of a theme file ('/'-separated, relative to a theme root) from the first layer that has it.</summary>
    public string? Find(string relativePath) =>
        Roots.Select(root => Path.Combine(root, relativePath)).FirstOrDefault(File.Exists);

    /// <summary>Every file below a theme folder, each from the layer that wins, as relative paths in ordinal order.</summary>
    public IReadOnlyList<string> List(string folder) =>
        Roots.Select(root => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(dir => Loading.ContentScanner.ListFiles(dir).Select(f => $"{folder}/{f}"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The theme's static files (each from the layer that wins), written as they are at their path below <c>static/</c>.</summary>
    public IReadOnlyList<Loading.AssetFile> StaticFiles() =>
        List("static").Select(StaticFile).ToList();

    private Loading.AssetFile StaticFile(string relative)
    {
        var full = Find(relative)!;
        return new Loading.AssetFile(Describe(full), full, relative["static/".Length..]);
    }

    /// <summary>
    /// The ids the layouts and partials write as literal text (<c>id="goals"</c>): a content link to one of them cannot be
    /// checked against the page's headings, only in the rendered page.
    /// </summary>
    public IReadOnlySet<string> LayoutIds() =>
        List("Layouts").Concat(List("Partials"))
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal))
            .SelectMany(f => LiteralId().Matches(File.ReadAllText(Find(f)!)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex("\\bid=\"([^\"@]+)\"")]
    private static partial System.Text.RegularExpressions.Regex LiteralId();

    /// <summary>Shortens a theme file's full path for messages (e.g. <c>themes/default/Layouts/single.cshtml</c>).</summary>
    public static string Describe(string fullPath)
    {
        var parts = fullPath.Replace('\\', '/').Split('/');
        var at = Array.LastIndexOf(parts, "themes");
        return at >= 0 ? string.Join('/', parts[at..]) : fullPath;
    }
}

using System.Collections.Concurrent;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Loading;

namespace ActionPlan.Checking;

/// <summary>
/// Checks what the build wrote: each page is scanned once, as it is written (<see cref="Add"/>), and then every
/// internal address (pages, assets, <c>#fragments</c> against element ids) must resolve to a file the build wrote.
/// A broken address from a page body is reported at its Markdown line; one from a template at the output file.
/// </summary>
public sealed class LinkChecker
{
    private readonly SiteConfig _config;
    private readonly IReadOnlyDictionary<string, LinkOrigin> _origins;
    private readonly string _outputLabel;
    private readonly LinkScanCache? _cache;
    private readonly ConcurrentDictionary<string, PageScan> _scans = new(StringComparer.Ordinal);

    /// <summary>Creates a check for one build.</summary>
    /// <param name="config">The site configuration (its base URL says which addresses are internal).</param>
    /// <param name="origins">Each page's source and link positions, keyed by output path.</param>
    /// <param name="outputLabel">How to name the output folder in messages (e.g. <c>output</c>).</param>
    /// <param name="cache">Scans kept between builds (for preview): a page whose HTML is unchanged is not scanned again.</param>
    public LinkChecker(SiteConfig config, IReadOnlyDictionary<string, LinkOrigin> origins, string outputLabel, LinkScanCache? cache = null)
    {
        _config = config;
        _origins = origins;
        _outputLabel = outputLabel;
        _cache = cache;
    }

    /// <summary>How many pages have been scanned.</summary>
    public int Scanned => _scans.Count;

    /// <summary>
    /// Scans a written HTML page for its ids and references, unless the cache holds the scan of the same bytes (whose
    /// SHA-256 <paramref name="hash"/> is, where known); safe to call from several threads.
    /// </summary>
    public void Add(string outputPath, Func<string> html, byte[]? hash = null) =>
        _scans[outputPath] = _cache?.GetOrScan(outputPath, html, hash, PageScanner.Scan) ?? PageScanner.Scan(html());

    /// <summary>Checks every scanned page's internal addresses against the files written; returns how many were checked.</summary>
    /// <param name="files">Every file the build wrote, '/'-separated, relative to the output folder.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public int Check(IReadOnlySet<string> files, DiagnosticBag diagnostics)
    {
        var authority = _config.BaseUrl.GetLeftPart(UriPartial.Authority);
        var checkedCount = 0;
        foreach (var (file, scan) in _scans.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var pageUri = new Uri(_config.BaseUrl, Model.SiteUrls.EscapePath(file));
            foreach (var href in scan.References.Distinct(StringComparer.Ordinal))
            {
                if (!Uri.TryCreate(pageUri, href, out var target) || target.GetLeftPart(UriPartial.Authority) != authority
                    || target.Scheme is not ("http" or "https"))
                {
                    continue;
                }

                checkedCount++;
                if (Problem(target, files) is not { } problem)
                {
                    continue;
                }

                if (_origins.TryGetValue(file, out var origin) && origin.Positions.TryGetValue(href, out var positions))
                {
                    foreach (var (line, column) in positions)
                    {
                        diagnostics.Error("broken-link", origin.SourcePath, line, column, $"the link to '{href}' is broken: {problem}.");
                    }
                }
                else
                {
                    var from = _origins.TryGetValue(file, out var o) ? $" (page from {o.SourcePath})" : "";
                    diagnostics.Error("broken-link", $"{_outputLabel}/{file}", 0, 0, $"the theme wrote a broken link '{href}'{from}: {problem}.");
                }
            }
        }

        return checkedCount;
    }

    /// <summary>
    /// Checks an output folder as it is on disk: every HTML file below <paramref name="root"/> is read and scanned.
    /// For checking output that no build in this process wrote; returns how many internal addresses were checked.
    /// </summary>
    public static int CheckFolder(string root, SiteConfig config, IReadOnlyDictionary<string, LinkOrigin> origins, string outputLabel, DiagnosticBag diagnostics)
    {
        var checker = new LinkChecker(config, origins, outputLabel);
        var files = ContentScanner.ListFiles(root).ToHashSet(StringComparer.Ordinal);
        Parallel.ForEach(files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)), file => checker.Add(file, () => File.ReadAllText(Path.Combine(root, file))));
        return checker.Check(files, diagnostics);
    }

    private string? Problem(Uri target, IReadOnlySet<string> files)
    {
        var basePath = _config.BasePath;
        var path = Uri.UnescapeDataString(target.AbsolutePath);
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return $"it is outside the site's base path {basePath}";
        }

        var relative = path[basePath.Length..];
        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (!files.Contains(file))
        {
            if (files.Contains(relative + "/index.html"))
            {
                file = relative + "/index.html";
            }
            else
            {
                return $"nothing is written at {relative}";
            }
        }

        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : "";
        if (fragment.Length > 0 && _scans.TryGetValue(file, out var scan) && !scan.Ids.Contains(fragment))
        {
            return $"there is no heading or element with id '{fragment}' on {file}";
        }

        return null;
    }
}

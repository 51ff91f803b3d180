using System.Collections.Concurrent;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Loading;
using AngleSharp.Html.Parser;

namespace ActionPlan.Checking;

/// <summary>
/// Checks what was written: parses every HTML file of the output once with AngleSharp and verifies that each
/// internal address (pages, assets, <c>#fragments</c> against element ids) resolves inside the output.
/// A broken address from a page body is reported at its Markdown line; one from a template at the output file.
/// </summary>
public static class LinkChecker
{
    private static readonly (string Selector, string Attribute)[] References =
    [
        ("a[href]", "href"), ("area[href]", "href"), ("link[href]", "href"), ("img[src]", "src"), ("script[src]", "src"),
        ("source[src]", "src"), ("iframe[src]", "src"), ("video[src]", "src"), ("video[poster]", "poster"), ("audio[src]", "src"),
        ("track[src]", "src"), ("embed[src]", "src"), ("object[data]", "data"),
    ];

    /// <summary>Checks the output in <paramref name="root"/>; returns how many internal addresses were checked.</summary>
    /// <param name="root">The folder holding the output (the staging folder during a build).</param>
    /// <param name="config">The site configuration (its base URL says which addresses are internal).</param>
    /// <param name="origins">Each page's source and link positions, keyed by output path.</param>
    /// <param name="outputLabel">How to name the output folder in messages (e.g. <c>output</c>).</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="texts">The HTML the build just wrote, by output path, so it need not be read back; other files are read.</param>
    /// <param name="cache">Parsed pages kept between builds (for preview): a page whose HTML is unchanged is not parsed again.</param>
    public static int Check(
        string root,
        SiteConfig config,
        IReadOnlyDictionary<string, LinkOrigin> origins,
        string outputLabel,
        DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, string>? texts = null,
        LinkScanCache? cache = null)
    {
        var files = ContentScanner.ListFiles(root).ToHashSet(StringComparer.Ordinal);
        var scans = new ConcurrentDictionary<string, PageScan>(StringComparer.Ordinal);
        Parallel.ForEach(files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)), file =>
        {
            var html = texts is not null && texts.TryGetValue(file, out var text) ? text : File.ReadAllText(Path.Combine(root, file));
            scans[file] = cache?.GetOrScan(file, html, Scan) ?? Scan(html);
        });

        var authority = config.BaseUrl.GetLeftPart(UriPartial.Authority);
        var checkedCount = 0;
        foreach (var (file, scan) in scans.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var pageUri = new Uri(config.BaseUrl, Model.SiteUrls.EscapePath(file));
            foreach (var href in scan.References.Distinct(StringComparer.Ordinal))
            {
                if (!Uri.TryCreate(pageUri, href, out var target) || target.GetLeftPart(UriPartial.Authority) != authority
                    || target.Scheme is not ("http" or "https"))
                {
                    continue;
                }

                checkedCount++;
                var problem = Problem(target, config.BasePath, files, scans);
                if (problem is null)
                {
                    continue;
                }

                if (origins.TryGetValue(file, out var origin) && origin.Positions.TryGetValue(href, out var positions))
                {
                    foreach (var (line, column) in positions)
                    {
                        diagnostics.Error("broken-link", origin.SourcePath, line, column, $"the link to '{href}' is broken: {problem}.");
                    }
                }
                else
                {
                    var from = origins.TryGetValue(file, out var o) ? $" (page from {o.SourcePath})" : "";
                    diagnostics.Error("broken-link", $"{outputLabel}/{file}", 0, 0, $"the theme wrote a broken link '{href}'{from}: {problem}.");
                }
            }
        }

        return checkedCount;
    }

    private static string? Problem(Uri target, string basePath, HashSet<string> files, IReadOnlyDictionary<string, PageScan> scans)
    {
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
        if (fragment.Length > 0 && scans.TryGetValue(file, out var scan) && !scan.Ids.Contains(fragment))
        {
            return $"there is no heading or element with id '{fragment}' on {file}";
        }

        return null;
    }

    private static PageScan Scan(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            ids.Add(element.Id!);
        }

        foreach (var anchor in document.QuerySelectorAll("a[name]"))
        {
            ids.Add(anchor.GetAttribute("name")!);
        }

        var references = new List<string>();
        foreach (var (selector, attribute) in References)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                references.Add(element.GetAttribute(attribute)!.Trim());
            }
        }

        return new PageScan(ids, references);
    }

    /// <summary>What the check needs of one page: its element ids and the addresses it refers to.</summary>
    internal sealed record PageScan(HashSet<string> Ids, List<string> References);
}

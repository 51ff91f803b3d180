using System.Text.RegularExpressions;
using ActionPlan.Diagnostics;
using ActionPlan.Loading;
using ActionPlan.Markup;

namespace ActionPlan.Model;

/// <summary>
/// Turns the links editors write (to Markdown files and assets, relative to the page or from the content
/// root, with an optional fragment) into output addresses. A link to a page resolves to its twin in the
/// page's own language unless it names the language file (<c>x.da.md</c>).
/// </summary>
public sealed partial class LinkResolver
{
    private readonly Site _site;
    private readonly HashSet<string> _assetPaths;
    private readonly HashSet<string> _twinKeys;
    private readonly IReadOnlyDictionary<(string TwinKey, string Language), string> _withheld;
    private readonly IReadOnlySet<string> _layoutIds;
    private readonly Dictionary<string, Page> _byUrl;

    /// <summary>Creates a resolver over a site's pages and assets.</summary>
    /// <param name="site">The pages and assets.</param>
    /// <param name="withheld">Unpublished pages and why; default: none.</param>
    /// <param name="layoutIds">Ids the theme's layouts may write on a page (checked in the rendered output, not here); default: none.</param>
    public LinkResolver(Site site, IReadOnlyDictionary<(string TwinKey, string Language), string>? withheld = null, IReadOnlySet<string>? layoutIds = null)
    {
        _site = site;
        _withheld = withheld ?? new Dictionary<(string, string), string>();
        _layoutIds = layoutIds ?? new HashSet<string>();
        _assetPaths = site.Assets.Select(a => a.OutputPath).ToHashSet(StringComparer.Ordinal);
        _twinKeys = site.Written.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        _byUrl = site.Written.ToDictionary(p => p.UrlPath, StringComparer.Ordinal);
    }

    /// <summary>Resolves every link of a page; links that cannot be resolved are reported and left out.</summary>
    public IReadOnlyList<ResolvedLink> ResolveAll(Page page, DiagnosticBag diagnostics)
    {
        var resolved = new List<ResolvedLink>();
        foreach (var link in page.Markdown.Links)
        {
            var result = Resolve(page, link.Url);
            if (result.Error is { } error)
            {
                diagnostics.Error("link", page.Source.Path, link.Line, link.Column, error);
                continue;
            }

            if (result.Advice is { } advice)
            {
                diagnostics.Warning("web-address", page.Source.Path, link.Line, link.Column, advice);
            }

            resolved.Add(new ResolvedLink(link, result.Href!, result.Language, result.Asset));
        }

        return resolved;
    }

    /// <summary>
    /// Resolves one link destination written on a page: its output address, the target's language when it differs
    /// from the page's, an error when it leads nowhere, or advice when it works but should be written otherwise.
    /// </summary>
    public LinkResolution Resolve(Page page, string url)
    {
        var basePath = _site.Config.BasePath;
        if (url.StartsWith('#'))
        {
            var own = Unescape(url[1..]);
            return FragmentProblem(page, own, url) is { } problem ? LinkResolution.Failed(problem) : new(SiteUrls.Fragment(own));
        }

        if (WebAddressOfSite(url) is { } address)
        {
            return ResolveWebAddress(page, url, address);
        }

        if (Scheme().Match(url) is { Success: true } scheme)
        {
            return scheme.Value.ToLowerInvariant() is "javascript:" or "vbscript:" or "data:"
                ? LinkResolution.Failed($"'{scheme.Value}' links are not allowed on a public page.")
                : new(url);
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return new(url);
        }

        var (path, query, fragment) = Split(url);
        var target = Normalize(path.StartsWith('/') ? path[1..] : Join(page.Source.Folder, path));
        if (target is null)
        {
            return LinkResolution.Failed($"'{url}' points above the content folder.");
        }

        if (target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return ResolvePage(page, url, target[..^3], query, fragment);
        }

        // A web address written from the root without the base path (/en/projects/x/) is still the site's, unless a
        // folder or file of the content has that path.
        if (path.StartsWith('/') && !_twinKeys.Contains(IndexKey(target.TrimEnd('/'))) && !_assetPaths.Contains(target) && PageAt(target) is not null)
        {
            return ResolveWebAddress(page, url, (target, query, fragment));
        }

        if (target.Length == 0 || target.EndsWith('/') || _twinKeys.Contains(IndexKey(target)))
        {
            return ResolvePage(page, url, IndexKey(target.TrimEnd('/')), query, fragment);
        }

        if (_assetPaths.Contains(target))
        {
            return new(SiteUrls.Href(basePath, target) + query + SiteUrls.Fragment(fragment)) { Asset = target };
        }

        return LinkResolution.Failed($"'{url}' does not match a file: there is no {ContentScanner.ContentFolder}/{target} or {ContentScanner.StaticFolder}/{target}.{FileSuggestion(page, target)}");
    }

    /// <summary>
    /// A link written as the site's own web address (the full base URL, or a path below the base path) is an internal
    /// link: checked here, and the editor is shown the Markdown file to link to, which keeps working when addresses change.
    /// </summary>
    private LinkResolution ResolveWebAddress(Page page, string url, (string Path, string Query, string? Fragment) address)
    {
        var (path, query, fragment) = address;
        if (_assetPaths.Contains(path))
        {
            return new(SiteUrls.Href(_site.Config.BasePath, path) + query + SiteUrls.Fragment(fragment))
            {
                Asset = path,
                Advice = $"'{url}' is this site's web address of a file; link to it from the content instead: '{RelativeLink(page, path)}'.",
            };
        }

        if (PageAt(path) is not { } target)
        {
            // Not a written page: perhaps one the build makes (a register edition); the output check decides.
            return new(SiteUrls.Href(_site.Config.BasePath, path) + query + SiteUrls.Fragment(fragment));
        }

        if (fragment is { Length: > 0 } && FragmentProblem(target, fragment, url) is { } problem)
        {
            return LinkResolution.Failed(problem);
        }

        var file = RelativeLink(page, target.Source.TwinKey + (target.Language == page.Language ? "" : "." + target.Language.Code) + ".md")
            + (fragment is { Length: > 0 } ? "#" + fragment : "");
        return new(SiteUrls.Href(_site.Config.BasePath, target.UrlPath) + query + SiteUrls.Fragment(fragment), target.Language == page.Language ? null : target.Language)
        {
            Advice = $"'{url}' is this site's web address of {target.Source.Path}; link to the Markdown file instead, which keeps working when the address changes: '{file}'.",
        };
    }

    /// <summary>The path below the base URL when <paramref name="url"/> is the site's own full address or starts with its base path.</summary>
    private (string Path, string Query, string? Fragment)? WebAddressOfSite(string url)
    {
        var baseUrl = _site.Config.BaseUrl.ToString();
        var basePath = _site.Config.BasePath;
        string rest;
        if (url.StartsWith(baseUrl, StringComparison.OrdinalIgnoreCase))
        {
            rest = url[baseUrl.Length..];
        }
        else if (basePath.Length > 1 && url.StartsWith(basePath, StringComparison.Ordinal))
        {
            rest = url[basePath.Length..];
        }
        else
        {
            return null;
        }

        var (path, query, fragment) = Split(rest);
        return (Normalize(path) ?? path, query, fragment);
    }

    /// <summary>The page published at a path below the base URL (<c>en/projects/x/</c>, with or without the last '/' or index.html).</summary>
    private Page? PageAt(string path)
    {
        var trimmed = path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
        if (trimmed.Length > 0 && !trimmed.EndsWith('/'))
        {
            trimmed += "/";
        }

        return _byUrl.GetValueOrDefault(trimmed);
    }

    /// <summary>How to write a link from a page to a file of content/ (a twin key with '.md', or an asset's path).</summary>
    private static string RelativeLink(Page page, string target) => RelativeLink(page.Source.Folder, target);

    /// <summary>How to write a link from a folder of content/ to a file of content/ (or a folder, ending in '/'), as <see cref="Resolve"/> reads it back.</summary>
    internal static string RelativeLink(string folder, string target)
    {
        var from = folder.Length == 0 ? [] : folder.Split('/');
        var to = target.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', to[common..]);
    }

    /// <summary>Why a fragment does not lead to a heading of the target page, or null when it does (or a layout may make it).</summary>
    private string? FragmentProblem(Page target, string fragment, string url)
    {
        var headings = target.Markdown.Headings;
        if (!target.Markdown.HeadingsKnown || headings.Any(h => h.Id == fragment) || target.Markdown.Anchors.Contains(fragment) || _layoutIds.Contains(fragment))
        {
            return null;
        }

        var nearest = Suggestions.Nearest(fragment, headings.Select(h => h.Id), 1);
        var list = headings.Count == 0 ? "it has no headings"
            : "its headings are " + string.Join(", ", headings.Where(h => h.Level > 1 || headings.Count == 1).Select(h => $"'{h.Text}' (#{h.Id})"));
        var hint = nearest.Count > 0 ? $"did you mean '#{nearest[0]}'? " : "";
        return $"'{url}' points to a heading '#{fragment}' that {target.Source.Path} does not have: {hint}{list}.";
    }

    /// <summary>Assets with the same name and another extension, or else the nearest names, as a sentence.</summary>
    private string FileSuggestion(Page page, string target)
    {
        var stem = Path.ChangeExtension(target, null);
        var sameName = _assetPaths.Where(a => Path.ChangeExtension(a, null) == stem).Order(StringComparer.Ordinal).ToList();
        var near = sameName.Count > 0 ? sameName : NearestByName(target, _assetPaths);
        return near.Count == 0 ? " Link to pages by their Markdown file (e.g. ../networks/eurocities.md)."
            : $" Did you mean {string.Join(" or ", near.Select(n => $"'{RelativeLink(page, n)}'"))}?";
    }

    /// <summary>
    /// The paths whose file name is nearest to the one of <paramref name="path"/>: those in its own folder first, then
    /// elsewhere; a folder's own page only when its name is asked for.
    /// </summary>
    private static IReadOnlyList<string> NearestByName(string path, IEnumerable<string> candidates)
    {
        static (string Folder, string Name) Split(string p) => p.LastIndexOf('/') is var slash and >= 0 ? (p[..slash], p[(slash + 1)..]) : ("", p);
        var (folder, name) = Split(path);
        var byName = candidates.Select(c => (Path: c, Parts: Split(c))).Where(c => c.Parts.Name != SourceFile.IndexName).ToList();
        foreach (var scope in new[] { byName.Where(c => c.Parts.Folder == folder), byName })
        {
            var scoped = scope.ToList();
            var names = Suggestions.Nearest(name, scoped.Select(c => c.Parts.Name).Distinct(StringComparer.Ordinal), 3).ToList();
            if (names.Count > 0)
            {
                return scoped.Where(c => names.Contains(c.Parts.Name)).OrderBy(c => names.IndexOf(c.Parts.Name)).ThenBy(c => c.Path, StringComparer.Ordinal)
                    .Select(c => c.Path).Take(3).ToList();
            }
        }

        return [];
    }

    private LinkResolution ResolvePage(Page page, string url, string stem, string query, string? fragment)
    {
        var slash = stem.LastIndexOf('/');
        var name = stem[(slash + 1)..];
        var dot = name.LastIndexOf('.');
        var explicitLanguage = dot > 0 && _site.Config.FindLanguage(name[(dot + 1)..]) is { } language ? language : null;
        var key = explicitLanguage is null ? stem : stem[..(slash + 1 + dot)];
        var wanted = explicitLanguage ?? page.Language;

        if (_site.Find(key, wanted) is { } target)
        {
            if (fragment is { Length: > 0 } && FragmentProblem(target, fragment, url) is { } problem)
            {
                return LinkResolution.Failed(problem);
            }

            var href = SiteUrls.Href(_site.Config.BasePath, target.UrlPath) + query + SiteUrls.Fragment(fragment);
            return new(href, wanted == page.Language ? null : wanted);
        }

        if (_withheld.TryGetValue((key, wanted.Code), out var why))
        {
            return LinkResolution.Failed($"'{url}' links to a page that is not published ({why}): remove the link or publish {ContentScanner.ContentFolder}/{key}.{wanted.Code}.md.");
        }

        var others = _site.Config.Languages.Where(l => _site.Find(key, l) is not null).ToList();
        if (others.Count > 0)
        {
            var other = others[0];
            var file = key.Split('/')[^1];
            return LinkResolution.Failed(
                $"'{url}' has no {wanted.Name} version. Link to '{file}.{other.Code}.md' to send readers to the {other.Name} page, " +
                $"or write {ContentScanner.ContentFolder}/{key}.{wanted.Code}.md.");
        }

        return LinkResolution.Failed($"'{url}' does not match a page: there is no {ContentScanner.ContentFolder}/{key}.{wanted.Code}.md.{PageSuggestion(page, key)}");
    }

    /// <summary>The existing pages nearest to a missing twin key (same folder first), as a sentence (or '').</summary>
    private string PageSuggestion(Page page, string key)
    {
        var near = NearestByName(key, _twinKeys);
        return near.Count == 0 ? "" : $" Did you mean {string.Join(" or ", near.Select(k => $"'{RelativeLink(page, k + ".md")}'"))}?";
    }

    private static string IndexKey(string folder) => folder.Length == 0 ? SourceFile.IndexName : $"{folder}/{SourceFile.IndexName}";

    private static (string Path, string Query, string? Fragment) Split(string url)
    {
        string? fragment = null;
        var hash = url.IndexOf('#');
        if (hash >= 0)
        {
            fragment = Unescape(url[(hash + 1)..]);
            url = url[..hash];
        }

        var question = url.IndexOf('?');
        var query = question >= 0 ? url[question..] : "";
        var path = question >= 0 ? url[..question] : url;
        return (Unescape(path), query, fragment);
    }

    internal static string Join(string folder, string path) => folder.Length == 0 ? path : $"{folder}/{path}";

    /// <summary>Applies '.' and '..'; null when the path climbs above the root.</summary>
    internal static string? Normalize(string path)
    {
        var parts = new List<string>();
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            switch (segment)
            {
                case "." or "" when !last:
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    if (last)
                    {
                        parts.Add("");
                    }

                    continue;
                case ".":
                    parts.Add("");
                    continue;
                default:
                    parts.Add(segment);
                    break;
            }
        }

        return string.Join('/', parts);
    }

    internal static string Unescape(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.\-]*:")]
    internal static partial Regex Scheme();
}

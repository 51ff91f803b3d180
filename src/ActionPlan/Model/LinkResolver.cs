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

    /// <summary>Creates a resolver over a site's pages and assets; <paramref name="withheld"/> names unpublished pages and why.</summary>
    public LinkResolver(Site site, IReadOnlyDictionary<(string TwinKey, string Language), string>? withheld = null)
    {
        _site = site;
        _withheld = withheld ?? new Dictionary<(string, string), string>();
        _assetPaths = site.Assets.Select(a => a.OutputPath).ToHashSet(StringComparer.Ordinal);
        _twinKeys = site.Pages.Select(p => p.Source.TwinKey).ToHashSet(StringComparer.Ordinal);
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
            }
            else
            {
                resolved.Add(new ResolvedLink(link, result.Href!, result.LanguageCode));
            }
        }

        return resolved;
    }

    /// <summary>Resolves one link destination written on a page.</summary>
    public (string? Href, string? LanguageCode, string? Error) Resolve(Page page, string url)
    {
        var basePath = _site.Config.BasePath;
        if (url.StartsWith('#'))
        {
            return (SiteUrls.Fragment(Unescape(url[1..])), null, null);
        }

        if (Scheme().Match(url) is { Success: true } scheme)
        {
            return scheme.Value.ToLowerInvariant() is "javascript:" or "vbscript:" or "data:"
                ? (null, null, $"'{scheme.Value}' links are not allowed on a public page.")
                : (url, null, null);
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return (url, null, null);
        }

        var (path, query, fragment) = Split(url);
        var target = Normalize(path.StartsWith('/') ? path[1..] : Join(page.Source.Folder, path));
        if (target is null)
        {
            return (null, null, $"'{url}' points above the content folder.");
        }

        if (target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return ResolvePage(page, url, target[..^3], query, fragment);
        }

        if (target.Length == 0 || target.EndsWith('/') || _twinKeys.Contains(IndexKey(target)))
        {
            return ResolvePage(page, url, IndexKey(target.TrimEnd('/')), query, fragment);
        }

        if (_assetPaths.Contains(target))
        {
            return (SiteUrls.Href(basePath, target) + query + SiteUrls.Fragment(fragment), null, null);
        }

        return (null, null,
            $"'{url}' does not match a file: there is no {ContentScanner.ContentFolder}/{target} or {ContentScanner.StaticFolder}/{target}. " +
            "Link to pages by their Markdown file (e.g. ../networks/eurocities.md).");
    }

    private (string? Href, string? LanguageCode, string? Error) ResolvePage(Page page, string url, string stem, string query, string? fragment)
    {
        var slash = stem.LastIndexOf('/');
        var name = stem[(slash + 1)..];
        var dot = name.LastIndexOf('.');
        var explicitLanguage = dot > 0 && _site.Config.FindLanguage(name[(dot + 1)..]) is { } language ? language : null;
        var key = explicitLanguage is null ? stem : stem[..(slash + 1 + dot)];
        var wanted = explicitLanguage ?? page.Language;

        if (_site.Find(key, wanted.Code) is { } target)
        {
            var href = SiteUrls.Href(_site.Config.BasePath, target.UrlPath) + query + SiteUrls.Fragment(fragment);
            return (href, wanted == page.Language ? null : wanted.Code, null);
        }

        if (_withheld.TryGetValue((key, wanted.Code), out var why))
        {
            return (null, null, $"'{url}' links to a page that is not published ({why}): remove the link or publish {ContentScanner.ContentFolder}/{key}.{wanted.Code}.md.");
        }

        var others = _site.Config.Languages.Where(l => _site.Find(key, l.Code) is not null).ToList();
        if (others.Count > 0)
        {
            var other = others[0];
            var file = key.Split('/')[^1];
            return (null, null,
                $"'{url}' has no {wanted.Name} version. Link to '{file}.{other.Code}.md' to send readers to the {other.Name} page, " +
                $"or write {ContentScanner.ContentFolder}/{key}.{wanted.Code}.md.");
        }

        return (null, null, $"'{url}' does not match a page: there is no {ContentScanner.ContentFolder}/{key}.{wanted.Code}.md.");
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

    private static string Join(string folder, string path) => folder.Length == 0 ? path : $"{folder}/{path}";

    /// <summary>Applies '.' and '..'; null when the path climbs above the root.</summary>
    private static string? Normalize(string path)
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

    private static string Unescape(string text)
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
    private static partial Regex Scheme();
}

using ActionPlan.Diagnostics;

namespace ActionPlan.Model;

/// <summary>One address and what claimed it: a page (its own address, or one of its aliases at a front matter line).</summary>
/// <param name="Page">The page.</param>
/// <param name="Alias">The alias as written, or null for the page's own address.</param>
/// <param name="Line">The line of the alias (1 for the page's own address).</param>
public sealed record UrlClaim(Page Page, string? Alias, int Line);

/// <summary>
/// Every address the written pages take: their own, then their aliases, each claimed once, in file order. A
/// second claim is reported once, at the claim that loses, with advice that fits what claimed it; the pages the
/// build makes are checked against the same registry.
/// </summary>
public sealed class UrlRegistry
{
    private readonly Dictionary<string, UrlClaim> _claims = new(StringComparer.Ordinal);

    private UrlRegistry()
    {
    }

    /// <summary>What owns an address (below the base path, as the pages' <see cref="Page.UrlPath"/>), or null.</summary>
    public UrlClaim? OwnerOf(string path) => _claims.GetValueOrDefault(path);

    /// <summary>
    /// Claims the pages' addresses and then their aliases; a file of the site's (static/, content/) written where a
    /// page or alias goes is reported at once. Returns the registry and the pages that keep their address.
    /// </summary>
    public static (UrlRegistry Registry, List<Page> Pages) Claim(IEnumerable<Page> pages, IEnumerable<Loading.AssetFile> assets, DiagnosticBag diagnostics)
    {
        var registry = new UrlRegistry();
        var kept = new List<Page>();
        var ordered = pages.OrderBy(p => p.Source.Path, StringComparer.Ordinal).ToList();
        foreach (var page in ordered)
        {
            if (registry._claims.TryGetValue(page.UrlPath, out var owner))
            {
                diagnostics.Error("url-clash", page.Source.Path, 1, 1,
                    $"this page and {owner.Page.Source.Path} both want the URL /{page.UrlPath}; give one of them another 'slug:'.");
                continue;
            }

            registry._claims[page.UrlPath] = new UrlClaim(page, null, 1);
            kept.Add(page);
        }

        foreach (var page in kept)
        {
            foreach (var (alias, line) in page.FrontMatter.Aliases)
            {
                var path = SiteModelBuilder.NormalizeAlias(alias);
                if (path is null)
                {
                    diagnostics.Error("bad-alias", page.Source.Path, line, 1,
                        $"alias '{alias}' must be an address of this site below its base path, such as 'projects/old-name/', without '..', '\\', ':', '?', '#' or '%'.");
                }
                else if (registry._claims.TryGetValue(path, out var owner))
                {
                    diagnostics.Error("alias-clash", page.Source.Path, line, 1,
                        owner.Page == page ? $"alias '{alias}' is this page's own address; remove it."
                        : $"alias '{alias}' is already the address or an alias of {owner.Page.Source.Path}; an address can lead to one page only.");
                }
                else
                {
                    registry._claims[path] = new UrlClaim(page, alias, line);
                }
            }
        }

        // With the content's other problems, not only once the pages are rendered.
        foreach (var asset in assets)
        {
            var address = asset.OutputPath.EndsWith("/index.html", StringComparison.Ordinal) || asset.OutputPath == "index.html"
                ? asset.OutputPath[..^"index.html".Length]
                : asset.OutputPath;
            if (registry._claims.TryGetValue(address, out var owner))
            {
                diagnostics.Error("file-clash", owner.Page.Source.Path, 0, 0,
                    $"a file from static/, content/ or the theme would overwrite the page at /{(owner.Alias is null ? owner.Page.OutputPath : asset.OutputPath)}; rename it.");
            }
        }

        return (registry, kept);
    }

    /// <summary>
    /// Checks that a page the build makes finds its address free: taken by a written page or an alias, that is an
    /// error at what took it, saying what to change there.
    /// </summary>
    public bool IsFreeFor(Page made, DiagnosticBag diagnostics)
    {
        var (path, generatedKey) = (made.UrlPath, made.Key);
        if (OwnerOf(path) is not { } owner)
        {
            return true;
        }

        diagnostics.Error("url-clash", owner.Page.Source.Path, owner.Line, 1, owner.Alias is { } alias
            ? $"alias '{alias}' is the URL /{path}, which the build needs for a page it makes ({generatedKey}); change or remove the alias."
            : $"this page's URL /{path} is needed for a page the build makes ({generatedKey}); give the page another 'slug:'.");
        return false;
    }
}

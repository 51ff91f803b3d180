using ActionPlan.Diagnostics;
using ActionPlan.Loading;

namespace ActionPlan.Model;

/// <summary>
/// One address and what claimed it: a page (its own address, or one of its aliases at a front matter line), a file
/// the build writes itself (the sitemap, a feed...), or a file copied from static/, content/ or the theme.
/// </summary>
/// <param name="Page">The page, or null for a file.</param>
/// <param name="Alias">The alias as written, or null for the page's own address.</param>
/// <param name="Line">The line of the alias (1 for the page's own address, 0 for a file).</param>
/// <param name="File">A copied file, or null.</param>
public sealed record UrlClaim(Page? Page, string? Alias, int Line, AssetFile? File = null)
{
    /// <summary>True for a file the build writes itself.</summary>
    public bool IsBuilt => Page is null && File is null;
}

/// <summary>
/// Every file of the output and what takes it, each claimed once: the written pages (in file order), the files the
/// build writes itself, the pages' aliases, the files copied as they are, then the pages made from the content. A
/// second claim is reported once, at what has to change, with advice that fits what claimed the address first.
/// </summary>
public sealed class UrlRegistry
{
    private readonly Dictionary<string, UrlClaim> _claims = new(StringComparer.Ordinal);

    private UrlRegistry()
    {
    }

    /// <summary>
    /// Claims the written pages' addresses, the files the build writes (<paramref name="built"/>, output paths), the
    /// pages' aliases and the copied files: the site's own (<paramref name="assets"/>), then the theme's that the site's
    /// do not replace. Returns the registry and the pages that keep their address.
    /// </summary>
    public static (UrlRegistry Registry, List<Page> Pages) Claim(
        IEnumerable<Page> pages, IEnumerable<string> built, IEnumerable<AssetFile> assets, IEnumerable<AssetFile> themeFiles, DiagnosticBag diagnostics)
    {
        var registry = new UrlRegistry();
        var kept = new List<Page>();
        foreach (var page in pages.OrderBy(p => p.Source.Path, StringComparer.Ordinal))
        {
            if (registry._claims.TryGetValue(page.OutputPath, out var owner))
            {
                diagnostics.Error("url-clash", page.Source.Path, 1, 1,
                    $"this page and {owner.Page!.Source.Path} both want the URL /{page.UrlPath}; give one of them another 'slug:'.");
                continue;
            }

            registry._claims[page.OutputPath] = new UrlClaim(page, null, 1);
            kept.Add(page);
        }

        foreach (var file in built)
        {
            registry._claims.TryAdd(file, new UrlClaim(null, null, 0));
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
                else if (registry._claims.TryGetValue(SiteUrls.FileOf(path), out var owner))
                {
                    diagnostics.Error("alias-clash", page.Source.Path, line, 1,
                        owner.Page == page ? $"alias '{alias}' is this page's own address; remove it."
                        : owner.IsBuilt ? $"alias '{alias}' is /{path}, a file the build writes itself; change or remove the alias."
                        : $"alias '{alias}' is already the address or an alias of {owner.Page!.Source.Path}; an address can lead to one page only.");
                }
                else
                {
                    registry._claims[SiteUrls.FileOf(path)] = new UrlClaim(page, alias, line);
                }
            }
        }

        // With the content's other problems, not only once the pages are rendered.
        var own = assets.ToList();
        var replaced = own.Select(a => a.OutputPath).ToHashSet(StringComparer.Ordinal);
        foreach (var file in own.Concat(themeFiles.Where(t => !replaced.Contains(t.OutputPath))))
        {
            if (!registry._claims.TryGetValue(file.OutputPath, out var owner))
            {
                registry._claims[file.OutputPath] = new UrlClaim(null, null, 0, file);
            }
            else if (owner.File is null)
            {
                diagnostics.Error("file-clash", file.Path, 0, 0, owner.IsBuilt
                    ? $"the build writes /{file.OutputPath} itself; remove this file (to change what is written there, override the theme's layout for it)."
                    : owner.Alias is { } alias ? $"this file would be written at /{file.OutputPath}, the alias '{alias}' of {owner.Page!.Source.Path}; rename the file or change the alias."
                    : $"this file would be written over the page at /{owner.Page!.OutputPath} ({owner.Page.Source.Path}); rename or remove the file.");
            }
        }

        return (registry, kept);
    }

    /// <summary>
    /// Claims the address of a page the build makes, if it is free; taken by a written page, an alias or a copied file,
    /// that is an error at what took it, saying what to change there.
    /// </summary>
    public bool TryClaim(Page made, DiagnosticBag diagnostics)
    {
        var (path, key) = (made.UrlPath, made.Key);
        if (!_claims.TryGetValue(made.OutputPath, out var owner))
        {
            _claims[made.OutputPath] = new UrlClaim(made, null, 1);
            return true;
        }

        if (owner.File is { } file)
        {
            diagnostics.Error("file-clash", file.Path, 0, 0,
                $"this file would be written over a page the build makes at /{made.OutputPath} ({key}); rename or remove the file.");
        }
        else
        {
            diagnostics.Error("url-clash", owner.Page!.Source.Path, owner.Line, 1, owner.Alias is { } alias
                ? $"alias '{alias}' is the URL /{path}, which the build needs for a page it makes ({key}); change or remove the alias."
                : $"this page's URL /{path} is needed for a page the build makes ({key}); give the page another 'slug:'.");
        }

        return false;
    }
}

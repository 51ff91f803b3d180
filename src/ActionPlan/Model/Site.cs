using ActionPlan.Configuration;
using ActionPlan.Loading;

namespace ActionPlan.Model;

/// <summary>
/// The whole site as the renderer sees it: every page in every language, the assets, and the relations
/// between pages (twins, parents, children). Pages are in ordinal order of their URL path.
/// </summary>
public sealed class Site
{
    private readonly Dictionary<(string TwinKey, string Language), Page> _byKey;

    /// <summary>Creates the site from its complete pages.</summary>
    public Site(SiteConfig config, IReadOnlyList<Page> pages, IReadOnlyList<AssetFile> assets)
    {
        Config = config;
        Pages = pages.OrderBy(p => p.UrlPath, StringComparer.Ordinal).ToList();
        Assets = assets;
        _byKey = Pages.ToDictionary(p => (p.Source.TwinKey, p.Language.Code));
    }

    /// <summary>The configuration.</summary>
    public SiteConfig Config { get; }

    /// <summary>All pages.</summary>
    public IReadOnlyList<Page> Pages { get; }

    /// <summary>The files copied as they are.</summary>
    public IReadOnlyList<AssetFile> Assets { get; }

    /// <summary>The page with a twin key in a language, or null.</summary>
    public Page? Find(string twinKey, string languageCode) => _byKey.GetValueOrDefault((twinKey, languageCode));

    /// <summary>The home page of a language, or null.</summary>
    public Page? Home(string languageCode) => Find(SourceFile.IndexName, languageCode);

    /// <summary>The page's versions in the other languages, in the configured language order.</summary>
    public IReadOnlyList<Page> TwinsOf(Page page) =>
        Config.Languages.Where(l => l.Code != page.Language.Code)
            .Select(l => Find(page.Source.TwinKey, l.Code))
            .OfType<Page>()
            .ToList();

    /// <summary>The nearest page above this one in the same language (its section's page, or home); null for home.</summary>
    public Page? ParentOf(Page page)
    {
        if (page.Kind == PageKind.Home)
        {
            return null;
        }

        var folder = page.Kind == PageKind.Section ? ParentFolder(page.Source.Folder) : page.Source.Folder;
        return NearestIndex(folder, page.Language.Code);
    }

    /// <summary>
    /// Where to send a reader of <paramref name="page"/> who wants another language: the twin if there is
    /// one, else the nearest section above it that exists in that language (or that language's home).
    /// </summary>
    public (Page? Target, bool IsTwin) Counterpart(Page page, string languageCode)
    {
        if (Find(page.Source.TwinKey, languageCode) is { } twin)
        {
            return (twin, true);
        }

        var folder = page.Kind == PageKind.Regular ? page.Source.Folder : ParentFolder(page.Source.Folder);
        return (NearestIndex(folder, languageCode), false);
    }

    /// <summary>The pages a section or home page lists: its folder's pages and the sections directly below it.</summary>
    public IReadOnlyList<Page> ChildrenOf(Page page)
    {
        if (page.Kind == PageKind.Regular)
        {
            return [];
        }

        var folder = page.Source.Folder;
        return Pages
            .Where(p => p.Language == page.Language && p != page &&
                        ((p.Kind == PageKind.Regular && p.Source.Folder == folder) ||
                         (p.Kind == PageKind.Section && ParentFolder(p.Source.Folder) == folder)))
            .OrderBy(p => p.FrontMatter.Weight)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The chain of pages from home down to this page's parent.</summary>
    public IReadOnlyList<Page> AncestorsOf(Page page)
    {
        var chain = new List<Page>();
        for (var parent = ParentOf(page); parent is not null; parent = ParentOf(parent))
        {
            chain.Insert(0, parent);
        }

        return chain;
    }

    private Page? NearestIndex(string folder, string languageCode)
    {
        while (true)
        {
            var key = folder.Length == 0 ? SourceFile.IndexName : $"{folder}/{SourceFile.IndexName}";
            if (Find(key, languageCode) is { } index)
            {
                return index;
            }

            if (folder.Length == 0)
            {
                return null;
            }

            folder = ParentFolder(folder);
        }
    }

    private static string ParentFolder(string folder) =>
        folder.LastIndexOf('/') is var slash and >= 0 ? folder[..slash] : "";
}

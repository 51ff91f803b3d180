using ActionPlan.Configuration;
using ActionPlan.Domain;
using ActionPlan.Loading;

namespace ActionPlan.Model;

/// <summary>
/// The whole site as the renderer sees it: every page in every language, the assets, and the relations
/// between pages (twins, parents, children). Pages are in ordinal order of their URL path.
/// </summary>
public sealed class Site
{
    private readonly Dictionary<(string TwinKey, string Language), Page> _byKey;
    private readonly Dictionary<(ContentKind Kind, string Id), string> _twinKeyById;
    private readonly Dictionary<(ContentKind Kind, string Id), List<string>> _referrers;

    private readonly Dictionary<Page, (IReadOnlyList<ResolvedLink> Links, IReadOnlyDictionary<string, string> Files)> _links =
        new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Creates the site from its pages, once: <paramref name="resolve"/> is handed the site as soon as its pages can
    /// be found, and its answers, each page's resolved links and files, complete the site. Read-only from then on.
    /// </summary>
    public Site(SiteConfig config, IReadOnlyList<Page> pages, IReadOnlyList<AssetFile> assets,
        Func<Site, Page, (IReadOnlyList<ResolvedLink> Links, IReadOnlyDictionary<string, string> Files)>? resolve = null)
    {
        Config = config;
        Pages = pages.OrderBy(p => p.UrlPath, StringComparer.Ordinal).ToList();
        Assets = assets;
        _byKey = Pages.ToDictionary(p => (p.Source.TwinKey, p.Language.Code));
        _twinKeyById = new();
        _referrers = new();
        foreach (var page in Pages.Where(p => p.Role == PageRole.Regular))
        {
            _twinKeyById.TryAdd((page.Kind, page.Id), page.Source.TwinKey);
        }

        foreach (var page in Pages)
        {
            foreach (var reference in page.FrontMatter.Facts.References.Where(r => !r.IsCitation))
            {
                var referrers = _referrers.TryGetValue((reference.Target, reference.Id), out var list) ? list : _referrers[(reference.Target, reference.Id)] = [];
                if (!referrers.Contains(page.Source.TwinKey))
                {
                    referrers.Add(page.Source.TwinKey);
                }
            }
        }

        if (resolve is not null)
        {
            foreach (var page in Pages)
            {
                _links[page] = resolve(this, page);
            }
        }
    }

    /// <summary>A page's body links with the addresses they are written out as (none for a site made without resolving them).</summary>
    public IReadOnlyList<ResolvedLink> LinksOf(Page page) => _links.TryGetValue(page, out var resolved) ? resolved.Links : [];

    /// <summary>A publication's files by language code, as output addresses; empty for other kinds.</summary>
    public IReadOnlyDictionary<string, string> FilesOf(Page page) =>
        _links.TryGetValue(page, out var resolved) ? resolved.Files : new Dictionary<string, string>();

    /// <summary>The configuration.</summary>
    public SiteConfig Config { get; }

    /// <summary>Every address the written pages and their aliases take.</summary>
    public UrlRegistry? Urls { get; init; }

    /// <summary>When the pages counted by measured goals were first published.</summary>
    public PublicationRecord Publication { get; init; } = PublicationRecord.None;

    /// <summary>All pages.</summary>
    public IReadOnlyList<Page> Pages { get; }

    /// <summary>The files copied as they are.</summary>
    public IReadOnlyList<AssetFile> Assets { get; }

    /// <summary>The page with a twin key in a language, or null.</summary>
    public Page? Find(string twinKey, string languageCode) => _byKey.GetValueOrDefault((twinKey, languageCode));

    /// <summary>The page of a kind with an id in a language, or null.</summary>
    public Page? FindById(ContentKind kind, string id, string languageCode) =>
        _twinKeyById.TryGetValue((kind, id), out var twinKey) ? Find(twinKey, languageCode) : null;

    /// <summary>The regular pages of a kind in a language, by weight, then title.</summary>
    public IReadOnlyList<Page> OfKind(ContentKind kind, string languageCode) =>
        Ordered(Pages.Where(p => p.Kind == kind && p.Role == PageRole.Regular && p.Language.Code == languageCode));

    /// <summary>
    /// The pages related to this one in its own language: those it refers to and those that refer to it,
    /// grouped by kind (in declaration order), each group by weight, then title.
    /// </summary>
    public IReadOnlyList<Page> RelatedTo(Page page)
    {
        var code = page.Language.Code;
        var outgoing = page.FrontMatter.Facts.References.Where(r => !r.IsCitation).Select(r => FindById(r.Target, r.Id, code));
        var incoming = _referrers.TryGetValue((page.Kind, page.Id), out var keys) && page.Role == PageRole.Regular
            ? keys.Select(k => Find(k, code))
            : [];
        return outgoing.Concat(incoming).OfType<Page>().Where(p => p != page).Distinct()
            .GroupBy(p => p.Kind).OrderBy(g => g.Key).SelectMany(Ordered).ToList();
    }

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
        if (page.Role == PageRole.Home)
        {
            return null;
        }

        var folder = page.Role == PageRole.Section ? ParentFolder(page.Source.Folder) : page.Source.Folder;
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

        var folder = page.Role == PageRole.Regular ? page.Source.Folder : ParentFolder(page.Source.Folder);
        return (NearestIndex(folder, languageCode), false);
    }

    /// <summary>The pages a section or home page lists: its folder's pages and the sections directly below it.</summary>
    public IReadOnlyList<Page> ChildrenOf(Page page)
    {
        if (page.Role == PageRole.Regular)
        {
            return [];
        }

        var folder = page.Source.Folder;
        return Pages
            .Where(p => p.Language == page.Language && p != page &&
                        ((p.Role == PageRole.Regular && p.Source.Folder == folder) ||
                         (p.Role == PageRole.Section && ParentFolder(p.Source.Folder) == folder)))
            .OrderBy(p => p.FrontMatter.Weight)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .ToList();
    }

    private static IReadOnlyList<Page> Ordered(IEnumerable<Page> pages) =>
        pages.OrderBy(p => p.FrontMatter.Weight).ThenBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.UrlPath, StringComparer.Ordinal).ToList();

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

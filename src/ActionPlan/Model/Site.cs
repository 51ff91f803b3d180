using ActionPlan.Configuration;
using ActionPlan.Domain;
using ActionPlan.Loading;

namespace ActionPlan.Model;

/// <summary>
/// The whole site as the renderer sees it, built once and read-only: every page in every language, written and
/// made, the assets, and the relations between pages (twins, parents, children, references).
/// </summary>
public sealed class Site
{
    private readonly Dictionary<(string TwinKey, string Language), Page> _byKey;
    private readonly Dictionary<(string Key, string Language), Page> _madeByKey = new();
    private readonly Dictionary<(MadePageType Type, string Language, int? Year), Page> _madeByYear = new();
    private readonly Dictionary<Page, List<Page>> _later = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(ContentKind Kind, string Id), string> _twinKeyById = new();
    private readonly Dictionary<(ContentKind Kind, string Id), List<string>> _referrers = new();
    private readonly IReadOnlyDictionary<Page, PageLinks> _links = new Dictionary<Page, PageLinks>();

    /// <summary>
    /// Creates the site of the written pages: each page can be found, and its relations followed. Its pages' links are
    /// resolved against it and the products plan their pages from it; <see cref="With"/> then makes the whole site.
    /// </summary>
    public Site(SiteConfig config, IReadOnlyList<Page> pages, IReadOnlyList<AssetFile> assets)
    {
        Config = config;
        Written = pages.OrderBy(p => p.UrlPath, StringComparer.Ordinal).ToList();
        Pages = Written;
        Made = [];
        Assets = assets;
        _byKey = Written.ToDictionary(p => (p.Key, p.Language.Code));
        foreach (var page in Written.Where(p => p.Role == PageRole.Regular))
        {
            _twinKeyById.TryAdd((page.Kind, page.Id), page.Key);
        }

        foreach (var page in Written)
        {
            foreach (var reference in page.FrontMatter.Facts.References.Where(r => r.IsRelation))
            {
                var referrers = _referrers.TryGetValue((reference.Target, reference.Id), out var list) ? list : _referrers[(reference.Target, reference.Id)] = [];
                if (!referrers.Contains(page.Key))
                {
                    referrers.Add(page.Key);
                }
            }
        }
    }

    /// <summary>The whole site: the written pages of <paramref name="written"/> with their resolved links, and the made pages.</summary>
    private Site(Site written, IReadOnlyDictionary<Page, PageLinks> links, IReadOnlyList<Page> made)
    {
        Config = written.Config;
        Written = written.Written;
        Assets = written.Assets;
        History = written.History;
        Plans = written.Plans;
        Today = written.Today;
        _byKey = written._byKey;
        _twinKeyById = written._twinKeyById;
        _referrers = written._referrers;
        _links = links;
        Made = made.OrderBy(p => p.UrlPath, StringComparer.Ordinal).ToList();
        _madeByKey = Made.ToDictionary(p => (p.Key, p.Language.Code));
        // A kind of made page with one page per language and year is found by them (a filtered listing has many: see MadeOf).
        foreach (var group in Made.Where(p => p.Role == PageRole.Made).GroupBy(p => (p.Type!, p.Language.Code, p.Year)).Where(g => g.Count() == 1))
        {
            _madeByYear.Add(group.Key, group.Single());
        }

        foreach (var page in Made.Where(p => p.Role == PageRole.Paged).OrderBy(p => p.Number))
        {
            (_later.TryGetValue(page.Parent!, out var list) ? list : _later[page.Parent!] = []).Add(page);
        }

        Pages = [.. Written, .. Made];
    }

    /// <summary>The whole site: this site's written pages with their resolved links and files, and the pages made from them.</summary>
    public Site With(IReadOnlyDictionary<Page, PageLinks> links, IReadOnlyList<Page> made) => new(this, links, made);

    /// <summary>A page's body links with the addresses they are written out as (none for a site made without resolving them).</summary>
    public IReadOnlyList<ResolvedLink> LinksOf(Page page) => _links.TryGetValue(page, out var resolved) ? resolved.Links : [];

    /// <summary>A publication's files by language code, as output addresses; empty for other kinds.</summary>
    public IReadOnlyDictionary<string, string> FilesOf(Page page) =>
        _links.TryGetValue(page, out var resolved) ? resolved.Files : new Dictionary<string, string>();

    /// <summary>The configuration.</summary>
    public SiteConfig Config { get; }

    /// <summary>Reads the site's git history (when its files were first committed), for what needs it; default: none.</summary>
    public Func<PublicationHistory> History { get; init; } = () => PublicationHistory.Without(DateTime.UtcNow.Year);

    /// <summary>The action plans' periods by the plan's id (a publication with <c>period:</c>).</summary>
    public IReadOnlyDictionary<string, Domain.YearSpan> Plans { get; init; } = new Dictionary<string, Domain.YearSpan>();

    /// <summary>The day the build counts as today (<see cref="PublishingRules.Today"/>): a plan whose last year is before it is history.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>
    /// The plan a page belongs to, when its period is over: the plan's own publication page, or the plan a page names,
    /// with the plan's page in the page's language. Null while the plan runs, or for any other page.
    /// </summary>
    public (Domain.YearSpan Period, Page? Plan)? PlanOver(Page page)
    {
        var facts = page.IsWritten ? page.FrontMatter.Facts : null;
        var (id, period) = facts switch
        {
            Domain.PublicationFacts { Period: { } own } => (page.Id, own),
            { Plan: { } plan } when PeriodOf(facts) is { } its => (plan, its),
            _ => (null, null),
        };
        return id is not null && period is not null && period.Last < Today.Year
            ? (period, FindById(Domain.ContentKind.Publication, id, page.Language))
            : null;
    }

    /// <summary>The period of the plan a page belongs to (a focus area's), or null when it names none.</summary>
    public Domain.YearSpan? PeriodOf(Domain.KindFacts facts) => facts.Plan is { } plan ? Plans.GetValueOrDefault(plan) : null;

    /// <summary>Every page: the written ones, then the made ones, each in ordinal order of their URL path.</summary>
    public IReadOnlyList<Page> Pages { get; }

    /// <summary>The pages written in Markdown files, in ordinal order of their URL path.</summary>
    public IReadOnlyList<Page> Written { get; }

    /// <summary>The pages the build makes from the written ones, in ordinal order of their URL path.</summary>
    public IReadOnlyList<Page> Made { get; }

    /// <summary>The files copied as they are.</summary>
    public IReadOnlyList<AssetFile> Assets { get; }

    /// <summary>The written page with a twin key in a language, or null.</summary>
    public Page? Find(string twinKey, Language language) => _byKey.GetValueOrDefault((twinKey, language.Code));

    /// <summary>The made page of a kind in a language, for the year of a yearly one (a filtered listing has many: see <see cref="MadeOf"/>), or null.</summary>
    public Page? FindMade(MadePageType type, Language language, int? year = null) => _madeByYear.GetValueOrDefault((type, language.Code, year));

    /// <summary>The made page with a key in a language (<c>tags/child-poverty</c>), or null.</summary>
    public Page? FindMade(string key, Language language) => _madeByKey.GetValueOrDefault((key, language.Code));

    /// <summary>A listing's pages, first to last: its first page, then the later ones (<see cref="PageRole.Paged"/>).</summary>
    public IReadOnlyList<Page> PagesOfListing(Page listing) =>
        [listing.Listing, .. _later.GetValueOrDefault(listing.Listing) ?? []];

    /// <summary>How many entries a page of a listing shows: the page size of the section it is in (site.yml's <c>pagination</c>).</summary>
    public int PageSizeOf(Page listing)
    {
        var written = listing;
        while (!written.IsWritten)
        {
            written = written.Parent!;
        }

        return Config.PageSize(written.Section);
    }

    /// <summary>The made pages of a kind in a language, in ordinal order of their URL path.</summary>
    public IEnumerable<Page> MadeOf(MadePageType type, Language language) => Made.Where(p => p.Role == PageRole.Made && p.Type == type && p.Language == language);

    /// <summary>A listing's entries on one of its pages: all of them on a listing that fits one page, else the page's share.</summary>
    public IReadOnlyList<T> ShareOf<T>(Page page, IReadOnlyList<T> entries)
    {
        var pages = PagesOfListing(page.Listing);
        var size = PageSizeOf(page.Listing);
        return pages.Count == 1 ? entries : entries.Skip((page.Number - 1) * size).Take(size).ToList();
    }

    /// <summary>A page's version in a language, written or made: itself, its twin, or null.</summary>
    public Page? VersionIn(Page page, Language language) =>
        page.IsWritten ? Find(page.Key, language) : _madeByKey.GetValueOrDefault((page.Key, language.Code));

    /// <summary>The page of a kind with an id in a language, or null.</summary>
    public Page? FindById(ContentKind kind, string id, Language language) =>
        _twinKeyById.TryGetValue((kind, id), out var twinKey) ? Find(twinKey, language) : null;

    /// <summary>The regular pages of a kind in a language, by weight, then title.</summary>
    public IReadOnlyList<Page> OfKind(ContentKind kind, Language language) =>
        Ordered(Written.Where(p => p.Kind == kind && p.Role == PageRole.Regular && p.Language == language), language);

    /// <summary>
    /// The pages related to this one in its own language: those it refers to and those that refer to it,
    /// grouped by kind (in declaration order), each group by weight, then title.
    /// </summary>
    public IReadOnlyList<Page> RelatedTo(Page page)
    {
        if (!page.IsWritten)
        {
            return [];
        }

        var language = page.Language;
        var outgoing = page.FrontMatter.Facts.References.Where(r => r.IsRelation).Select(r => FindById(r.Target, r.Id, language));
        var incoming = _referrers.TryGetValue((page.Kind, page.Id), out var keys) && page.Role == PageRole.Regular
            ? keys.Select(k => Find(k, language))
            : [];
        return outgoing.Concat(incoming).OfType<Page>().Where(p => p != page).Distinct()
            .GroupBy(p => p.Kind).OrderBy(g => g.Key).SelectMany(g => Ordered(g, language)).ToList();
    }

    /// <summary>
    /// When a written page's facts hold: its own <c>as_of:</c>, else the date of the newest document it cites (a
    /// publication's <c>issued</c> date, else its <c>year</c>); null for a page that gives neither, and for made pages.
    /// </summary>
    public PartialDate? AsOfOf(Page page)
    {
        if (!page.IsWritten)
        {
            return null;
        }

        var facts = page.FrontMatter.Facts;
        return facts.AsOf ?? facts.Citations
            .Select(c => _twinKeyById.TryGetValue((ContentKind.Publication, c.Id), out var key)
                ? Config.Languages.Select(l => Find(key, l)).OfType<Page>().FirstOrDefault()?.FrontMatter.Facts as PublicationFacts
                : null)
            .OfType<PublicationFacts>()
            .Select(p => p.Date)
            .Max();
    }

    /// <summary>The top-level sections of a language (the folders of <c>content/</c> with a section page), by weight, then title, as listings order them.</summary>
    public IReadOnlyList<Page> SectionsOf(Language language) =>
        Ordered(Written.Where(p => p.Role == PageRole.Section && p.Language == language && !p.Source.Folder.Contains('/')), language);

    /// <summary>
    /// The top-level section a page lies in, in its language: the section page itself, or the one above it (a made
    /// page's by its parents); null for home and for pages that sit directly under home (search, status reports).
    /// </summary>
    public Page? TopSectionOf(Page page)
    {
        var written = page;
        while (!written.IsWritten)
        {
            written = written.Parent!;
        }

        if (written.Role == PageRole.Home)
        {
            return null;
        }

        var folder = written.Source.Folder;
        var top = folder.IndexOf('/') is var slash and >= 0 ? folder[..slash] : folder;
        return top.Length == 0 ? null : Find($"{top}/{SourceFile.IndexName}", page.Language);
    }

    /// <summary>The section page of the folder that holds a kind's pages, in a language, or null.</summary>
    public Page? SectionOf(ContentKind kind, Language language) => Find($"{kind.Folder}/{SourceFile.IndexName}", language);

    /// <summary>The home page of a language, or null.</summary>
    public Page? Home(Language language) => Find(SourceFile.IndexName, language);

    /// <summary>The page's versions in the other languages, in the configured language order.</summary>
    public IReadOnlyList<Page> TwinsOf(Page page) =>
        Config.Languages.Where(l => l != page.Language)
            .Select(l => VersionIn(page, l))
            .OfType<Page>()
            .ToList();

    /// <summary>The nearest page above this one in the same language (its section's page, or home; a made page's own); null for home.</summary>
    public Page? ParentOf(Page page)
    {
        if (page.Role == PageRole.Home || !page.IsWritten)
        {
            return page.Parent;
        }

        var folder = page.Role == PageRole.Section ? ParentFolder(page.Source.Folder) : page.Source.Folder;
        return NearestIndex(folder, page.Language);
    }

    /// <summary>
    /// Where to send a reader of <paramref name="page"/> who wants another language: the twin if there is
    /// one, else the nearest section above it that exists in that language (or that language's home); a made page
    /// without a twin leads where its parent does.
    /// </summary>
    public (Page? Target, bool IsTwin) Counterpart(Page page, Language language)
    {
        if (VersionIn(page, language) is { } twin)
        {
            return (twin, true);
        }

        if (!page.IsWritten)
        {
            return (Counterpart(page.Parent!, language).Target, false);
        }

        var folder = page.Role == PageRole.Regular ? page.Source.Folder : ParentFolder(page.Source.Folder);
        return (NearestIndex(folder, language), false);
    }

    /// <summary>The pages a section or home page lists (its folder's pages and the sections directly below it), or a filtered listing's.</summary>
    public IReadOnlyList<Page> ChildrenOf(Page page)
    {
        if (!page.IsWritten || page.Role == PageRole.Regular)
        {
            return page.Items;
        }

        var folder = page.Source.Folder;
        return Written
            .Where(p => p.Language == page.Language && p != page &&
                        ((p.Role == PageRole.Regular && p.Source.Folder == folder) ||
                         (p.Role == PageRole.Section && ParentFolder(p.Source.Folder) == folder)))
            .OrderBy(p => p.FrontMatter.Weight)
            .ThenBy(p => p.Title, page.Language.Collation)
            .ThenBy(p => p.UrlPath, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A language's pages in listing order: by weight, then by title as the language sorts, then by address.</summary>
    private IReadOnlyList<Page> Ordered(IEnumerable<Page> pages, Language language) =>
        pages.OrderBy(p => p.FrontMatter.Weight).ThenBy(p => p.Title, language.Collation).ThenBy(p => p.UrlPath, StringComparer.Ordinal).ToList();

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

    private Page? NearestIndex(string folder, Language language)
    {
        while (true)
        {
            var key = folder.Length == 0 ? SourceFile.IndexName : $"{folder}/{SourceFile.IndexName}";
            if (Find(key, language) is { } index)
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

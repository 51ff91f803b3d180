using ActionPlan.Configuration;
using ActionPlan.Domain;
using ActionPlan.Model;
using ActionPlan.Reports;

namespace ActionPlan.Rendering;

/// <summary>
/// Builds the view of each page, written or made: its chrome (title, addresses, alternates, language
/// switch, breadcrumbs) and the action plan data it shows (related pages, filters, yearly links, reports).
/// </summary>
internal sealed partial class PageViewFactory
{
    private readonly Site _site;
    private readonly SiteReports _reports;
    private readonly IReadOnlyDictionary<string, UiStrings> _strings;
    private readonly Dictionary<string, SiteChrome> _chrome = new(StringComparer.Ordinal);
    private readonly AssetManifest _assets;

    public PageViewFactory(SiteReports reports, IReadOnlyDictionary<string, UiStrings> strings, AssetManifest assets)
    {
        _site = reports.Site;
        _reports = reports;
        _strings = strings;
        _assets = assets;
        var footer = _site.Config.Footer;
        foreach (var language in _site.Config.Languages)
        {
            var code = language.Code;
            var search = _site.FindMade(PageRole.Search, code);
            LinkView? FooterPage(string? twinKey) => twinKey is null ? null : _site.Find(twinKey, code) is { } page ? Link(page, strings[code]) : null;
            _chrome[code] = new SiteChrome(
                _site.Config.Title.For(code),
                _site.Config.BasePath,
                HomeHref(code),
                search is null ? HomeHref(code) : Href(search.UrlPath),
                search is null ? "" : Href(search.UrlPath + Search.SearchIndexBuilder.IndexFile),
                FeedBuilder.HasFeed(_site, language) ? Href(SiteUrls.Feed(language)) : null,
                footer.Authority?.For(code),
                FooterPage(footer.ContactPage),
                FooterPage(footer.PrivacyPage),
                footer.AccessibilityStatement is null ? null : Href(FooterConfig.StatementPath),
                _site.SectionsOf(code).Select(p => Link(p, strings[code]) with { Title = p.ShortTitle }).ToList(),
                assets.Resolve);
        }
    }

    /// <summary>The view of a page, written (with its rendered body) or made.</summary>
    public PageView For(Page page, string bodyHtml)
    {
        var code = page.Language.Code;
        var strings = _strings[code];
        var config = _site.Config;
        string? PathIn(Language language) => _site.VersionIn(page, language.Code)?.UrlPath;
        var (alternates, languageLinks) = LanguageVersions(page.Language, PathIn,
            page.Role == PageRole.Home ? "" : PathIn(config.DefaultLanguage), l => LinkToCounterpart(page, l));
        // A listing's later page shows what its first page shows, its own share of the entries.
        var listing = page.Listing;
        var year = listing.Year;
        var pages = _site.PagesOfListing(listing);
        var size = _site.PageSizeOf(listing);
        IReadOnlyList<T> Share<T>(IReadOnlyList<T> entries) => pages.Count == 1 ? entries : entries.Skip((page.Number - 1) * size).Take(size).ToList();
        var report = listing.Role == PageRole.StatusReport ? _reports.StatusReport(year!.Value, code) : null;
        var sources = SourcesOf(page, report);

        return new PageView
        {
            Strings = strings,
            Page = page,
            Language = page.Language,
            Title = page.Role == PageRole.Paged ? string.Format(page.Language.Culture, strings["page_title"], TitleOf(listing, strings), page.Number, pages.Count) : TitleOf(page, strings),
            Summary = listing.IsWritten ? listing.FrontMatter.Summary
                : listing.Role == PageRole.FilteredListing ? null
                : Format(strings[SummaryKey(listing.Role)], listing),
            Chrome = _chrome[code],
            Content = bodyHtml,
            Href = Href(page.UrlPath),
            CanonicalUrl = SiteUrls.Absolute(config.BaseUrl, page.UrlPath),
            Alternates = alternates,
            LanguageLinks = languageLinks,
            Breadcrumbs = _site.AncestorsOf(page).Select(p => Link(p, strings) with { Title = CrumbOf(p, strings) }).ToList(),
            Crumb = page.Role == PageRole.Paged ? string.Format(page.Language.Culture, strings["page_crumb"], page.Number) : CrumbOf(page, strings),
            Children = Share(_site.ChildrenOf(listing).Select(p => Link(p, strings)).ToList()),
            // Within each kind, what is current first, then what has ended, each marked as history in the list. A page
            // the body or the source list already links to is not named a third time.
            Related = RelatedOf(listing, strings, ShownElsewhere(bodyHtml, sources)),
            Filters = FiltersUnder(listing, strings),
            Years = YearsFor(listing, strings),
            Section = _site.TopSectionOf(page),
            Latest = page.Role == PageRole.Home ? LatestOf(code, strings) : [],
            Register = listing.Role == PageRole.RegisterEdition ? Share(_reports.Register(year!.Value, code))
                : listing.Role == PageRole.Section && listing.Source.Folder == ContentKind.Network.Folder && _reports.RegisterYears.Count > 0
                ? _reports.Register(_reports.RegisterYears[^1], code)
                : [],
            Activities = listing.Role == PageRole.Timeline ? Share(_reports.Timeline(year!.Value, code)) : [],
            Report = report,
            Sources = sources,
            PdfHref = listing.Role == PageRole.StatusReport && _assets.Printed.Contains(SiteUrls.StatusPdfOf(listing)) ? Href(SiteUrls.StatusPdfOf(listing)) : null,
            Measured = listing.IsWritten ? _reports.MeasuredGoals(listing) : [],
            Files = _site.FilesOf(listing),
            AsOf = _site.AsOfOf(listing),
            PlanOver = _site.PlanOver(listing),
            Pager = pages.Count == 1 ? null : PagerOf(page, pages),
            HrefOf = p => Href(p.UrlPath),
            FindById = (kind, id) => _site.FindById(kind, id, code),
        };
    }

    /// <summary>
    /// A page's one list of sources: a written page's citations, then those of its ending; a status report's, from its
    /// goals' assessments in the report's order. Each document is named in the page's language.
    /// </summary>
    private SourceList SourcesOf(Page page, StatusReport? report)
    {
        var code = page.Language.Code;
        IEnumerable<Citation> citations = report is not null
            ? report.FocusAreas.SelectMany(a => a.Goals).SelectMany(g => g.Assessment?.Citations ?? [])
            : page.Parsed?.FrontMatter.Facts is { } facts ? facts.Citations.Concat(page.Listing.FrontMatter.Facts.Ended?.Citations ?? []) : [];
        return SourceList.Of(citations, id => _site.FindById(ContentKind.Publication, id, code) is { } publication
            ? (publication.Title, Href(publication.UrlPath))
            : null);
    }

    /// <summary>The addresses a page shows outside its related pages: its body's links and its sources.</summary>
    private static HashSet<string> ShownElsewhere(string bodyHtml, SourceList sources)
    {
        var shown = BodyLink().Matches(bodyHtml).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        shown.UnionWith(sources.Entries.Select(e => e.Href).OfType<string>());
        return shown;
    }

    private List<LinkGroup> RelatedOf(Page listing, UiStrings strings, HashSet<string> shownElsewhere) =>
        _site.RelatedTo(listing).GroupBy(p => p.Kind)
            .Select(g => new LinkGroup(strings[g.Key.TextKey], g.OrderBy(p => p.FrontMatter.Facts.Ended is null ? 0 : 1).Select(p => Link(p, strings))
                .Where(l => !shownElsewhere.Contains(l.Href)).ToList()))
            .Where(g => g.Links.Count > 0).ToList();

    // Markdig writes every link's address in double quotes; an address with a fragment names the page too, and so shows it.
    [System.Text.RegularExpressions.GeneratedRegex("<a href=\"([^\"#]*)")]
    private static partial System.Text.RegularExpressions.Regex BodyLink();

    /// <summary>The numbered links of a listing's pages: the first, the last, and two either side of this one.</summary>
    private PagerView PagerOf(Page page, IReadOnlyList<Page> pages)
    {
        var number = page.Number;
        var shown = pages.Where(p => p.Number == 1 || p.Number == pages.Count || Math.Abs(p.Number - number) <= 2)
            .Select(p => new PagerLink(p.Number, Href(p.UrlPath), p.Number == number)).ToList();
        return new PagerView(number, pages.Count,
            number > 1 ? Href(pages[number - 2].UrlPath) : null,
            number < pages.Count ? Href(pages[number].UrlPath) : null,
            shown);
    }

    /// <summary>A page's title in its language: a written page's own, a made page's from the interface texts.</summary>
    public static string TitleOf(Page page, UiStrings strings) => page.Role switch
    {
        PageRole.RegisterArchive => strings["register_archive_title"],
        PageRole.RegisterEdition => Format(strings["register_edition_title"], page),
        PageRole.Timeline => Format(strings["timeline_title"], page),
        PageRole.StatusIndex => strings["status_index_title"],
        PageRole.StatusReport => Format(strings["status_report_title"], page),
        PageRole.FilteredListing => $"{page.Parent!.Title}: {page.Facet!.Title}",
        PageRole.Search => strings["search_title"],
        PageRole.NotFound => strings["not_found_title"],
        PageRole.Paged => TitleOf(page.Listing, strings),
        _ => page.Title,
    };

    private static string SummaryKey(PageRole role) => $"{Choices.Name(role).Replace('-', '_')}_summary";

    /// <summary>
    /// A page's name in the breadcrumbs, where the crumbs before it already say what it belongs to: "Home", a written
    /// page's short title, and a made page's year or facet rather than its full title, which repeats its section's ("Register of
    /// international networks 2007" under "Register of international networks").
    /// </summary>
    private static string CrumbOf(Page page, UiStrings strings) => page.Role switch
    {
        PageRole.Home => strings["home_crumb"],
        PageRole.RegisterArchive => strings["register_archive_crumb"],
        PageRole.RegisterEdition or PageRole.Timeline or PageRole.StatusReport => Format("{0}", page),
        PageRole.FilteredListing => page.Facet!.Title,
        _ when page.IsWritten => page.ShortTitle,
        _ => TitleOf(page, strings),
    };

    private static string Format(string pattern, Page page) =>
        string.Format(page.Language.Culture, pattern, page.Year);

    private List<LinkGroup> FiltersUnder(Page page, UiStrings strings) =>
        _site.MadeOf(PageRole.FilteredListing, page.Language.Code)
            .Where(g => g.Parent == page)
            .GroupBy(g => g.Facet!.Kind)
            .OrderBy(g => g.Key)
            .Select(g => new LinkGroup(strings[g.Key.FilterTextKey],
                g.OrderBy(f => f.Facet!.FrontMatter.Weight).ThenBy(f => f.Facet!.Title, page.Language.Collation).ThenBy(f => f.UrlPath, StringComparer.Ordinal)
                    .Select(f => new LinkView(f.Facet!.Title, Href(f.UrlPath))).ToList()))
            .ToList();

    /// <summary>
    /// The yearly pages worth linking from a page: register editions from the networks pages and the register,
    /// timelines from the activities pages and each other, and the status reports from the focus areas, the
    /// networks pages, the register and each other.
    /// </summary>
    private List<LinkGroup> YearsFor(Page page, UiStrings strings)
    {
        var section = page.IsWritten ? page.Section : null;
        var register = section == ContentKind.Network.Folder || page.Role is PageRole.RegisterArchive or PageRole.RegisterEdition;
        return YearGroups(strings, page.Language.Code,
            register: register,
            timelines: section == ContentKind.Activity.Folder || page.Role == PageRole.Timeline,
            reports: register || section == ContentKind.FocusArea.Folder || page.Role is PageRole.StatusIndex or PageRole.StatusReport);
    }

    /// <summary>The newest status report and register edition in a language, each with its index, where the site has them.</summary>
    private List<SeriesView> LatestOf(string code, UiStrings strings)
    {
        var series = new List<SeriesView>();
        void Add(PageRole role, PageRole index, IReadOnlyList<int> years)
        {
            if (years.Count > 0 && _site.FindMade(role, code, years[^1]) is { } latest && _site.FindMade(index, code) is { } all)
            {
                series.Add(new SeriesView(
                    new LinkView(TitleOf(latest, strings), Href(latest.UrlPath), Format(strings[SummaryKey(role)], latest), latest),
                    new LinkView(TitleOf(all, strings), Href(all.UrlPath), Page: all)));
            }
        }

        Add(PageRole.StatusReport, PageRole.StatusIndex, _reports.ReportYears);
        Add(PageRole.RegisterEdition, PageRole.RegisterArchive, _reports.RegisterYears);
        return series;
    }

    private List<LinkGroup> YearGroups(UiStrings strings, string code, bool register, bool timelines, bool reports)
    {
        var groups = new List<LinkGroup>();
        if (register)
        {
            groups.Add(YearGroup(strings["register_editions"], PageRole.RegisterEdition, _reports.RegisterYears, code));
        }

        if (timelines)
        {
            groups.Add(YearGroup(strings["timelines"], PageRole.Timeline, _reports.ActivityYears, code));
        }

        if (reports)
        {
            groups.Add(YearGroup(strings["status_reports"], PageRole.StatusReport, _reports.ReportYears, code));
        }

        return groups.Where(g => g.Links.Count > 0).ToList();
    }

    private LinkGroup YearGroup(string heading, PageRole role, IReadOnlyList<int> years, string code) =>
        new(heading, years
            .Select(y => _site.FindMade(role, code, y))
            .OfType<Page>()
            .Select(g => new LinkView(g.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), Href(g.UrlPath)))
            .ToList());

    /// <summary>
    /// The hreflang alternates and the language switch of a page, written or made, found in each language at
    /// <paramref name="pathIn"/> (null where it has no version); <paramref name="elsewhere"/> leads where it has none.
    /// </summary>
    private (List<AlternateView> Alternates, List<LanguageLinkView> Links) LanguageVersions(
        Language current, Func<Language, string?> pathIn, string? defaultPath, Func<Language, LanguageLinkView> elsewhere)
    {
        var config = _site.Config;
        var alternates = config.Languages.Select(l => (Language: l, Path: pathIn(l))).Where(v => v.Path is not null)
            .Select(v => new AlternateView(v.Language.Tag, SiteUrls.Absolute(config.BaseUrl, v.Path!))).ToList();
        if (defaultPath is not null)
        {
            alternates.Add(new AlternateView("x-default", SiteUrls.Absolute(config.BaseUrl, defaultPath)));
        }

        var links = config.Languages.Select(l => l == current ? new LanguageLinkView(l, Href(pathIn(l)!), true, true)
            : pathIn(l) is { } path ? new LanguageLinkView(l, Href(path), false, true)
            : elsewhere(l)).ToList();
        return (alternates, links);
    }

    private LanguageLinkView LinkToCounterpart(Page page, Language language)
    {
        var (target, isTwin) = _site.Counterpart(page, language.Code);
        return new LanguageLinkView(language, Href(target?.UrlPath ?? ""), false, isTwin);
    }

    private string HomeHref(string code) => Href(_site.Home(code)?.UrlPath ?? "");

    private string Href(string urlPath) => SiteUrls.Href(_site.Config.BasePath, urlPath);

    private LinkView Link(Page page, UiStrings strings) =>
        page.IsWritten ? new(page.Title, Href(page.UrlPath), page.FrontMatter.Summary, page) : new(TitleOf(page, strings), Href(page.UrlPath), Page: page);
}

using ActionPlan.Configuration;
using ActionPlan.Domain;
using ActionPlan.Model;
using ActionPlan.Reports;

namespace ActionPlan.Rendering;

/// <summary>
/// Builds the view of each page, written or generated: its chrome (title, addresses, alternates, language
/// switch, breadcrumbs) and the action plan data it shows (related pages, filters, yearly links, reports).
/// </summary>
internal sealed class PageViewFactory
{
    private readonly Site _site;
    private readonly SiteReports _reports;
    private readonly IReadOnlyDictionary<string, UiStrings> _strings;
    private readonly Dictionary<(string Key, string Language), GeneratedPage> _generated;
    private readonly IReadOnlyList<GeneratedPage> _allGenerated;
    private readonly Dictionary<string, SiteChrome> _chrome = new(StringComparer.Ordinal);

    public PageViewFactory(SiteReports reports, IReadOnlyList<GeneratedPage> generated, IReadOnlyDictionary<string, UiStrings> strings, AssetManifest assets)
    {
        _site = reports.Site;
        _reports = reports;
        _strings = strings;
        _allGenerated = generated;
        _generated = generated.ToDictionary(g => (g.Key, g.Language.Code));
        var footer = _site.Config.Footer;
        foreach (var language in _site.Config.Languages)
        {
            var code = language.Code;
            var home = _site.Home(code);
            LinkView? FooterPage(string? twinKey) => twinKey is null ? null : _site.Find(twinKey, code) is { } page ? Link(page) : null;
            _chrome[code] = new SiteChrome(
                _site.Config.Title.For(code),
                _site.Config.BasePath,
                HomeHref(code),
                _generated.GetValueOrDefault(("search", code)) is { } search ? Href(search.UrlPath) : HomeHref(code),
                home is null ? "" : Href(assets.Resolve(SearchIndexBuilder.PathFor(home))),
                Href(FeedPath(language)),
                footer.Authority?.For(code),
                FooterPage(footer.ContactPage),
                FooterPage(footer.PrivacyPage),
                footer.AccessibilityStatement is null ? null : Href(FooterConfig.StatementPath),
                home is null ? [] : _site.ChildrenOf(home).Select(Link).ToList(),
                assets.Resolve);
        }
    }

    /// <summary>Where a language's Atom feed is written.</summary>
    public static string FeedPath(Language language) => $"{language.Code}/feed.xml";

    /// <summary>The view of a written page with its rendered body.</summary>
    public PageView ForPage(Page page, string bodyHtml)
    {
        var code = page.Language.Code;
        var strings = _strings[code];
        var config = _site.Config;
        string? PathIn(Language language) => _site.Find(page.Source.TwinKey, language.Code)?.UrlPath;
        var (alternates, languageLinks) = LanguageVersions(page.Language, PathIn,
            page.Role == PageRole.Home ? "" : PathIn(config.DefaultLanguage), l => LinkToCounterpart(page, l));

        return new PageView
        {
            Strings = strings,
            Page = page,
            Language = page.Language,
            Title = page.Title,
            Summary = page.FrontMatter.Summary,
            Chrome = _chrome[code],
            Content = bodyHtml,
            Href = Href(page.UrlPath),
            CanonicalUrl = SiteUrls.Absolute(config.BaseUrl, page.UrlPath),
            Alternates = alternates,
            LanguageLinks = languageLinks,
            Breadcrumbs = _site.AncestorsOf(page).Select(Link).ToList(),
            Children = _site.ChildrenOf(page).Select(Link).ToList(),
            Related = _site.RelatedTo(page).GroupBy(p => p.Kind).Select(g => new LinkGroup(strings[g.Key.TextKey], g.Select(Link).ToList())).ToList(),
            Filters = FiltersUnder(page, strings),
            Years = YearsFor(page, strings),
            Register = page.Role == PageRole.Section && page.Source.Folder == ContentKind.Network.Folder && _reports.RegisterYears.Count > 0
                ? _reports.Register(_reports.RegisterYears[^1], code)
                : [],
            Measured = _reports.MeasuredGoals(page),
            Files = _site.FilesOf(page),
            HrefOf = p => Href(p.UrlPath),
            FindById = (kind, id) => _site.FindById(kind, id, code),
        };
    }

    /// <summary>The view of a generated page.</summary>
    public PageView ForGenerated(GeneratedPage page)
    {
        var code = page.Language.Code;
        var strings = _strings[code];
        var config = _site.Config;
        string? PathIn(Language language) => _generated.GetValueOrDefault((page.Key, language.Code))?.UrlPath;
        var (alternates, languageLinks) = LanguageVersions(page.Language, PathIn, PathIn(config.DefaultLanguage),
            l => LinkToCounterpart(page.Parent, l) with { IsTwin = false });

        var crumbs = _site.AncestorsOf(page.Parent).Append(page.Parent).Select(Link).ToList();
        if (page.Kind is GeneratedPageKind.RegisterEdition or GeneratedPageKind.StatusReport &&
            _generated.GetValueOrDefault((page.Key.Split('/')[0], code)) is { } index)
        {
            crumbs.Add(new LinkView(TitleOf(index, strings), Href(index.UrlPath)));
        }

        return new PageView
        {
            Strings = strings,
            Generated = page,
            Language = page.Language,
            Title = TitleOf(page, strings),
            Summary = page.Kind == GeneratedPageKind.FilteredListing ? null : Format(strings[SummaryKey(page.Kind)], page),
            Chrome = _chrome[code],
            Href = Href(page.UrlPath),
            CanonicalUrl = SiteUrls.Absolute(config.BaseUrl, page.UrlPath),
            Alternates = alternates,
            LanguageLinks = languageLinks,
            Breadcrumbs = crumbs,
            Children = (page.Items ?? []).Select(Link).ToList(),
            Years = YearsFor(page, strings),
            Register = page.Kind == GeneratedPageKind.RegisterEdition ? _reports.Register(page.Year!.Value, code) : [],
            Activities = page.Kind == GeneratedPageKind.Timeline ? _reports.Timeline(page.Year!.Value, code) : [],
            Report = page.Kind == GeneratedPageKind.StatusReport ? _reports.StatusReport(page.Year!.Value, code) : null,
            HrefOf = p => Href(p.UrlPath),
            FindById = (kind, id) => _site.FindById(kind, id, code),
        };
    }

    /// <summary>A generated page's title in its language.</summary>
    public static string TitleOf(GeneratedPage page, UiStrings strings) => page.Kind switch
    {
        GeneratedPageKind.RegisterArchive => strings["register_archive_title"],
        GeneratedPageKind.RegisterEdition => Format(strings["register_edition_title"], page),
        GeneratedPageKind.Timeline => Format(strings["timeline_title"], page),
        GeneratedPageKind.StatusIndex => strings["status_index_title"],
        GeneratedPageKind.StatusReport => Format(strings["status_report_title"], page),
        GeneratedPageKind.FilteredListing => $"{page.Parent.Title}: {page.Facet!.Title}",
        GeneratedPageKind.Search => strings["search_title"],
        GeneratedPageKind.NotFound => strings["not_found_title"],
        _ => throw new ArgumentOutOfRangeException(nameof(page)),
    };

    private static string SummaryKey(GeneratedPageKind kind) => kind switch
    {
        GeneratedPageKind.RegisterArchive => "register_archive_summary",
        GeneratedPageKind.RegisterEdition => "register_edition_summary",
        GeneratedPageKind.Timeline => "timeline_summary",
        GeneratedPageKind.StatusIndex => "status_index_summary",
        GeneratedPageKind.Search => "search_summary",
        GeneratedPageKind.NotFound => "not_found_summary",
        _ => "status_report_summary",
    };

    private static string Format(string pattern, GeneratedPage page) =>
        string.Format(page.Language.Culture, pattern, page.Year);

    private List<LinkGroup> FiltersUnder(Page page, UiStrings strings) =>
        _allGenerated
            .Where(g => g.Kind == GeneratedPageKind.FilteredListing && g.Parent == page)
            .GroupBy(g => g.Facet!.Kind)
            .OrderBy(g => g.Key)
            .Select(g => new LinkGroup(strings[g.Key.FilterTextKey],
                g.OrderBy(f => f.Facet!.FrontMatter.Weight).ThenBy(f => f.Facet!.Title, StringComparer.Ordinal)
                    .Select(f => new LinkView(f.Facet!.Title, Href(f.UrlPath))).ToList()))
            .ToList();

    /// <summary>
    /// The yearly pages worth linking from a written page: register editions from the networks pages,
    /// timelines from the activities pages, and the status reports from home, the focus areas and the networks.
    /// </summary>
    private List<LinkGroup> YearsFor(Page page, UiStrings strings)
    {
        var folder = page.Source.Folder.Split('/')[0];
        var networks = folder == ContentKind.Network.Folder;
        return YearGroups(strings, page.Language.Code,
            register: networks,
            timelines: folder == ContentKind.Activity.Folder,
            reports: networks || page.Role == PageRole.Home || folder == ContentKind.FocusArea.Folder);
    }

    /// <summary>The yearly pages worth linking from a generated page: its own series, and the reports from the register.</summary>
    private List<LinkGroup> YearsFor(GeneratedPage page, UiStrings strings)
    {
        var register = page.Kind is GeneratedPageKind.RegisterArchive or GeneratedPageKind.RegisterEdition;
        return YearGroups(strings, page.Language.Code,
            register: register,
            timelines: page.Kind == GeneratedPageKind.Timeline,
            reports: register || page.Kind is GeneratedPageKind.StatusIndex or GeneratedPageKind.StatusReport);
    }

    private List<LinkGroup> YearGroups(UiStrings strings, string code, bool register, bool timelines, bool reports)
    {
        var groups = new List<LinkGroup>();
        if (register)
        {
            groups.Add(YearGroup(strings["register_editions"], "register", _reports.RegisterYears, code));
        }

        if (timelines)
        {
            groups.Add(YearGroup(strings["timelines"], "timeline", _reports.ActivityYears, code));
        }

        if (reports)
        {
            groups.Add(YearGroup(strings["status_reports"], "status", _reports.ReportYears, code));
        }

        return groups.Where(g => g.Links.Count > 0).ToList();
    }

    private LinkGroup YearGroup(string heading, string key, IReadOnlyList<int> years, string code) =>
        new(heading, years
            .Select(y => _generated.GetValueOrDefault(($"{key}/{y}", code)))
            .OfType<GeneratedPage>()
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

    private LinkView Link(Page page) => new(page.Title, Href(page.UrlPath), page.FrontMatter.Summary, page);
}

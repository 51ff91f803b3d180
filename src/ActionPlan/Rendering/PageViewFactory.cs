using ActionPlan.Configuration;
using ActionPlan.Domain;
using ActionPlan.Model;

namespace ActionPlan.Rendering;

/// <summary>
/// Builds the view of each page, written or made: its chrome (title, addresses, alternates, language
/// switch, breadcrumbs) and the action plan data it shows (related pages, filters, yearly links, reports).
/// </summary>
internal sealed partial class PageViewFactory
{
    private readonly Site _site;
    private readonly ProductViews _products;
    private readonly IReadOnlyDictionary<string, UiStrings> _strings;
    private readonly Dictionary<string, SiteChrome> _chrome = new(StringComparer.Ordinal);

    public PageViewFactory(Site site, ProductViews products, IReadOnlyDictionary<string, UiStrings> strings, AssetManifest assets)
    {
        _site = site;
        _products = products;
        _strings = strings;
        var footer = _site.Config.Footer;
        foreach (var language in _site.Config.Languages)
        {
            var code = language.Code;
            var search = products.SearchOf(language);
            LinkView? FooterPage(string? twinKey) => twinKey is null ? null : _site.Find(twinKey, language) is { } page ? Link(page, strings[code]) : null;
            _chrome[code] = new SiteChrome(
                _site.Config.Title.For(language),
                _site.Config.BasePath,
                HomeHref(language),
                search is { } found ? Href(found.Page.UrlPath) : HomeHref(language),
                search is { } withIndex ? Href(withIndex.IndexPath) : "",
                FeedBuilder.HasFeed(_site, language) ? Href(SiteUrls.Feed(language)) : null,
                footer.Authority?.For(language),
                FooterPage(footer.ContactPage),
                FooterPage(footer.PrivacyPage),
                footer.AccessibilityStatement is null ? null : Href(FooterConfig.StatementPath),
                _site.SectionsOf(language).Select(p => Link(p, strings[code]) with { Title = p.ShortTitle }).ToList(),
                assets.Resolve);
        }
    }

    /// <summary>
    /// The view of a page, written or made, without a written page's body: all a made page's view, and what the build
    /// cache knows a written page's by (<see cref="WithBody"/> adds the body).
    /// </summary>
    public PageView For(Page page)
    {
        var code = page.Language.Code;
        var strings = _strings[code];
        var config = _site.Config;
        string? PathIn(Language language) => _site.VersionIn(page, language)?.UrlPath;
        var (alternates, languageLinks) = LanguageVersions(page.Language, PathIn,
            page.Role == PageRole.Home ? "" : PathIn(config.DefaultLanguage), l => LinkToCounterpart(page, l));
        // A listing's later page shows what its first page shows, its own share of the entries.
        var listing = page.Listing;
        var pages = _site.PagesOfListing(listing);
        var data = _products.DataOf(page);
        var sources = SourcesOf(page, data.OfType<ICitingData>().FirstOrDefault());

        return new PageView
        {
            Strings = strings,
            Page = page,
            Language = page.Language,
            Title = page.Role == PageRole.Paged ? string.Format(page.Language.Culture, strings["page_title"], TitleOf(listing, strings), page.Number, pages.Count) : TitleOf(page, strings),
            Summary = listing.IsWritten ? listing.FrontMatter.Summary
                : listing.Facet is not null ? null
                : Format(strings[$"{listing.Type!.TextKey}_summary"], listing),
            Chrome = _chrome[code],
            Href = Href(page.UrlPath),
            CanonicalUrl = SiteUrls.Absolute(config.BaseUrl, page.UrlPath),
            Alternates = alternates,
            LanguageLinks = languageLinks,
            Breadcrumbs = _site.AncestorsOf(page).Select(p => Link(p, strings) with { Title = CrumbOf(p, strings) }).ToList(),
            Crumb = page.Role == PageRole.Paged ? string.Format(page.Language.Culture, strings["page_crumb"], page.Number) : CrumbOf(page, strings),
            Children = _site.ShareOf(page, _site.ChildrenOf(listing).Select(p => Link(p, strings)).ToList()),
            // Within each kind, what is current first, then what has ended, each marked as history in the list. A page
            // the body or the source list already links to is not named a third time.
            Related = RelatedOf(listing, strings, ShownElsewhere("", sources)),
            Filters = FiltersUnder(listing, strings),
            Years = YearsFor(listing, strings),
            Section = _site.TopSectionOf(page),
            Latest = page.Role == PageRole.Home ? LatestOf(page.Language, strings) : [],
            Data = data,
            Sources = sources,
            Files = _site.FilesOf(listing),
            AsOf = _site.AsOfOf(listing),
            PlanOver = _site.PlanOver(listing),
            Pager = pages.Count == 1 ? null : PagerOf(page, pages),
            HrefOf = p => Href(p.UrlPath),
            FindById = (kind, id) => PageReads.Found(kind, id, page.Language, _site.FindById(kind, id, page.Language)),
        };
    }

    /// <summary>A written page's view with its body as HTML, and without the related pages the body already links to.</summary>
    public PageView WithBody(PageView view, string bodyHtml) => view with
    {
        Content = bodyHtml,
        Related = RelatedOf(view.Listing, view.Strings, ShownElsewhere(bodyHtml, view.Sources)),
    };

    /// <summary>
    /// A page's one list of sources: a written page's citations, then those of its ending; a made page's, from the product
    /// data that takes its statements from documents. Each document is named in the page's language.
    /// </summary>
    private SourceList SourcesOf(Page page, ICitingData? cited)
    {
        IEnumerable<Citation> citations = cited is not null
            ? cited.Citations
            : page.Parsed?.FrontMatter.Facts is { } facts ? facts.Citations.Concat(page.Listing.FrontMatter.Facts.Ended?.Citations ?? []) : [];
        return SourceList.Of(citations, id => _site.FindById(ContentKind.Publication, id, page.Language) is { } publication
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

    /// <summary>
    /// A page's title in its language: a written page's own; a made page's from its kind's interface text (with the year
    /// of a yearly one), or a filtered listing's from its section and facet.
    /// </summary>
    public static string TitleOf(Page page, UiStrings strings) => page.Role switch
    {
        PageRole.Paged => TitleOf(page.Listing, strings),
        PageRole.Made when page.Facet is { } facet => $"{page.Parent!.Title}: {facet.Title}",
        PageRole.Made when page.Type!.Yearly || page.Subject is not null => Format(strings[$"{page.Type.TextKey}_title"], page),
        PageRole.Made => strings[$"{page.Type!.TextKey}_title"],
        _ => page.Title,
    };

    /// <summary>
    /// A page's name in the breadcrumbs, where the crumbs before it already say what it belongs to: "Home", a written
    /// page's short title, and a made page's year, facet or short text rather than its full title, which repeats its
    /// section's ("Register of international networks 2007" under "Register of international networks").
    /// </summary>
    private static string CrumbOf(Page page, UiStrings strings) => page switch
    {
        { Role: PageRole.Home } => strings["home_crumb"],
        { Role: PageRole.Made, Type.HasCrumb: true } => strings[$"{page.Type.TextKey}_crumb"],
        { Role: PageRole.Made, Type.Yearly: true } => Format("{0}", page),
        { Role: PageRole.Made, Facet: { } facet } => facet.Title,
        { Role: PageRole.Made, Subject: { } subject } => subject,
        { IsWritten: true } => page.ShortTitle,
        _ => TitleOf(page, strings),
    };

    /// <summary>A made page's text with its year, or what it is about (a tag's name), as <c>{0}</c>.</summary>
    private static string Format(string pattern, Page page) =>
        string.Format(page.Language.Culture, pattern, page.Subject ?? (object?)page.Year);

    private List<LinkGroup> FiltersUnder(Page page, UiStrings strings) =>
        _site.Made.Where(g => g.Facet is not null && g.Parent == page && g.Language == page.Language)
            .GroupBy(g => g.Facet!.Kind)
            .OrderBy(g => g.Key)
            .Select(g => new LinkGroup(strings[g.Key.FilterTextKey],
                g.OrderBy(f => f.Facet!.FrontMatter.Weight).ThenBy(f => f.Facet!.Title, page.Language.Collation).ThenBy(f => f.UrlPath, StringComparer.Ordinal)
                    .Select(f => new LinkView(f.Facet!.Title, Href(f.UrlPath))).ToList()))
            .ToList();

    /// <summary>The yearly pages worth linking from a listing's pages, by the series its products declare, each under its heading.</summary>
    private List<LinkGroup> YearsFor(Page listing, UiStrings strings) =>
        _products.Series.Where(s => s.LinkedFrom(listing))
            .Select(s => new LinkGroup(strings[s.HeadingKey], s.Years
                .Select(y => _site.FindMade(s.Type, listing.Language, y))
                .OfType<Page>()
                .Select(g => new LinkView(g.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), Href(g.UrlPath)))
                .ToList()))
            .Where(g => g.Links.Count > 0).ToList();

    /// <summary>The newest page of each series the home page leads to, with the series' index, where the site has them.</summary>
    private List<SeriesView> LatestOf(Language language, UiStrings strings) =>
        _products.Series.Where(s => s.HomeOrder is not null && s.Index is not null && s.Years.Count > 0).OrderBy(s => s.HomeOrder)
            .Select(s => (Latest: _site.FindMade(s.Type, language, s.Years[^1]), All: _site.FindMade(s.Index!, language)))
            .Where(s => s.Latest is not null && s.All is not null)
            .Select(s => new SeriesView(
                new LinkView(TitleOf(s.Latest!, strings), Href(s.Latest!.UrlPath), Format(strings[$"{s.Latest!.Type!.TextKey}_summary"], s.Latest), s.Latest),
                new LinkView(TitleOf(s.All!, strings), Href(s.All!.UrlPath), Page: s.All)))
            .ToList();

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
        var (target, isTwin) = _site.Counterpart(page, language);
        return new LanguageLinkView(language, Href(target?.UrlPath ?? ""), false, isTwin);
    }

    private string HomeHref(Language language) => Href(_site.Home(language)?.UrlPath ?? "");

    private string Href(string urlPath) => SiteUrls.Href(_site.Config.BasePath, urlPath);

    private LinkView Link(Page page, UiStrings strings) =>
        page.IsWritten ? new(page.Title, Href(page.UrlPath), page.FrontMatter.Summary, page) : new(TitleOf(page, strings), Href(page.UrlPath), Page: page);
}

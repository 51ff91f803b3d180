using System.Globalization;
using ActionPlan.Configuration;
using ActionPlan.Domain;
using ActionPlan.Model;

namespace ActionPlan.Rendering;

/// <summary>A link as templates show it.</summary>
/// <param name="Title">The text.</param>
/// <param name="Href">The address.</param>
/// <param name="Summary">A short description, where the target has one.</param>
/// <param name="Page">The target page, where it is a page of the site.</param>
public sealed record LinkView(string Title, string Href, string? Summary = null, Page? Page = null);

/// <summary>A heading with the links under it (related pages of one kind, or one way to filter a listing).</summary>
public sealed record LinkGroup(string Heading, IReadOnlyList<LinkView> Links);

/// <summary>One entry of the language switcher.</summary>
/// <param name="Language">The language.</param>
/// <param name="Href">Where it leads: the twin, or the nearest section in that language.</param>
/// <param name="IsCurrent">True for the page's own language.</param>
/// <param name="IsTwin">True when <paramref name="Href"/> is this page's translation.</param>
public sealed record LanguageLinkView(Language Language, string Href, bool IsCurrent, bool IsTwin);

/// <summary>One numbered link of a pager.</summary>
/// <param name="Number">The page's number, from 1.</param>
/// <param name="Href">Its address.</param>
/// <param name="IsCurrent">True for the page shown.</param>
public sealed record PagerLink(int Number, string Href, bool IsCurrent);

/// <summary>Where a page stands among a long listing's pages, and the links to the others.</summary>
/// <param name="Number">This page's number, from 1.</param>
/// <param name="Count">How many pages the listing has.</param>
/// <param name="Previous">The previous page's address, or null on the first.</param>
/// <param name="Next">The next page's address, or null on the last.</param>
/// <param name="Pages">The first, the last, and the pages near this one, in order.</param>
public sealed record PagerView(int Number, int Count, string? Previous, string? Next, IReadOnlyList<PagerLink> Pages);

/// <summary>An hreflang alternate: a language tag (or <c>x-default</c>) and an absolute address.</summary>
public sealed record AlternateView(string HrefLang, string Href);

/// <summary>
/// What a layout gets to render one page, written or made: its texts, its place in the site, the
/// action plan data it shows, and helpers for interface texts, dates and links in the page's language.
/// Properties a page does not use are empty or null.
/// </summary>
public sealed record PageView
{
    /// <summary>The interface texts of the page's language.</summary>
    [Digest(DigestAs.Covered)] // the theme's texts are in every fingerprint's shell part
    public required UiStrings Strings { get; init; }

    /// <summary>The page, written or made.</summary>
    public required Page Page { get; init; }

    /// <summary>The page's language.</summary>
    public required Language Language { get; init; }

    /// <summary>The page title.</summary>
    public required string Title { get; init; }

    /// <summary>The summary, or null.</summary>
    public string? Summary { get; init; }

    /// <summary>The meta description: the summary, or the site title when there is none.</summary>
    public string Description => Summary ?? SiteTitle;

    /// <summary>What surrounds every page of the language: site title, home, search, feed, footer.</summary>
    [Digest(DigestAs.Shared)]
    public required SiteChrome Chrome { get; init; }

    /// <summary>The site title in the page's language.</summary>
    public string SiteTitle => Chrome.SiteTitle;

    /// <summary>The path the site is served under (e.g. <c>/international/</c>).</summary>
    public string BasePath => Chrome.BasePath;

    /// <summary>The Open Graph type: <c>article</c> for regular written pages, else <c>website</c>.</summary>
    public string OpenGraphType => Page.Role == PageRole.Regular ? "article" : "website";

    /// <summary>The language's locale as Open Graph writes it (<c>da_DK</c>).</summary>
    public string OpenGraphLocale => Language.Culture.Name.Replace('-', '_');

    /// <summary>True for the not-found page, which is served at any address and so names no canonical one.</summary>
    public bool IsNotFound => Page.Type is { ServedAnywhere: true };

    /// <summary>The body as HTML ('' for made pages).</summary>
    public string Content { get; init; } = "";

    /// <summary>The page's own root-relative address.</summary>
    public required string Href { get; init; }

    /// <summary>The page's absolute address.</summary>
    public required string CanonicalUrl { get; init; }

    /// <summary>The address of the home page in this language.</summary>
    public string HomeHref => Chrome.HomeHref;

    /// <summary>True for a language's home page.</summary>
    public bool IsHome => Page.Role == PageRole.Home;

    /// <summary>The page and its twins as hreflang alternates (absolute addresses), in language order, then x-default.</summary>
    public IReadOnlyList<AlternateView> Alternates { get; init; } = [];

    /// <summary>One entry per site language, the page's own marked current.</summary>
    public IReadOnlyList<LanguageLinkView> LanguageLinks { get; init; } = [];

    /// <summary>The page's own name at the end of the breadcrumbs: its title, or for a made page what the crumbs before it do not say.</summary>
    public string Crumb { get; init; } = "";

    /// <summary>The pages from home down to the parent.</summary>
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];

    /// <summary>Where the page stands among its listing's pages, or null for a listing that fits on one page.</summary>
    public PagerView? Pager { get; init; }

    /// <summary>The first page of the listing this page belongs to: the page itself, or a later page's first.</summary>
    public Page Listing => Page.Listing;

    /// <summary>The pages a listing shows (this page's share of them): a section's pages, or a filtered listing's.</summary>
    public IReadOnlyList<LinkView> Children { get; init; } = [];

    /// <summary>Related pages in this language, grouped by kind.</summary>
    public IReadOnlyList<LinkGroup> Related { get; init; } = [];

    /// <summary>Ways to filter a section's listing (by focus area, by city), each a list of generated listings.</summary>
    public IReadOnlyList<LinkGroup> Filters { get; init; } = [];

    /// <summary>The top-level section the page lies in (the section page itself, or the one above it), or null for home and pages directly under it.</summary>
    public Page? Section { get; init; }

    /// <summary>The <c>aria-current</c> of a main-navigation entry: <c>"page"</c> on the section's own page, <c>"true"</c> on pages inside it, else null (no attribute).</summary>
    public string? CurrentIn(LinkView section) =>
        section.Page is null ? null : section.Page == Page ? "page" : section.Page == Section ? "true" : null;

    /// <summary>The newest status report and register edition, each with its series' index: on home, to lead to them; empty elsewhere.</summary>
    public IReadOnlyList<SeriesView> Latest { get; init; } = [];

    /// <summary>Yearly pages to link from this one (register editions, timelines, status reports).</summary>
    public IReadOnlyList<LinkGroup> Years { get; init; } = [];

    /// <summary>What the products that made or add to the page show on it (a status report, a register edition, a timeline, measured goals...).</summary>
    public IReadOnlyList<object> Data { get; init; } = [];

    /// <summary>The product data of a type the page shows, or null: as <c>Model.DataOf&lt;RegisterEdition&gt;()</c>.</summary>
    public T? DataOf<T>() where T : class => Data.OfType<T>().FirstOrDefault();

    /// <summary>A publication's files by language code, as output addresses; empty for other kinds.</summary>
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();

    /// <summary>The year of a yearly made page.</summary>
    public int? Year => Page.Year;

    /// <summary>The day the page was first published (<c>date:</c>), where it gives one; the date the page is about is <see cref="Model.Page.Date"/>.</summary>
    [Digest(DigestAs.Covered)] // the page's own front matter is in its file's digest
    public DateOnly? Date => Page.Parsed?.FrontMatter.Date;

    /// <summary>The last substantial change, where the page has one.</summary>
    [Digest(DigestAs.Covered)]
    public DateOnly? Updated => Page.Parsed?.FrontMatter.Updated;

    /// <summary>True for a draft, shown only in a build or preview with drafts, and marked as one.</summary>
    [Digest(DigestAs.Covered)]
    public bool IsDraft => Page.Parsed?.FrontMatter.Draft == true;

    /// <summary>When the page's facts hold (its <c>as_of:</c>, else its newest source's date), shown under the title; null when it gives neither.</summary>
    public PartialDate? AsOf { get; init; }

    /// <summary>The plan the page belongs to (or is), when its period is over, for a history note; null otherwise.</summary>
    public (YearSpan Period, Page? Plan)? PlanOver { get; init; }

    /// <summary>That what the page describes has ended, for its history note; null while it is current.</summary>
    public Ending? Ended => Page.IsWritten ? Page.Listing.FrontMatter.Facts.Ended : null;

    /// <summary>True for a link to a page about something that has ended: listings show it apart, as history.</summary>
    public static bool IsHistory(LinkView link) => link.Page is { IsWritten: true } page && page.FrontMatter.Facts.Ended is not null;

    /// <summary>The year a linked page's subject ended, or null while it is current.</summary>
    public static int? EndedIn(LinkView link) => link.Page is { IsWritten: true } page ? page.FrontMatter.Facts.Ended?.Year : null;

    /// <summary>The page's kind facts (focus area, network, activity...), or null for a made page.</summary>
    [Digest(DigestAs.Covered)]
    public KindFacts? Facts => Page.Parsed?.FrontMatter.Facts;

    /// <summary>What the page is, in its language ("Activity", "Status report"): its kind's name, or the made page's that search finds.</summary>
    public string KindName => T("search_kind_" + (Page is { Role: PageRole.Made, Type.Found: true } ? Page.Type.TextKey : Page.Kind.Name.Replace('-', '_')));

    /// <summary>Resolves a written page's address, for templates that link to pages from facts.</summary>
    [Digest(DigestAs.Covered)] // a page's address is in its identity
    public required Func<Page, string> HrefOf { get; init; }

    /// <summary>Finds a page by kind and id in this page's language.</summary>
    [Digest(DigestAs.Covered)] // each lookup is noted in PageReads
    public required Func<ContentKind, string, Page?> FindById { get; init; }

    /// <summary>
    /// The page's one list of sources: what it cites, the documents that say it has ended and, on a status report, what
    /// its goals' statuses are taken from; each document once.
    /// </summary>
    public SourceList Sources { get; init; } = SourceList.Empty;

    /// <summary>An interface text in the page's language.</summary>
    public string T(string key) => Strings[key];

    /// <summary>"in English", "på engelsk": a language named in this page's language (its <c>in_language_</c> text, else its name).</summary>
    public string InLanguage(string code) => Strings.TryGet("in_language_" + code) ?? code;

    /// <summary>An interface text with its <c>{0}</c>, <c>{1}</c> filled in.</summary>
    public string T(string key, params object[] values) => string.Format(Language.Culture, Strings[key], values);

    /// <summary>A date written the page's language's way (da: "3. marts 2008", en: "3 March 2008").</summary>
    public string FormatDate(DateOnly date) => Language.FormatDate(date);

    /// <summary>A year, month or day written the page's language's way.</summary>
    public string FormatDate(PartialDate date) => date.Format(Language.Culture, Language.DateFormat);

    /// <summary>The machine-readable form of a date for <c>&lt;time datetime&gt;</c>.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A goal status's name in the page's language; null means not yet assessed.</summary>
    public string StatusName(GoalStatus? status) => Strings["goal_status_" + (status is { } s ? Choices.Name(s).Replace('-', '_') : "none")];

    /// <summary>The CSS class token of a goal status (<c>achieved</c>, <c>in-progress</c>, ..., <c>none</c>).</summary>
    public static string StatusClass(GoalStatus? status) => status is { } s ? Choices.Name(s) : "none";

    /// <summary>An activity type's name in the page's language.</summary>
    public string Name(ActivityType type) => Strings["activity_type_" + Choices.Name(type).Replace('-', '_')];

    /// <summary>An activity status's name in the page's language.</summary>
    public string Name(ActivityStatus status) => Strings["activity_status_" + Choices.Name(status)];

    /// <summary>A city aim's name in the page's language.</summary>
    public string Name(CityAim aim) => Strings["aim_" + Choices.Name(aim)];

    /// <summary>A kind's plural name in the page's language, for headings of related pages.</summary>
    public string Name(ContentKind kind) => Strings[kind.TextKey];

    /// <summary>The address of a theme or static file by its plain path (e.g. <c>assets/site.css</c>), fingerprinted where it is.</summary>
    public string Asset(string path) => SiteUrls.Href(BasePath, Chrome.Assets(path));
}

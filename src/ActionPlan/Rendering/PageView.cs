using ActionPlan.Configuration;
using ActionPlan.Model;

namespace ActionPlan.Rendering;

/// <summary>A link as templates show it.</summary>
/// <param name="Title">The text.</param>
/// <param name="Href">The address.</param>
/// <param name="Summary">A short description, where the target has one.</param>
/// <param name="Date">The target's date, where it has one.</param>
public sealed record LinkView(string Title, string Href, string? Summary = null, DateOnly? Date = null);

/// <summary>One entry of the language switcher.</summary>
/// <param name="Language">The language.</param>
/// <param name="Href">Where it leads: the twin, or the nearest section in that language.</param>
/// <param name="IsCurrent">True for the page's own language.</param>
/// <param name="IsTwin">True when <paramref name="Href"/> is this page's translation.</param>
public sealed record LanguageLinkView(Language Language, string Href, bool IsCurrent, bool IsTwin);

/// <summary>An hreflang alternate: a language tag (or <c>x-default</c>) and an absolute address.</summary>
public sealed record AlternateView(string HrefLang, string Href);

/// <summary>
/// What a layout gets to render one page: its texts and body, its place in the site and the helpers
/// for interface texts, dates and theme assets in the page's language.
/// </summary>
public sealed class PageView
{
    private readonly UiStrings _strings;

    internal PageView(Page page, Site site, UiStrings strings, string bodyHtml)
    {
        _strings = strings;
        var config = site.Config;
        Page = page;
        Language = page.Language;
        SiteTitle = config.Title.For(page.Language.Code);
        BasePath = config.BasePath;
        Content = bodyHtml;
        Href = SiteUrls.Href(config.BasePath, page.UrlPath);
        CanonicalUrl = SiteUrls.Absolute(config.BaseUrl, page.UrlPath);
        HomeHref = site.Home(page.Language.Code) is { } home ? SiteUrls.Href(config.BasePath, home.UrlPath) : Href;

        var twins = site.TwinsOf(page);
        var alternates = new[] { page }.Concat(twins)
            .OrderBy(p => config.Languages.ToList().IndexOf(p.Language))
            .Select(p => new AlternateView(p.Language.Tag, SiteUrls.Absolute(config.BaseUrl, p.UrlPath)))
            .ToList();

        // x-default: home pages point at the root page that offers the languages, other pages at their default-language version.
        var fallback = page.Kind == PageKind.Home ? "" : site.Find(page.Source.TwinKey, config.DefaultLanguage.Code)?.UrlPath;
        if (fallback is not null)
        {
            alternates.Add(new AlternateView("x-default", SiteUrls.Absolute(config.BaseUrl, fallback)));
        }

        Alternates = alternates;

        LanguageLinks = config.Languages.Select(l =>
        {
            if (l == page.Language)
            {
                return new LanguageLinkView(l, Href, IsCurrent: true, IsTwin: true);
            }

            var (target, isTwin) = site.Counterpart(page, l.Code);
            return new LanguageLinkView(l, target is null ? SiteUrls.Href(config.BasePath, "") : SiteUrls.Href(config.BasePath, target.UrlPath), false, isTwin);
        }).ToList();

        Breadcrumbs = site.AncestorsOf(page).Select(p => ToLink(p, config)).ToList();
        Children = site.ChildrenOf(page).Select(p => ToLink(p, config)).ToList();
    }

    /// <summary>The page (front matter, kind, section, source).</summary>
    public Page Page { get; }

    /// <summary>The page's language.</summary>
    public Language Language { get; }

    /// <summary>The page title.</summary>
    public string Title => Page.Title;

    /// <summary>The summary from the front matter, or null.</summary>
    public string? Summary => Page.FrontMatter.Summary;

    /// <summary>The meta description: the summary, or the site title when there is none.</summary>
    public string Description => Summary ?? SiteTitle;

    /// <summary>The site title in the page's language.</summary>
    public string SiteTitle { get; }

    /// <summary>The path the site is served under (e.g. <c>/international/</c>).</summary>
    public string BasePath { get; }

    /// <summary>The body as HTML.</summary>
    public string Content { get; }

    /// <summary>The page's own root-relative address.</summary>
    public string Href { get; }

    /// <summary>The page's absolute address.</summary>
    public string CanonicalUrl { get; }

    /// <summary>The address of the home page in this language.</summary>
    public string HomeHref { get; }

    /// <summary>The page and its twins as hreflang alternates (absolute addresses), in language order, then x-default.</summary>
    public IReadOnlyList<AlternateView> Alternates { get; }

    /// <summary>One entry per site language, the page's own marked current.</summary>
    public IReadOnlyList<LanguageLinkView> LanguageLinks { get; }

    /// <summary>The pages from home down to the parent.</summary>
    public IReadOnlyList<LinkView> Breadcrumbs { get; }

    /// <summary>The pages a home or section page lists (empty for other pages).</summary>
    public IReadOnlyList<LinkView> Children { get; }

    /// <summary>An interface text in the page's language.</summary>
    public string T(string key) => _strings[key];

    /// <summary>A date written the page's language's way (da: "3. marts 2008", en: "3 March 2008").</summary>
    public string FormatDate(DateOnly date) => date.ToString(_strings["date_format"], Language.Culture);

    /// <summary>The machine-readable form of a date for <c>&lt;time datetime&gt;</c>.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The address of a theme or static file (a path below the output root, e.g. <c>assets/site.css</c>).</summary>
    public string Asset(string path) => SiteUrls.Href(BasePath, path);

    private static LinkView ToLink(Page page, SiteConfig config) =>
        new(page.Title, SiteUrls.Href(config.BasePath, page.UrlPath), page.FrontMatter.Summary, page.FrontMatter.Date);
}

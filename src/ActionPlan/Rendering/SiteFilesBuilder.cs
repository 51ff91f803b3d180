using System.Globalization;
using System.Net;
using System.Text;
using System.Xml;
using ActionPlan.Configuration;
using ActionPlan.Model;

namespace ActionPlan.Rendering;

/// <summary>
/// Decides the files around the pages and what each shows: sitemap.xml with every page's hreflang alternates,
/// robots.txt, an Atom feed per language that has dated pages (<see cref="FeedBuilder"/>), a redirect page for every alias, and the <c>/was/</c> redirect to the
/// accessibility statement. The theme renders each (<c>Layouts/files/</c>), so a site can change them like any
/// layout. Everything comes from the content, so the same content always gives the same bytes.
/// </summary>
public static class SiteFilesBuilder
{
    /// <summary>The theme layout that renders each sort of file.</summary>
    public const string Sitemap = "Layouts/files/sitemap", Robots = "Layouts/files/robots", Feed = "Layouts/files/feed", Redirect = "Layouts/files/redirect";

    /// <summary>Each file to make: where it goes, the layout that renders it and its view.</summary>
    public static IReadOnlyList<(string OutputPath, string Layout, object View)> Plan(Site site, IReadOnlyList<SitemapEntry> pages, FeedBuilder feeds)
    {
        var config = site.Config;
        var files = new List<(string, string, object)>
        {
            (SiteUrls.Sitemap, Sitemap, new SitemapView(pages.OrderBy(s => s.Canonical, StringComparer.Ordinal).ToList())),
            (SiteUrls.Robots, Robots, new RobotsView(SiteUrls.Absolute(config.BaseUrl, SiteUrls.Sitemap))),
        };
        foreach (var language in config.Languages.Where(l => site.Home(l) is not null))
        {
            // No dated page, no feed: an empty one would tell a subscriber nothing (and the pages then link to none).
            if (feeds.EntriesOf(language) is { Count: > 0 } entries)
            {
                files.Add((SiteUrls.Feed(language), Feed, FeedOf(site, language, entries)));
            }
        }

        // Old addresses keep working: each alias is a page that sends the reader on to where the page is now. It sends
        // the reader on from the root of the host the alias was asked for, so in the preview (127.0.0.1) a redirect
        // stays in the preview; only the canonical link names base_url's host.
        foreach (var page in site.Written)
        {
            foreach (var alias in page.FrontMatter.Aliases.Select(a => SiteModelBuilder.NormalizeAlias(a.Path)).OfType<string>())
            {
                files.Add((SiteUrls.FileOf(alias), Redirect, new RedirectView(SiteUrls.Href(config.BasePath, page.UrlPath), page.Title, page.Language.Tag)
                {
                    Canonical = SiteUrls.Absolute(config.BaseUrl, page.UrlPath),
                }));
            }
        }

        if (config.Footer.AccessibilityStatement is { } statement)
        {
            files.Add((SiteUrls.FileOf(FooterConfig.StatementPath), Redirect, new RedirectView(statement.AbsoluteUri, "Tilgængelighedserklæring", "da")));
        }

        return files;
    }

    private static FeedView FeedOf(Site site, Language language, IReadOnlyList<FeedEntry> entries)
    {
        var config = site.Config;
        return new FeedView(
            language.Tag,
            config.Title.For(language),
            SiteUrls.Absolute(config.BaseUrl, SiteUrls.Feed(language)),
            SiteUrls.Absolute(config.BaseUrl, site.Home(language)!.UrlPath),
            entries.Max(e => e.Updated),
            config.Footer.Authority?.For(language) ?? config.Title.For(language),
            entries);
    }
}

/// <summary>What the sitemap lists: every rendered page with its alternates, by address.</summary>
public sealed record SitemapView(IReadOnlyList<SitemapEntry> Entries) : SiteFileView;

/// <summary>robots.txt: where the sitemap is.</summary>
public sealed record RobotsView(string SitemapUrl) : SiteFileView;

/// <summary>A language's Atom feed: its dated pages, newest first, and the newest entry's day as the feed's own.</summary>
public sealed record FeedView(string LanguageTag, string Title, string FeedUrl, string HomeUrl, DateOnly Updated, string Author, IReadOnlyList<FeedEntry> Entries) : SiteFileView;

/// <summary>A dated page in a feed.</summary>
/// <param name="Title">The page's title, as the page shows it.</param>
/// <param name="Period">The year or month the page is dated by, in the feed's language, when its date is not a day and the title does not already name it: shown beside the title, since Atom must stamp a day.</param>
/// <param name="Url">The page's absolute address, also the entry's id.</param>
/// <param name="Date">The page's date (<see cref="Page.Date"/>).</param>
/// <param name="Changed">The page's last substantial change (<c>updated:</c>), where it is later than its date.</param>
/// <param name="Category">What the page is, the same in every language (<c>activity</c>, <c>status-report</c>).</param>
/// <param name="CategoryLabel">What the page is, in the feed's language.</param>
/// <param name="Summary">The page's summary, or null.</param>
public sealed record FeedEntry(string Title, string? Period, string Url, Domain.PartialDate Date, DateOnly? Changed, string Category, string CategoryLabel, string? Summary)
{
    /// <summary>The entry's Atom <c>updated</c> day: its last change, else the first day of its date (a year's 1 January, a month's first).</summary>
    public DateOnly Updated => Changed ?? Date.First;

    /// <summary>The entry's Atom <c>published</c> day, given only when it differs from <see cref="Updated"/>: the first day of its date.</summary>
    public DateOnly? Published => Changed is null ? null : Date.First;
}

/// <summary>A page that sends the reader on to another address (<paramref name="Target"/>: root-relative for an alias, so it stays on the host asked), with a link for when it does not.</summary>
public sealed record RedirectView(string Target, string Title, string LanguageTag) : SiteFileView
{
    /// <summary>The page's full address for the canonical link; default: <see cref="Target"/>.</summary>
    public string Canonical
    {
        get => field ?? Target;
        init;
    }
}

/// <summary>What the file templates share: escaping for XML and HTML, and Atom's time stamps.</summary>
public abstract record SiteFileView
{
    private static readonly System.Buffers.SearchValues<char> XmlSpecial = System.Buffers.SearchValues.Create("&<>\"");

    /// <summary>Text escaped for XML content and attribute values.</summary>
    public static string Xml(string text)
    {
        // Most addresses and titles need no escaping; an XML writer for each costs more than the sitemap itself.
        if (!text.AsSpan().ContainsAny(XmlSpecial) && !text.AsSpan().ContainsAnyInRange('\0', '\u001f'))
        {
            return text;
        }

        var escaped = new StringBuilder();
        using (var writer = XmlWriter.Create(escaped, new XmlWriterSettings { ConformanceLevel = ConformanceLevel.Fragment }))
        {
            writer.WriteString(text);
        }

        return escaped.ToString().Replace("\"", "&quot;", StringComparison.Ordinal);
    }

    /// <summary>Text escaped for HTML.</summary>
    public static string Html(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A day as Atom writes it.</summary>
    public static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}

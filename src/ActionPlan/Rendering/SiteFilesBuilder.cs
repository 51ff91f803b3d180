using System.Globalization;
using System.Net;
using System.Text;
using System.Xml;
using ActionPlan.Configuration;
using ActionPlan.Model;

namespace ActionPlan.Rendering;

/// <summary>
/// Makes the files around the pages: sitemap.xml with every page's hreflang alternates, robots.txt, an Atom
/// feed per language, and the <c>/was/</c> redirect to the accessibility statement.
/// Everything comes from the content, so the same content always gives the same bytes.
/// </summary>
public static class SiteFilesBuilder
{
    private static readonly System.Buffers.SearchValues<char> XmlSpecial = System.Buffers.SearchValues.Create("&<>\"");

    /// <summary>The files, made from the site and the sitemap entries of its rendered pages.</summary>
    public static IReadOnlyList<RenderedFile> Build(Site site, IReadOnlyList<SitemapEntry> pages)
    {
        var config = site.Config;
        var files = new List<RenderedFile>
        {
            new("sitemap.xml", Sitemap(pages), null),
            new("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {SiteUrls.Absolute(config.BaseUrl, "sitemap.xml")}\n", null),
        };
        files.AddRange(config.Languages.Where(l => site.Home(l.Code) is not null).Select(l => new RenderedFile(PageViewFactory.FeedPath(l), Feed(site, l), null)));

        // Old addresses keep working: each alias is a page that sends the reader on to where the page is now.
        foreach (var page in site.Pages)
        {
            foreach (var alias in page.FrontMatter.Aliases.Select(a => SiteModelBuilder.NormalizeAlias(a.Path)).OfType<string>())
            {
                var file = alias.EndsWith(".html", StringComparison.Ordinal) ? alias : alias + "index.html";
                files.Add(new RenderedFile(file, Redirect(SiteUrls.Absolute(config.BaseUrl, page.UrlPath), page.Title, page.Language.Tag), null));
            }
        }

        if (config.Footer.AccessibilityStatement is { } statement)
        {
            files.Add(new RenderedFile(FooterConfig.StatementPath + "index.html", Redirect(statement.AbsoluteUri, "Tilgængelighedserklæring", "da"), null));
        }

        return files;
    }

    /// <summary>A page that sends the reader on to another address, with a link for when it does not.</summary>
    public static string Redirect(string target, string title, string languageCode)
    {
        var href = WebUtility.HtmlEncode(target);
        return $$"""
            <!DOCTYPE html>
            <html lang="{{languageCode}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{WebUtility.HtmlEncode(title)}}</title>
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={{href}}">
            <link rel="canonical" href="{{href}}">
            <style>body { font-family: system-ui, sans-serif; overflow-wrap: anywhere; margin: 1rem; }</style>
            </head>
            <body>
            <main>
            <h1>{{WebUtility.HtmlEncode(title)}}</h1>
            <p><a href="{{href}}">{{href}}</a></p>
            </main>
            </body>
            </html>

            """;
    }

    private static string Sitemap(IReadOnlyList<SitemapEntry> pages)
    {
        var text = new StringBuilder();
        text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        text.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        foreach (var (canonical, alternates) in pages.OrderBy(s => s.Canonical, StringComparer.Ordinal))
        {
            text.Append("  <url>\n    <loc>").Append(Xml(canonical)).Append("</loc>\n");
            foreach (var alternate in alternates)
            {
                text.Append("    <xhtml:link rel=\"alternate\" hreflang=\"").Append(Xml(alternate.HrefLang)).Append("\" href=\"").Append(Xml(alternate.Href)).Append("\"/>\n");
            }

            text.Append("  </url>\n");
        }

        return text.Append("</urlset>\n").ToString();
    }

    private static string Feed(Site site, Language language)
    {
        var config = site.Config;
        var entries = site.Pages
            .Where(p => p.Language == language && p.Role == PageRole.Regular && (p.FrontMatter.Date ?? p.FrontMatter.Updated) is not null)
            .Select(p => (Page: p, Updated: (p.FrontMatter.Updated ?? p.FrontMatter.Date)!.Value))
            .OrderByDescending(e => e.Updated).ThenBy(e => e.Page.UrlPath, StringComparer.Ordinal)
            .Take(50)
            .ToList();
        var feedUrl = SiteUrls.Absolute(config.BaseUrl, PageViewFactory.FeedPath(language));
        var home = SiteUrls.Absolute(config.BaseUrl, site.Home(language.Code)!.UrlPath);
        var updated = entries.Count > 0 ? entries.Max(e => e.Updated) : new DateOnly(2000, 1, 1);
        var text = new StringBuilder();
        text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        text.Append(CultureInfo.InvariantCulture, $"<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{language.Tag}\">\n");
        text.Append(CultureInfo.InvariantCulture, $"  <title>{Xml(config.Title.For(language.Code))}</title>\n");
        text.Append(CultureInfo.InvariantCulture, $"  <id>{Xml(feedUrl)}</id>\n  <link rel=\"self\" href=\"{Xml(feedUrl)}\"/>\n  <link href=\"{Xml(home)}\"/>\n");
        text.Append(CultureInfo.InvariantCulture, $"  <updated>{Stamp(updated)}</updated>\n");
        text.Append(CultureInfo.InvariantCulture, $"  <author><name>{Xml(config.Footer.Authority?.For(language.Code) ?? config.Title.For(language.Code))}</name></author>\n");
        foreach (var (page, changed) in entries)
        {
            var url = SiteUrls.Absolute(config.BaseUrl, page.UrlPath);
            text.Append("  <entry>\n");
            text.Append(CultureInfo.InvariantCulture, $"    <title>{Xml(page.Title)}</title>\n    <id>{Xml(url)}</id>\n    <link href=\"{Xml(url)}\"/>\n");
            if (page.FrontMatter.Date is { } published)
            {
                text.Append(CultureInfo.InvariantCulture, $"    <published>{Stamp(published)}</published>\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"    <updated>{Stamp(changed)}</updated>\n");
            if (page.FrontMatter.Summary is { } summary)
            {
                text.Append(CultureInfo.InvariantCulture, $"    <summary>{Xml(summary)}</summary>\n");
            }

            text.Append("  </entry>\n");
        }

        return text.Append("</feed>\n").ToString();
    }

    private static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static string Xml(string text)
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
}

using System.Net;
using System.Text;
using ActionPlan.Diagnostics;
using ActionPlan.Loading;
using ActionPlan.Model;
using ActionPlan.Translations;

namespace ActionPlan.Editing;

/// <summary>
/// The preview's overview for editors (<c>/admin/translations/</c>): pages missing a twin, twins behind their
/// source (the <c>translations</c> report) and drafts, each with links to the page in the preview and in the editor.
/// </summary>
public static class TranslationOverview
{
    /// <summary>The page; <paramref name="site"/> is null when the site could not be read, and the errors say why.</summary>
    public static string Html(Site? site, IReadOnlyList<Diagnostic> errors, string basePath, ChangeTimes? times)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Translations and drafts – editor</title>\n")
            .Append("<style>body{font:1rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1a1a1a}")
            .Append("table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #767676;vertical-align:top}")
            .Append("a{color:#0b4f9c}a:focus{outline:3px solid #1a1a1a;outline-offset:2px}.draft{background:#fde68a;color:#1a1a1a;padding:0 .3rem}</style>\n")
            .Append("</head>\n<body>\n<main>\n<h1>Translations and drafts</h1>\n")
            .Append("<p><a href=\"").Append(EditorLink.Root).Append("\">Back to the editor</a> · <a href=\"").Append(Encode(basePath)).Append("\">The preview</a></p>\n");
        if (site is null || times is null)
        {
            html.Append("<p role=\"alert\">The site could not be read:</p>\n<ul>\n");
            foreach (var error in errors)
            {
                html.Append("<li>").Append(Encode(error.ToString())).Append("</li>\n");
            }

            return html.Append("</ul>\n</main>\n</body>\n</html>\n").ToString();
        }

        var missing = TranslationStatus.Missing(site);
        html.Append("<h2>Pages missing a twin (").Append(missing.Count).Append(")</h2>\n");
        Table(html, ["Page", "Missing language", "Open"], missing.Select(entry =>
        {
            var page = site.Written.First(p => p.Source.Path == entry.Path);
            return new[] { Code(entry.Path), Encode(entry.Language.Name), $"{Link(basePath + page.UrlPath, "the page")} · {Editor(page.Source, entry.Language.Code, "write it in the editor")}" };
        }));

        var stale = TranslationStatus.Stale(site, times);
        html.Append("<h2>Translations behind their source (").Append(stale.Count).Append(", ").Append(times.FromGit ? "from git history" : "from file times").Append(")</h2>\n");
        Table(html, ["Translation", "Its source changed after it", "Open"], stale.Select(entry =>
        {
            var page = site.Written.First(p => p.Source.Path == entry.Path);
            var source = site.Written.First(p => p.Source.Path == entry.Newer);
            return new[]
            {
                Code(entry.Path), Code(entry.Newer!),
                $"{Link(basePath + page.UrlPath, "the translation")} · {Link(basePath + source.UrlPath, "the source")} · {Editor(page.Source, page.Source.LanguageCode, "both in the editor")}",
            };
        }));

        var drafts = site.Written.Where(p => p.FrontMatter.Draft).OrderBy(p => p.Source.Path, StringComparer.Ordinal).ToList();
        html.Append("<h2>Drafts (").Append(drafts.Count).Append(")</h2>\n")
            .Append("<p>Drafts are left off the site; <code>actionplan serve --drafts</code> shows them with a <span class=\"draft\">Draft</span> mark.</p>\n");
        Table(html, ["Draft", "Title", "Open"], drafts.Select(page => new[] { Code(page.Source.Path), Encode(page.Title), Editor(page.Source, page.Source.LanguageCode, "in the editor") }));
        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Table(StringBuilder html, string[] headings, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            html.Append("<p>None.</p>\n");
            return;
        }

        html.Append("<table>\n<thead><tr>");
        foreach (var heading in headings)
        {
            html.Append("<th scope=\"col\">").Append(heading).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in list)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(cell).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>A link to a page's entry in the editor in <paramref name="languageCode"/> (<see cref="EditorLink"/>), or why it has none.</summary>
    private static string Editor(SourceFile source, string languageCode, string text) =>
        EditorLink.For(source.Folder, source.Name, languageCode) is { } href ? Link(href, text)
        : source.Folder.Contains('/') ? $"edit the file {Code(source.Path)} (a nested folder is not in the editor)"
        : $"edit the file {Code(source.Path)} (a page directly in {ContentScanner.ContentFolder}/ is not in the editor)";

    private static string Link(string href, string text) => $"<a href=\"{Encode(href)}\">{Encode(text)}</a>";

    private static string Code(string text) => $"<code>{Encode(text)}</code>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

using System.Net;
using System.Text;
using ActionPlan.Editing;

namespace ActionPlan.Serving;

/// <summary>
/// What the preview adds to each HTML page it serves: the reload script and, after a failed build, the problems at the
/// top of the page: which build is shown (<see cref="PreviewState.Summary"/>, as the terminal says it), whether this
/// page is in it, and each error, with a link to its page in the browser editor where the editor can open it.
/// </summary>
internal static class ProblemsOverlay
{
    /// <summary>The page served when a build failed and there is no good build at all.</summary>
    public const string NothingToShow =
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>The site did not build – preview</title>\n</head>\n<body>\n<main><h1>The site did not build</h1></main>\n</body>\n</html>\n";

    // The banner lists this many errors; the terminal lists them all.
    private const int MaxListed = 20;

    // White on #a1260d is 7.5:1; a focused link turns black on yellow (12:1), as the default theme draws focus.
    private const string BannerStyle =
        "<style>.preview-problems{background:#a1260d;color:#fff;padding:1rem;font:1rem/1.4 system-ui,sans-serif}"
        + ".preview-problems p,.preview-problems li{color:#fff}.preview-problems a,.preview-problems a:visited{color:#fff;text-decoration:underline}"
        + ".preview-problems a:focus-visible{outline:3px solid #ffbf47;background:#ffbf47;color:#000;text-decoration:none}</style>";

    /// <summary>The page with the reload script and the problems of <paramref name="state"/>; <paramref name="found"/> says whether it is the page asked for.</summary>
    public static string Decorate(string html, bool found, PreviewState state)
    {
        var notice = new StringBuilder();
        if (state.Problems.Count > 0)
        {
            notice.Append("<div role=\"alert\" class=\"preview-problems\">")
                .Append("<p><strong>").Append(WebUtility.HtmlEncode(state.Summary)).Append("</strong></p>");
            if (!found && state.Build.Folder is not null)
            {
                notice.Append("<p>This page is not in the build shown.</p>");
            }

            notice.Append("<ul>");
            foreach (var problem in state.Problems.Take(MaxListed))
            {
                notice.Append("<li>").Append(WebUtility.HtmlEncode(problem.ToString()));
                if (EditorLink.For(problem.File) is { } editor)
                {
                    notice.Append(" <a href=\"").Append(WebUtility.HtmlEncode(editor)).Append("\">Open ")
                        .Append(WebUtility.HtmlEncode(Path.GetFileName(problem.File))).Append(" in the editor</a>");
                }

                notice.Append("</li>");
            }

            notice.Append("</ul>");
            if (state.Problems.Count > MaxListed)
            {
                notice.Append("<p>").Append(state.Problems.Count - MaxListed).Append(" more in the terminal.</p>");
            }

            notice.Append("</div>");

            // In the head, so the page stays valid HTML; the links' focus is drawn here, not left to a theme's colours.
            var head = html.IndexOf("</head>", StringComparison.Ordinal);
            if (head >= 0)
            {
                html = html.Insert(head, BannerStyle);
            }
        }

        var body = html.IndexOf("<body>", StringComparison.Ordinal);
        if (body >= 0)
        {
            html = html.Insert(body + "<body>".Length, notice.ToString());
        }

        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        return end >= 0 ? html.Insert(end, ReloadEvents.Script) : html + ReloadEvents.Script;
    }
}

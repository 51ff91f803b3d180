using ActionPlan.Configuration;
using ActionPlan.Diagnostics;

namespace ActionPlan.Markup;

/// <summary>
/// Checks a parsed page body for what keeps it from screen readers, without a browser: headings out of order, links
/// whose text says nothing on its own or is a web address, tables without a header row, images without a real
/// alternative text. Each finding is a warning at its place in the source file.
/// </summary>
public sealed class AccessibilityChecker
{
    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>> _vague;

    /// <summary>A checker for a site's languages, with the vague link texts of each (the built-in ones and the site's own).</summary>
    public AccessibilityChecker(SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _vague = config.Languages.ToDictionary(
            l => l.Code, l => VagueLinkTexts.For(l.Code, config.VagueLinkText.GetValueOrDefault(l.Code, [])), StringComparer.Ordinal);
    }

    /// <summary>Reports the body's problems in <paramref name="file"/>, a page in the language <paramref name="languageCode"/>.</summary>
    public void Check(string file, ParsedMarkdown markdown, string languageCode, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(diagnostics);
        CheckHeadings(file, markdown.Headings, diagnostics);
        CheckLinks(file, markdown, _vague.GetValueOrDefault(languageCode, new HashSet<string>()), diagnostics);
        CheckImages(file, markdown, diagnostics);
        foreach (var table in markdown.Tables.Where(t => !t.HasHeaderRow || t.HeaderBlank))
        {
            var message = table.HasHeaderRow
                ? "this table's header row is empty, so a screen reader cannot name the column a cell is in: write what each column holds in its first row (| Year | Goals |) (WCAG 1.3.1)."
                : "this table has no header row, so a screen reader cannot name the column a cell is in: mark the header row with a line of '=' under it (+======+=======+), or write the table as a pipe table, whose first row is its header (WCAG 1.3.1).";
            diagnostics.Warning("table-header", file, table.Line, table.Column, message);
        }
    }

    /// <summary>The layout shows the title as the page's one h1, so the body's headings start at h2 and go down one level at a time.</summary>
    private static void CheckHeadings(string file, IReadOnlyList<MarkdownHeading> headings, DiagnosticBag diagnostics)
    {
        MarkdownHeading? previous = null;
        foreach (var heading in headings)
        {
            var level = previous?.Level ?? 1;
            if (heading.Level == 1)
            {
                diagnostics.Warning("heading-level", file, heading.Line, heading.Column,
                    $"'# {heading.Text}' makes a second main heading: the title is the page's only one. Start headings with '##'.");
            }
            else if (heading.Level > level + 1)
            {
                var after = previous is null ? "the page's title (level 1)" : $"'{Marks(previous.Level)} {previous.Text}' (level {previous.Level})";
                diagnostics.Warning("heading-skip", file, heading.Line, heading.Column,
                    $"'{Marks(heading.Level)} {heading.Text}' comes after {after} and skips level {level + 1}, which screen reader users moving from heading to heading take for a missing part: make it '{Marks(level + 1)}', or add the heading it belongs under.");
            }

            // After a skip the next heading is judged against this one, so one skip is one warning.
            previous = heading;
        }
    }

    private static string Marks(int level) => new('#', level);

    private static void CheckLinks(string file, ParsedMarkdown markdown, IReadOnlySet<string> vague, DiagnosticBag diagnostics)
    {
        foreach (var link in markdown.Links.Where(l => !l.IsImage))
        {
            var text = link.Text;
            var normal = VagueLinkTexts.Normalize(text);
            if (normal.Length == 0)
            {
                // A link that holds only an image is named by the image's alternative text: reported with the image.
                if (!link.HoldsImage)
                {
                    diagnostics.Warning("link-text", file, link.Line, link.Column,
                        $"this link to '{link.Url}' has no text, so a screen reader reads out its address: write what it leads to between the brackets, [like this]({link.Url}) (WCAG 2.4.4).");
                }
            }
            else if (IsWebAddress(text.Trim(), link.Url))
            {
                ReportAddress(file, link.Line, link.Column, text.Trim(), link.Url, diagnostics);
            }
            else if (vague.Contains(normal))
            {
                diagnostics.Warning("link-text", file, link.Line, link.Column,
                    $"the link text '{text.Trim()}' says nothing out of context, and screen readers list a page's links by their text alone: make the words that name what it leads to the link, e.g. [the status report 2008]({link.Url}) (WCAG 2.4.4).");
            }
        }

        foreach (var (url, line, column) in markdown.AddressLinks)
        {
            ReportAddress(file, line, column, url, url, diagnostics);
        }
    }

    private static void ReportAddress(string file, int line, int column, string text, string url, DiagnosticBag diagnostics) =>
        diagnostics.Warning("link-address", file, line, column,
            $"the link text '{text}' is a web address, which a screen reader spells out and which says little of where it leads: name the site or page instead, [like this]({url}) (WCAG 2.4.4).");

    /// <summary>
    /// True when a link's text is a web address: it starts with a scheme or <c>www.</c>, or it is the link's own address
    /// without them (<c>kk.dk</c> for <c>https://www.kk.dk/</c>). An e-mail address is not one: readers need to see it.
    /// </summary>
    public static bool IsWebAddress(string text, string url)
    {
        if (text.Contains(' ', StringComparison.Ordinal) || text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var bare = Bare(text);
        return bare.Length < text.TrimEnd('/').Length
            || (url.Contains("://", StringComparison.Ordinal) && bare.Length > 0 && string.Equals(bare, Bare(url), StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] Prefixes = ["https://", "http://", "ftp://", "www."];

    /// <summary>An address without its scheme, <c>www.</c> and final '/'.</summary>
    private static string Bare(string address)
    {
        var bare = address;
        foreach (var prefix in Prefixes.Where(p => bare.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            bare = bare[prefix.Length..];
        }

        return bare.TrimEnd('/');
    }

    private static void CheckImages(string file, ParsedMarkdown markdown, DiagnosticBag diagnostics)
    {
        foreach (var image in markdown.Links.Where(l => l.IsImage))
        {
            var alt = image.Text.Trim();
            if (alt.Length == 0 && image.LinkAround is { } around && VagueLinkTexts.Normalize(around).Length == 0)
            {
                // Even a decorative image names the link it is all of: without a text the link has no name.
                diagnostics.Warning("image-alt", file, image.Line, image.Column,
                    $"the image '{image.Url}' is all there is of a link, so its alternative text is the link's name, and it has none: write where the link goes between the brackets, ![like this]({image.Url}) (WCAG 1.1.1, 2.4.4).");
            }
            else if (alt.Length == 0 && !image.IsDecorative)
            {
                diagnostics.Warning("image-alt", file, image.Line, image.Column,
                    $"the image '{image.Url}' has no alternative text: write what it shows between the brackets, ![like this]({image.Url}), or mark a purely decorative image with the title \"{MarkdownLink.DecorativeTitle}\": ![]({image.Url} \"{MarkdownLink.DecorativeTitle}\") (WCAG 1.1.1).");
            }
            else if (alt.Length > 0 && IsFileName(alt, image.Url))
            {
                diagnostics.Warning("image-alt-file", file, image.Line, image.Column,
                    $"the alternative text '{alt}' is the image's file name, which tells a screen reader user nothing: write what the image shows, ![like this]({image.Url}) (WCAG 1.1.1).");
            }
        }
    }

    /// <summary>
    /// True when an alternative text is the image's file name: with its extension (<c>berlin-map.png</c>), or without it
    /// where the name is written as a file name, not in words (<c>berlin-map</c>, <c>IMG_2301</c>; not <c>Map</c> for
    /// <c>map.png</c>, which may be what an editor meant).
    /// </summary>
    public static bool IsFileName(string alt, string url)
    {
        var path = url.Split('?', '#')[0].TrimEnd('/');
        var name = Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
        if (name.Length == 0)
        {
            return false;
        }

        if (string.Equals(alt, name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var stem = Path.GetFileNameWithoutExtension(name);
        return string.Equals(alt, stem, StringComparison.OrdinalIgnoreCase) && !alt.Contains(' ', StringComparison.Ordinal)
            && alt.Any(c => c is '-' or '_' or '.' || char.IsDigit(c));
    }
}

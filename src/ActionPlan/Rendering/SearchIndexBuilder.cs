using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ActionPlan.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ActionPlan.Rendering;

/// <summary>
/// Makes each language's search index: for every written page its title, summary, address and the distinct
/// lower-cased words of its text. The search page's script stems both the words and the query, so the index
/// stays small and the stemming lives in one place.
/// </summary>
public static class SearchIndexBuilder
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The plain path of a language's index, before fingerprinting.</summary>
    public static string PathFor(Page home) => $"{home.UrlPath}search/index.json";

    /// <summary>The index of a language's pages as JSON.</summary>
    public static string Build(Site site, string languageCode)
    {
        var entries = site.Pages
            .Where(p => p.Language.Code == languageCode)
            .AsParallel().AsOrdered()
            .Select(p => new Dictionary<string, string>
            {
                ["t"] = p.Title,
                ["s"] = p.FrontMatter.Summary ?? "",
                ["u"] = SiteUrls.Href(site.Config.BasePath, p.UrlPath),
                ["w"] = string.Join(' ', Words(p)),
            })
            .ToList();
        return JsonSerializer.Serialize(entries, Options);
    }

    private static IEnumerable<string> Words(Page page)
    {
        var text = new StringBuilder();
        foreach (var node in page.Markdown.Document.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal:
                    text.Append(literal.Content).Append(' ');
                    break;
                case CodeInline code:
                    text.Append(code.Content).Append(' ');
                    break;
                case ParagraphBlock or HeadingBlock:
                    text.Append(' ');
                    break;
            }
        }

        if (page.FrontMatter.Facts is Domain.FocusAreaFacts area)
        {
            foreach (var goal in area.Goals)
            {
                text.Append(goal.Text).Append(' ').AppendJoin(' ', goal.Assessments.Select(a => a.Reason)).Append(' ');
            }
        }

        return Tokens(text.ToString().ToLower(page.Language.Culture)).Order(StringComparer.Ordinal);
    }

    // The text is lower-cased whole, once: a call into the culture's casing per letter cost more than the rest together.
    private static HashSet<string> Tokens(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0 && i - start >= 2)
            {
                words.Add(text[start..i]);
            }

            start = -1;
        }

        return words;
    }
}

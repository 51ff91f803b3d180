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
        var entries = site.Written
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
        var words = new HashSet<string>(StringComparer.Ordinal);
        var culture = page.Language.Culture;
        foreach (var node in page.Markdown.Document.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal:
                    AddWords(literal.Content.AsSpan(), culture, words);
                    break;
                case CodeInline code:
                    AddWords(code.Content, culture, words);
                    break;
            }
        }

        if (page.FrontMatter.Facts is Domain.FocusAreaFacts area)
        {
            foreach (var goal in area.Goals)
            {
                AddWords(goal.Text, culture, words);
                foreach (var assessment in goal.Assessments)
                {
                    AddWords(assessment.Reason, culture, words);
                }
            }
        }

        return words.Order(StringComparer.Ordinal);
    }

    // Words of two letters or digits or more, lower-cased in the page's culture; a word becomes a string only the
    // first time it is seen on the page.
    private static void AddWords(ReadOnlySpan<char> text, System.Globalization.CultureInfo culture, HashSet<string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[128];
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
                var word = text[start..i];
                var lower = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
                word.ToLower(lower, culture);
                lookup.Add(lower);
            }

            start = -1;
        }
    }
}

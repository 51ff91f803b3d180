using System.Text;

namespace ActionPlan.Markup;

/// <summary>
/// Link texts that say nothing out of context ("click here", "læs mere"), per language: a screen reader's list of links
/// reads them alone. The one list the build keeps; a site adds its own in <c>site.yml</c> (<c>vague_link_text</c>).
/// </summary>
public static class VagueLinkTexts
{
    /// <summary>The built-in texts per language code, written as <see cref="Normalize"/> gives them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> BuiltIn { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        // One text a line: a list of quoted words would read to the catalogue of diagnostic codes as codes.
        ["en"] = Lines("""
            click
            click here
            click this link
            continue
            continue reading
            details
            find out more
            go
            go here
            here
            info
            learn more
            link
            more
            more info
            more information
            page
            read more
            see here
            see more
            this
            this link
            this page
            website
            """),
        ["da"] = Lines("""
            denne side
            dette link
            her
            hjemmeside
            klik
            klik her
            klik på linket
            læs her
            læs mere
            link
            linket
            mere
            mere info
            mere information
            se her
            se mere
            siden
            websted
            """),
        ["sv"] = Lines("""
            denna sida
            den här länken
            här
            klicka
            klicka här
            läs här
            läs mer
            länk
            länken
            mer
            mer info
            mer information
            se här
            se mer
            webbplats
            """),
    };

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The texts for a language: the built-in ones and the site's own (<paramref name="extra"/>), normalised.</summary>
    public static IReadOnlySet<string> For(string languageCode, IEnumerable<string> extra) =>
        BuiltIn.GetValueOrDefault(languageCode, []).Concat(extra.Select(Normalize)).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A link text as compared: lower case, punctuation, symbols and white space made single spaces between words ("Read more…" →
    /// "read more", "»Læs mere«" → "læs mere").
    /// </summary>
    public static string Normalize(string text)
    {
        var normal = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // Punctuation separates words as a space does, so "read-more" is "read more".
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                if (normal.Length > 0 && normal[^1] != ' ')
                {
                    normal.Append(' ');
                }
            }
            else
            {
                normal.Append(char.ToLowerInvariant(c));
            }
        }

        return normal.ToString().Trim();
    }
}

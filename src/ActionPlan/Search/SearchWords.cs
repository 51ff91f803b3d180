using System.Globalization;
using System.Text;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace ActionPlan.Search;

/// <summary>
/// How text becomes search terms, the same for the index and (through the index's word list) for the query: words
/// of letters or digits, lower-cased in the language, each reduced to its Snowball stem (Danish or English, Danish
/// 'aa' written 'å' for the stemmer), so "hjemløse", "hjemløses" and "hjemløshed" meet; word and stem are then
/// folded (<see cref="SearchFolding"/>) and kept when two characters or more.
/// </summary>
public static class SearchWords
{
    // Snowball programs keep state between calls: one per thread and language.
    [ThreadStatic]
    private static Dictionary<string, SnowballProgram?>? _stemmers;

    // The words each thread has stemmed, by language.
    [ThreadStatic]
    private static Dictionary<string, Dictionary<string, (string, string)>>? _known;

    /// <summary>Takes one word of a text, as a span of the normalised text.</summary>
    public delegate void WordAction(ReadOnlySpan<char> word);

    /// <summary>The normalised words of a text, in order, with repeats.</summary>
    public static IEnumerable<string> Words(string text, CultureInfo culture)
    {
        var words = new List<string>();
        ForEachWord(text.AsSpan(), culture, word => words.Add(word.ToString()));
        return words;
    }

    /// <summary>The folded words of a text, in order, with repeats: what the search page's script makes of a query.</summary>
    public static IReadOnlyList<string> FoldedWords(string text, CultureInfo culture) =>
        Words(text, culture).Select(w => SearchFolding.Fold(w)).Where(w => w.Length >= 2).ToList();

    /// <summary>Hands each normalised word of a text to <paramref name="action"/>, without making a string of it.</summary>
    public static void ForEachWord(ReadOnlySpan<char> text, CultureInfo culture, WordAction action)
    {
        // Lower-cased into a pooled buffer.
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 16));
        try
        {
            var lower = buffer.AsSpan(0, text.Length);
            ToLower(text, lower, culture);
            if (IsDanish(culture))
            {
                lower = lower[..FoldDoubleA(lower)];
            }

            var start = -1;
            for (var i = 0; i <= lower.Length; i++)
            {
                if (i < lower.Length && char.IsLetterOrDigit(lower[i]))
                {
                    start = start < 0 ? i : start;
                    continue;
                }

                if (start >= 0 && i - start >= 2)
                {
                    action(lower[start..i]);
                }

                start = -1;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Lower-cases a text in a culture, as <see cref="MemoryExtensions.ToLower"/> does: the letters of ASCII and
    /// Latin-1 here (a culture that lower-cases 'I' to 'i' maps them all alike), any other run of characters
    /// through the culture's casing, which goes through ICU at a cost per character.
    /// </summary>
    public static void ToLower(ReadOnlySpan<char> text, Span<char> into, CultureInfo culture)
    {
        if (culture.TextInfo.ToLower('I') != 'i')
        {
            text.ToLower(into, culture);
            return;
        }

        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (c > 'ÿ')
            {
                var end = i + 1;
                while (end < text.Length && text[end] > 'ÿ')
                {
                    end++;
                }

                text[i..end].ToLower(into[i..end], culture);
                i = end;
                continue;
            }

            // A-Z and À-Þ but for the multiplication sign lower-case 32 code points on.
            into[i++] = c is (>= 'A' and <= 'Z') or (>= 'À' and <= 'Þ' and not '×') ? (char)(c + 32) : c;
        }
    }

    /// <summary>Writes Danish 'aa' as 'å' in place; returns the new length.</summary>
    private static int FoldDoubleA(Span<char> text)
    {
        var written = 0;
        for (var read = 0; read < text.Length; read++)
        {
            if (text[read] == 'a' && read + 1 < text.Length && text[read + 1] == 'a')
            {
                text[written++] = 'å';
                read++;
            }
            else
            {
                text[written++] = text[read];
            }
        }

        return written;
    }

    /// <summary>A word of the site and its stem, both folded, each word stemmed once per thread and language.</summary>
    public static (string Word, string Stem) WordAndStem(ReadOnlySpan<char> word, CultureInfo culture)
    {
        _known ??= new Dictionary<string, Dictionary<string, (string, string)>>(StringComparer.Ordinal);
        var language = culture.TwoLetterISOLanguageName;
        if (!_known.TryGetValue(language, out var known))
        {
            known = _known[language] = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        }

        if (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var folded))
        {
            return folded;
        }

        var written = word.ToString();
        folded = (SearchFolding.Fold(written), SearchFolding.Fold(Stem(written, culture)));
        known[written] = folded;
        return folded;
    }

    /// <summary>The stem of a normalised word in a language; a language without a stemmer keeps the word.</summary>
    public static string Stem(string word, CultureInfo culture)
    {
        _stemmers ??= new Dictionary<string, SnowballProgram?>(StringComparer.Ordinal);
        var language = culture.TwoLetterISOLanguageName;
        if (!_stemmers.TryGetValue(language, out var stemmer))
        {
            stemmer = _stemmers[language] = language switch
            {
                "da" => new DanishStemmer(),
                "en" => new EnglishStemmer(),
                _ => null,
            };
        }

        if (stemmer is null || word.Any(char.IsDigit))
        {
            return word;
        }

        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    /// <summary>The key of the index shard that holds a word or a stem: its first two characters.</summary>
    public static string ShardKey(string word) => word.Length <= 2 ? word : word[..2];

    /// <summary>A shard key as a file name: its UTF-16 code units in hex (keys may hold any letter).</summary>
    public static string ShardName(string key)
    {
        var name = new StringBuilder(key.Length * 4);
        foreach (var c in key)
        {
            name.Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }

        return name.ToString();
    }

    private static bool IsDanish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "da";
}

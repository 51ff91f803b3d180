using System.Globalization;
using System.Text;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace ActionPlan.Search;

/// <summary>
/// How text becomes search terms, the same for the index and (through the index's word list) for the query: words
/// of two letters or digits or more, lower-cased in the language, Danish 'aa' written 'å', each reduced to its
/// Snowball stem (Danish or English), so "hjemløse", "hjemløses" and "hjemløshed" meet.
/// </summary>
public static class SearchWords
{
    // Snowball programs keep state between calls: one per thread and language.
    [ThreadStatic]
    private static Dictionary<string, SnowballProgram?>? _stemmers;

    /// <summary>The normalised words of a text, in order, with repeats.</summary>
    public static IEnumerable<string> Words(string text, CultureInfo culture)
    {
        var lower = text.ToLower(culture);
        if (IsDanish(culture))
        {
            lower = lower.Replace("aa", "å", StringComparison.Ordinal);
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
                yield return lower[start..i];
            }

            start = -1;
        }
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

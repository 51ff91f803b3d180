using System.Collections.Concurrent;
using WeCantSpell.Hunspell;

namespace ActionPlan.Writing;

/// <summary>A Hunspell dictionary (its .aff and .dic), loaded once and then asked from any thread.</summary>
public sealed class SpellingDictionary : ISpellingDictionary
{
    // Generous limits: a check cut short by the clock would differ from run to run.
    private static readonly QueryOptions Options = new()
    {
        TimeLimitCompoundCheck = TimeSpan.FromSeconds(10),
    };

    private readonly WordList _words;
    private readonly string _letters;

    // A word is asked about once per build however often the site writes it.
    private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, int), string[]> _suggested = new();

    private SpellingDictionary(string name, WordList words, string letters)
    {
        Name = name;
        _words = words;
        _letters = letters;
    }

    /// <summary>The dictionary's name (<c>da_DK</c>).</summary>
    public string Name { get; }

    /// <summary>Loads the dictionary named <paramref name="name"/> from <paramref name="folder"/>; null when its files are not there.</summary>
    public static SpellingDictionary? Load(string folder, string name)
    {
        var dic = Path.Combine(folder, name + ".dic");
        var aff = Path.Combine(folder, name + ".aff");
        if (!File.Exists(dic) || !File.Exists(aff))
        {
            return null;
        }

        // The affix file's TRY line lists the language's letters, commonest first: the letters a typo is made of.
        var tried = File.ReadLines(aff).FirstOrDefault(l => l.StartsWith("TRY ", StringComparison.Ordinal))?[4..] ?? "";
        var letters = new string([.. (tried + "abcdefghijklmnopqrstuvwxyz").Where(c => char.IsLower(c) || c is '\'' or '-').Distinct()]);
        return new SpellingDictionary(name, WordList.CreateFromFiles(dic, aff), letters);
    }

    /// <summary>True when the dictionary knows the word (with its affixes and, in Danish, as a compound).</summary>
    public bool Knows(string word) => _known.GetOrAdd(word, w => _words.Check(w, Options));

    /// <summary>
    /// Up to <paramref name="max"/> known words one typo away from an unknown word, best first: a letter too many, two
    /// letters swapped, one letter wrong, one letter missing, each from the word's start. Not Hunspell's own suggestions:
    /// on Danish compounds those take from seconds to minutes and are cut off by the clock, so they would differ from
    /// machine to machine; these are the same everywhere and cost one check per candidate.
    /// </summary>
    public IReadOnlyList<string> Suggest(string word, int max) =>
        _suggested.GetOrAdd((word, max), key => [.. Typos(key.Item1).Distinct(StringComparer.Ordinal).Where(c => c.Length > 0 && c != key.Item1 && Knows(c)).Take(key.Item2)]);

    private IEnumerable<string> Typos(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
        }

        for (var i = 0; i + 1 < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), [word[i + 1], word[i]], word.AsSpan(i + 2));
        }

        for (var i = 0; i < word.Length; i++)
        {
            foreach (var letter in _letters)
            {
                yield return string.Concat(word.AsSpan(0, i), [letter], word.AsSpan(i + 1));
            }
        }

        for (var i = 0; i <= word.Length; i++)
        {
            foreach (var letter in _letters)
            {
                yield return word.Insert(i, letter.ToString());
            }
        }
    }
}

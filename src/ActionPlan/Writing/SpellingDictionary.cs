using WeCantSpell.Hunspell;

namespace ActionPlan.Writing;

/// <summary>A Hunspell dictionary (its .aff and .dic), loaded once and then asked from any thread.</summary>
public sealed class SpellingDictionary
{
    // Generous limits: suggestions cut short by the clock would differ from run to run, and they are asked only for the few unknown words.
    private static readonly QueryOptions Options = new()
    {
        TimeLimitSuggestGlobal = TimeSpan.FromSeconds(5),
        TimeLimitSuggestStep = TimeSpan.FromSeconds(1),
        TimeLimitCompoundCheck = TimeSpan.FromSeconds(1),
        TimeLimitCompoundSuggest = TimeSpan.FromSeconds(1),
    };

    private readonly WordList _words;

    private SpellingDictionary(string name, WordList words)
    {
        Name = name;
        _words = words;
    }

    /// <summary>The dictionary's name (<c>da_DK</c>).</summary>
    public string Name { get; }

    /// <summary>Loads the dictionary named <paramref name="name"/> from <paramref name="folder"/>; null when its files are not there.</summary>
    public static SpellingDictionary? Load(string folder, string name)
    {
        var dic = Path.Combine(folder, name + ".dic");
        var aff = Path.Combine(folder, name + ".aff");
        return File.Exists(dic) && File.Exists(aff) ? new SpellingDictionary(name, WordList.CreateFromFiles(dic, aff)) : null;
    }

    /// <summary>True when the dictionary knows the word (with its affixes and, in Danish, as a compound).</summary>
    public bool Knows(string word) => _words.Check(word, Options);

    /// <summary>Up to <paramref name="max"/> of the dictionary's suggestions for an unknown word, best first.</summary>
    public IReadOnlyList<string> Suggest(string word, int max) => [.. _words.Suggest(word, Options).Take(max)];
}

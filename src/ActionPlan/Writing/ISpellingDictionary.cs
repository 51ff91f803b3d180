namespace ActionPlan.Writing;

/// <summary>What the spelling check asks of a dictionary: a loaded one (<see cref="SpellingDictionary"/>), or its answers kept from earlier builds (<see cref="Caching.WordAnswers"/>).</summary>
public interface ISpellingDictionary
{
    /// <summary>The dictionary's name (<c>da_DK</c>).</summary>
    string Name { get; }

    /// <summary>True when the dictionary knows the word.</summary>
    bool Knows(string word);

    /// <summary>Up to <paramref name="max"/> known words one typo away from an unknown word, best first.</summary>
    IReadOnlyList<string> Suggest(string word, int max);
}

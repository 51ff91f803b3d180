namespace ActionPlan.Search;

/// <summary>
/// Splits a Danish compound into words the index knows, so that "misbrugsbehandling" meets pages that say "misbrug"
/// and "behandling", and a page that says "stofmisbrugsbehandling" is found by "behandling". The longest known first
/// part is tried first, then the rest, allowing a linking 's' or 'e' between parts (misbrug-s-behandling); every part
/// has at least <see cref="MinPart"/> letters. The same rule, written once more in
/// <c>themes/default/static/assets/search-words.js</c>, splits the query; both are held to the cases in
/// <c>tests/ActionPlan.Tests/Specs/search-words.json</c>.
/// </summary>
public static class CompoundSplitter
{
    /// <summary>The fewest letters a part has (3: "hus", "liv").</summary>
    public const int MinPart = 3;

    /// <summary>True for a language whose words are split into their parts: Danish.</summary>
    public static bool Splits(System.Globalization.CultureInfo culture) => culture.TwoLetterISOLanguageName == "da";

    /// <summary>The parts of a folded word made of two or more known words, or null when it is not such a compound.</summary>
    /// <param name="word">A folded word.</param>
    /// <param name="known">True for a folded word or stem the index holds.</param>
    public static IReadOnlyList<string>? Split(string word, Func<string, bool> known)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(known);
        if (word.Length < 2 * MinPart || word.Any(char.IsDigit))
        {
            return null;
        }

        // Positions from which the rest could not be split: each is tried once.
        var dead = new bool[word.Length + 1];
        return Parts(word, 0, word.Length - MinPart, known, dead);
    }

    // The parts of word[start..], the first ending at most at 'last'; null if there are none.
    private static List<string>? Parts(string word, int start, int last, Func<string, bool> known, bool[] dead)
    {
        if (dead[start])
        {
            return null;
        }

        for (var end = last; end >= start + MinPart; end--)
        {
            var head = word[start..end];
            if (!known(head))
            {
                continue;
            }

            if (end == word.Length)
            {
                return [head];
            }

            var rest = Parts(word, end, word.Length, known, dead);
            if (rest is null && word[end] is 's' or 'e' && end + 1 < word.Length)
            {
                rest = Parts(word, end + 1, word.Length, known, dead);
            }

            if (rest is not null)
            {
                rest.Insert(0, head);
                return rest;
            }
        }

        dead[start] = true;
        return null;
    }
}

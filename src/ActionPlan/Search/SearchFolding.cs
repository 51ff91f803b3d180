using System.Globalization;
using System.Text;

namespace ActionPlan.Search;

/// <summary>
/// How a lower-cased word is spelled in the index and in a query, so that a reader without Danish letters finds
/// Danish words: æ, ø and å are spelled ae, oe and aa, other letters lose their diacritics (é → e), ß is ss, and then
/// the digraphs ae, oe and aa keep only their first letter (until none is left), so "hjemløs", "hjemloes" and "hjemlos" all become
/// "hjemlos". The same rule, written once more in <c>themes/default/static/assets/search-words.js</c>, folds the
/// query; both are held to the cases in <c>tests/ActionPlan.Tests/Specs/search-words.json</c>.
/// </summary>
public static class SearchFolding
{
    /// <summary>The folded spelling of a lower-cased word.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        var spelled = new StringBuilder(word.Length + 4);
        foreach (var rune in word.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case 'æ':
                    spelled.Append("ae");
                    break;
                case 'ø':
                    spelled.Append("oe");
                    break;
                case 'å':
                    spelled.Append("aa");
                    break;
                case 'ß':
                    spelled.Append("ss");
                    break;
                case < 0x80:
                    spelled.Append((char)rune.Value);
                    break;
                default:
                    // Canonical decomposition, marks dropped: é is e and a combining acute, and the acute goes.
                    foreach (var c in rune.ToString().Normalize(NormalizationForm.FormD))
                    {
                        if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
                        {
                            spelled.Append(c);
                        }
                    }

                    break;
            }
        }

        // Left to right, pairs not overlapping, as a global regular expression replaces them in the browser; again
        // until none is left, so that a folded word folds to itself ("aaa", "aa", "a") and a suggested word is found.
        var folded = spelled.ToString();
        while (HasDigraph(folded))
        {
            var once = new StringBuilder(folded.Length);
            for (var i = 0; i < folded.Length; i++)
            {
                once.Append(folded[i]);
                if (i + 1 < folded.Length && IsDigraph(folded[i], folded[i + 1]))
                {
                    i++;
                }
            }

            folded = once.ToString();
        }

        return folded;
    }

    private static bool HasDigraph(string word)
    {
        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (IsDigraph(word[i], word[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDigraph(char first, char second) =>
        (first, second) is ('a', 'e') or ('o', 'e') or ('a', 'a');
}

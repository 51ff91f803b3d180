namespace ActionPlan.Writing;

/// <summary>
/// Words a site spells right that a dictionary may not know, in one language: the titles and short titles of its pages,
/// its word list (<c>words.&lt;code&gt;.txt</c>) and a page's own <c>words:</c>. A word listed in lower case is known in
/// any case; one listed with capitals only as written.
/// </summary>
public sealed class KnownWords
{
    private readonly HashSet<string> _words;

    /// <summary>A set of known words, each split from the texts given (so a title gives each of its words).</summary>
    public KnownWords(IEnumerable<string> texts, string language)
    {
        _words = new HashSet<string>(texts.SelectMany(t => ProseReader.Words(t, language)).Select(w => Normal(w.Text)), StringComparer.Ordinal);
    }

    /// <summary>How many words are known.</summary>
    public int Count => _words.Count;

    /// <summary>True when the word, or its form without a possessive or genitive ending ('s, s), is known.</summary>
    public bool Contains(string word)
    {
        word = Normal(word);
        foreach (var form in Forms(word))
        {
            if (_words.Contains(form) || _words.Contains(form.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Forms(string word)
    {
        yield return word;
        if (word.EndsWith("'s", StringComparison.Ordinal) && word.Length > 2)
        {
            yield return word[..^2];
        }
        else if (word.EndsWith('s') && word.Length > 2)
        {
            yield return word[..^1];
        }
    }

    /// <summary>The form words are compared in: one apostrophe, no soft hyphens.</summary>
    public static string Normal(string word) => word.Replace('\u2019', '\'').Replace("\u00AD", "", StringComparison.Ordinal);
}

using System.Globalization;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ActionPlan.Markup;

/// <summary>
/// A body's text as the search index reads it (its text and code, each piece followed by a space): its words as
/// <see cref="Search.SearchWords.ForEachWord"/> gives them, each once with how often it occurs, in the order they first
/// occur; and its start, enough of it for the page's excerpt (<see cref="Search.SearchIndexBuilder.ExcerptSource"/>).
/// Kept instead of the text, which is as long as the body; the words are one string, not one each, so that the
/// results of thousands of pages load and save as a few objects a page.
/// </summary>
/// <param name="Words">Each word once, followed by a line break (a word has none), in the order of its first occurrence.</param>
/// <param name="Counts">How often each word occurs, in the same order.</param>
/// <param name="Start">The text from its beginning: all of it, or enough that the excerpt ends within it.</param>
public sealed record BodySearchText(string Words, IReadOnlyList<int> Counts, string Start)
{
    /// <summary>No text.</summary>
    public static BodySearchText None { get; } = new("", [], "");

    /// <summary>Is handed a word and how often it occurs.</summary>
    public delegate void WordCount(ReadOnlySpan<char> word, int count);

    /// <summary>Hands each word, with how often it occurs, to <paramref name="action"/>, in the order of their first occurrence.</summary>
    public void ForEachWord(WordCount action)
    {
        var rest = Words.AsSpan();
        foreach (var count in Counts)
        {
            var end = rest.IndexOf('\n');
            action(rest[..end], count);
            rest = rest[(end + 1)..];
        }
    }

    /// <summary>The text of <paramref name="document"/>, a page's in <paramref name="culture"/>.</summary>
    public static BodySearchText Of(MarkdownDocument document, CultureInfo culture)
    {
        var text = new StringBuilder();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan()).Append(' ');
                    break;
                case CodeInline code:
                    text.Append(code.Content).Append(' ');
                    break;
            }
        }

        var all = text.ToString();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new StringBuilder();
        var counts = new List<int>();
        Search.SearchWords.ForEachWord(all, culture, word =>
        {
            ref var at = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(lookup, word, out var known);
            if (!known)
            {
                at = counts.Count;
                counts.Add(0);
                words.Append(word).Append('\n');
            }

            counts[at]++;
        });
        return new BodySearchText(words.ToString(), counts, all[..StartLength(all)]);
    }

    /// <summary>
    /// How much of a text the excerpt may read: up to its (<see cref="Search.SearchIndexBuilder.ExcerptSource"/> + 1)th
    /// character that is not white space, by which the excerpt (white space collapsed) is longer than it may be and ends.
    /// </summary>
    private static int StartLength(string text)
    {
        var seen = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && ++seen > Search.SearchIndexBuilder.ExcerptSource)
            {
                return i + 1;
            }
        }

        return text.Length;
    }
}

using System.Globalization;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ActionPlan.Markup;

/// <summary>
/// A body's text as the search index reads it (its text and code, each piece followed by a space): its words as
/// <see cref="Search.SearchWords.ForEachWord"/> gives them, with how often each occurs, in the order they first occur;
/// and its start, enough of it for the page's excerpt (<see cref="Search.SearchIndexBuilder.ExcerptSource"/>). Kept
/// instead of the text, which is as long as the body; a page's distinct words are far fewer.
/// </summary>
/// <param name="Words">Each word once, with its count, in the order of its first occurrence.</param>
/// <param name="Start">The text from its beginning: all of it, or enough that the excerpt ends within it.</param>
public sealed record BodyText(IReadOnlyList<(string Word, int Count)> Words, string Start)
{
    /// <summary>No text.</summary>
    public static BodyText None { get; } = new([], "");

    /// <summary>The text of <paramref name="document"/>, a page's in <paramref name="culture"/>.</summary>
    public static BodyText Of(MarkdownDocument document, CultureInfo culture)
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
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Search.SearchWords.ForEachWord(all, culture, word =>
        {
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(lookup, word, out var known);
            count++;
            if (!known)
            {
                order.Add(lookup.TryGetValue(word, out var actual, out _) ? actual : word.ToString());
            }
        });
        return new BodyText(order.Select(w => (w, counts[w])).ToList(), all[..StartLength(all)]);
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

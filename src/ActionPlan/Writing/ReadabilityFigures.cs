using System.Globalization;

namespace ActionPlan.Writing;

/// <summary>
/// Readability figures of a text: LIX (words per sentence plus the percentage of words longer than six letters), how many
/// sentences have over <see cref="LongSentence"/> words, and the longest sentence.
/// </summary>
/// <param name="Words">How many words.</param>
/// <param name="Sentences">How many sentences.</param>
/// <param name="LongWords">How many words have more than six letters.</param>
/// <param name="SentencesOverLimit">How many sentences have more than <see cref="LongSentence"/> words.</param>
/// <param name="Longest">The longest sentence (the first of equals), or null without any.</param>
/// <param name="LongestFile">The file the longest sentence is in.</param>
public sealed record ReadabilityFigures(int Words, int Sentences, int LongWords, int SentencesOverLimit, ProseSentence? Longest, string? LongestFile)
{
    /// <summary>The sentence length above which a sentence counts as long (25 words, as plain-language guidance says).</summary>
    public const int LongSentence = 25;

    /// <summary>A word is long above this many letters (LIX's definition).</summary>
    public const int LongWord = 6;

    /// <summary>The figures of nothing.</summary>
    public static ReadabilityFigures None { get; } = new(0, 0, 0, 0, null, null);

    /// <summary>The LIX: words per sentence plus the percentage of long words; 0 without words.</summary>
    public double Lix => Words == 0 || Sentences == 0 ? 0 : (double)Words / Sentences + 100.0 * LongWords / Words;

    /// <summary>The LIX rounded to a whole number, as it is usually given.</summary>
    public int RoundedLix => (int)Math.Round(Lix, MidpointRounding.AwayFromZero);

    /// <summary>The percentage of sentences over <see cref="LongSentence"/> words; 0 without sentences.</summary>
    public double PercentOverLimit => Sentences == 0 ? 0 : 100.0 * SentencesOverLimit / Sentences;

    /// <summary>How many words the longest sentence has.</summary>
    public int LongestWords => Longest?.Words.Count ?? 0;

    /// <summary>The figures of sentences in one file.</summary>
    public static ReadabilityFigures Of(IEnumerable<ProseSentence> sentences, string file)
    {
        var (words, count, longWords, over) = (0, 0, 0, 0);
        ProseSentence? longest = null;
        foreach (var sentence in sentences)
        {
            count++;
            words += sentence.Words.Count;
            longWords += sentence.Words.Count(w => w.Letters > LongWord);
            over += sentence.Words.Count > LongSentence ? 1 : 0;
            if (sentence.Words.Count > (longest?.Words.Count ?? 0))
            {
                longest = sentence;
            }
        }

        return new ReadabilityFigures(words, count, longWords, over, longest, longest is null ? null : file);
    }

    /// <summary>The figures of several texts together (the longest sentence the first longest in the order given).</summary>
    public static ReadabilityFigures Sum(IEnumerable<ReadabilityFigures> parts)
    {
        var total = None;
        foreach (var part in parts)
        {
            var longer = part.LongestWords > total.LongestWords;
            total = new ReadabilityFigures(total.Words + part.Words, total.Sentences + part.Sentences, total.LongWords + part.LongWords,
                total.SentencesOverLimit + part.SentencesOverLimit, longer ? part.Longest : total.Longest, longer ? part.LongestFile : total.LongestFile);
        }

        return total;
    }

    /// <summary>The figures in a line: <c>LIX 42, 1,234 words in 98 sentences, 7 (7.1 %) over 25 words, the longest 31 words (file:line)</c>.</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var longest = Longest is null ? "" : string.Create(c, $", the longest {LongestWords} words ({LongestFile}:{Longest.First.Line})");
        return string.Create(c, $"LIX {RoundedLix}, {Words:N0} words in {Sentences:N0} sentences, {SentencesOverLimit:N0} ({PercentOverLimit:0.0} %) over {LongSentence} words{longest}");
    }
}

using ActionPlan.Writing;

namespace ActionPlan.Tests.Writing;

public sealed class ReadabilityFiguresTests
{
    [Fact]
    public void Lix_is_words_per_sentence_plus_the_percentage_of_words_over_six_letters()
    {
        // Given two sentences checked by hand: 6 short words, then 3 long ones (14, 9 and 15 letters)
        const string text = "The cat sat on the mat. Municipalities cooperate internationally.";
        Assert.Equal(9, ProseReader.Words(text, "en").Count);

        // When measured
        var figures = ReadabilityFigures.Of(Sentences(text), "a.md");

        // Then 9 words / 2 sentences + 100 × 3 / 9 = 4.5 + 33.3 = 37.8
        Assert.Equal((9, 2, 3, 0), (figures.Words, figures.Sentences, figures.LongWords, figures.SentencesOverLimit));
        Assert.Equal(37.83, figures.Lix, 2);
        Assert.Equal(38, figures.RoundedLix);
        Assert.Equal(6, figures.LongestWords);
    }

    [Fact]
    public void A_sentence_of_26_words_is_over_the_limit_and_the_longest_and_abbreviations_initials_and_ordinals_end_none()
    {
        var sentences = Sentences(
            "Short one. Word " + string.Join(' ', Enumerable.Repeat("word", 24)) + " end. " +
            "It met e.g. J. Smith on 3 March, i.e. in spring. Den 1. januar kom f.eks. borgmesteren.");

        var figures = ReadabilityFigures.Of(sentences, "a.md");

        Assert.Equal([2, 26, 11, 6], sentences.Select(s => s.Words.Count));
        Assert.Equal(1, figures.SentencesOverLimit);
        Assert.Equal(26, figures.LongestWords);
        Assert.Equal(25.0, figures.PercentOverLimit);
    }

    [Fact]
    public void Languages_together_sum_their_pages_and_keep_the_first_longest_sentence()
    {
        var a = ReadabilityFigures.Of(Sentences("One two three. Four five."), "a.md");
        var b = ReadabilityFigures.Of(Sentences("Six seven eight nine. Ten."), "b.md");

        var total = ReadabilityFigures.Sum([a, b]);

        Assert.Equal((10, 4), (total.Words, total.Sentences));
        Assert.Equal(("b.md", 4), (total.LongestFile, total.LongestWords));
        Assert.Equal(0, ReadabilityFigures.None.Lix);
    }

    private static IReadOnlyList<ProseSentence> Sentences(string text)
    {
        var body = text;
        var source = ActionPlan.Loading.FrontMatterReader.Read(new ActionPlan.Loading.SourceFile("content/a.en.md", "", "a", ActionPlan.Tests.Support.SiteLanguages.Of("en"), "---\ntitle: A\n---\n" + body), new ActionPlan.Diagnostics.DiagnosticBag());
        return ProseReader.Read(source, ActionPlan.Markup.MarkupParser.Parse(source.Body, source.BodyLine), "en").Sentences;
    }
}

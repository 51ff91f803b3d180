namespace ActionPlan.Writing;

/// <summary>A sentence of a page's prose: its words in order (never empty), and the language most of them are written in.</summary>
public sealed record ProseSentence(IReadOnlyList<ProseWord> Words, string Language)
{
    /// <summary>The first word, where the sentence starts.</summary>
    public ProseWord First => Words[0];

    /// <summary>The apostrophes and quotation marks written in the sentence, in order.</summary>
    public IReadOnlyList<ProseMark> Marks { get; init; } = [];

    /// <summary>The sentence's words joined by spaces, for messages.</summary>
    public string Text => string.Join(' ', Words.Select(w => w.Text));
}

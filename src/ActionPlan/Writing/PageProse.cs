namespace ActionPlan.Writing;

/// <summary>The prose of one page: its sentences in reading order (summary first, then the body), in its file.</summary>
/// <param name="File">The page's file, relative to the site folder.</param>
/// <param name="Language">The code of the page's language.</param>
/// <param name="Sentences">Every sentence, with the language each is written in.</param>
public sealed record PageProse(string File, string Language, IReadOnlyList<ProseSentence> Sentences)
{
    /// <summary>Every word, in reading order.</summary>
    public IEnumerable<ProseWord> Words => Sentences.SelectMany(s => s.Words);
}

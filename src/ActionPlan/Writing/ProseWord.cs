namespace ActionPlan.Writing;

/// <summary>A word of a page's prose, with its file position (one-based) and the code of the language it is written in.</summary>
/// <param name="Text">The word as written (letters and digits, with any '-', '.' or apostrophe inside it).</param>
/// <param name="Line">The file line.</param>
/// <param name="Column">The file column of its first letter.</param>
/// <param name="Language">The language's code: the page's, or the one its text is marked with (<c>{lang=da}</c>).</param>
public sealed record ProseWord(string Text, int Line, int Column, string Language)
{
    /// <summary>How many letters and digits the word has (what LIX counts as its length).</summary>
    public int Letters => Text.Count(char.IsLetterOrDigit);
}

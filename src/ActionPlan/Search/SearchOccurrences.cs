namespace ActionPlan.Search;

/// <summary>
/// Where and how often a word occurs on a page. A type of this assembly rather than a tuple, so the dictionaries
/// over it are compiled ahead of time with the tool instead of by the JIT at run time.
/// </summary>
/// <param name="InTitle">True when the title has it.</param>
/// <param name="InSummary">True when the summary has it.</param>
/// <param name="Count">How often the page has it in all.</param>
public readonly record struct SearchOccurrences(bool InTitle, bool InSummary, int Count)
{
    /// <summary>The search weight: +100 in the title, +20 in the summary, +1 per occurrence up to 19.</summary>
    public int Weight => (InTitle ? 100 : 0) + (InSummary ? 20 : 0) + Math.Min(Count, 19);

    /// <summary>These occurrences and <paramref name="more"/> together.</summary>
    public SearchOccurrences With(SearchOccurrences more) =>
        new(InTitle || more.InTitle, InSummary || more.InSummary, Count + more.Count);
}

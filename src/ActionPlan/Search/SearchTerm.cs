namespace ActionPlan.Search;

/// <summary>A folded word of a page, its folded stem, and where and how often the page has it.</summary>
/// <param name="Word">The folded word.</param>
/// <param name="Stem">Its folded stem.</param>
/// <param name="Occurrences">Where and how often the page has it.</param>
public readonly record struct SearchTerm(string Word, string Stem, SearchOccurrences Occurrences);

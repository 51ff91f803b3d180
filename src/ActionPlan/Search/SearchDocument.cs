namespace ActionPlan.Search;

/// <summary>One page as the search sees it.</summary>
/// <param name="Href">Its root-relative address.</param>
/// <param name="Title">Its title.</param>
/// <param name="Summary">Its summary ('' for none).</param>
/// <param name="Words">Its distinct words with their stems.</param>
/// <param name="Weights">Each of its stems with its weight: +100 in the title, +20 in the summary, +1 per occurrence up to 19.</param>
public sealed record SearchDocument(string Href, string Title, string Summary, IReadOnlyList<(string Word, string Stem)> Words, IReadOnlyList<(string Stem, int Weight)> Weights);

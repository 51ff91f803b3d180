namespace ActionPlan.Search;

/// <summary>One page as the search sees it.</summary>
/// <param name="Href">Its root-relative address.</param>
/// <param name="Title">Its title.</param>
/// <param name="Summary">Its summary ('' for none).</param>
/// <param name="Kind">What it is, in its language ("Focus area", "Status report").</param>
/// <param name="Date">Its date as its language writes it ('' for none).</param>
/// <param name="DateTime">The same date as a machine-readable <c>&lt;time&gt;</c> value ('' for none).</param>
/// <param name="Text">The start of its text, whitespace collapsed, for excerpts (at most <see cref="SearchIndexBuilder.ExcerptSource"/> characters).</param>
/// <param name="Terms">Its distinct folded words, each with its folded stem and where and how often it occurs.</param>
public sealed record SearchDocument(string Href, string Title, string Summary, string Kind, string Date, string DateTime, string Text, IReadOnlyList<SearchTerm> Terms);

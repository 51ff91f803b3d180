namespace ActionPlan.Search;

/// <summary>One page as the search sees it.</summary>
/// <param name="Href">Its root-relative address.</param>
/// <param name="Title">Its title.</param>
/// <param name="Summary">Its summary ('' for none).</param>
/// <param name="Text">The rest of its searchable text.</param>
public sealed record SearchDocument(string Href, string Title, string Summary, string Text);

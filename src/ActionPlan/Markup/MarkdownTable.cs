namespace ActionPlan.Markup;

/// <summary>A table in a page's Markdown, with its file position (one-based) and what its header row holds.</summary>
/// <param name="Line">The file line of its first row.</param>
/// <param name="Column">The file column of its first row.</param>
/// <param name="HasHeaderRow">True when a row is marked as the header (always in a pipe table; in a grid table, the rows above a <c>+===+</c> line).</param>
/// <param name="HeaderBlank">True when the header row has no text in any cell.</param>
public sealed record MarkdownTable(int Line, int Column, bool HasHeaderRow, bool HeaderBlank);

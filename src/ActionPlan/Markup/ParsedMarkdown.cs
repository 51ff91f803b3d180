using Markdig.Syntax;

namespace ActionPlan.Markup;

/// <summary>A page body parsed once: the syntax tree, its headings and its links.</summary>
public sealed record ParsedMarkdown(MarkdownDocument Document, IReadOnlyList<MarkdownHeading> Headings, IReadOnlyList<MarkdownLink> Links)
{
    /// <summary>Raw HTML tags written in the body (shown as text, never passed through), with their file line and column.</summary>
    public IReadOnlyList<(string Tag, int Line, int Column)> RawHtml { get; init; } = [];
}

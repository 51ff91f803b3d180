using Markdig.Syntax;

namespace ActionPlan.Markup;

/// <summary>A page body parsed once: the syntax tree, its headings and its links.</summary>
public sealed record ParsedMarkdown(MarkdownDocument Document, IReadOnlyList<MarkdownHeading> Headings, IReadOnlyList<MarkdownLink> Links);

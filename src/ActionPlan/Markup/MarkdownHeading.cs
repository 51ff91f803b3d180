namespace ActionPlan.Markup;

/// <summary>A heading with the id its fragment links use, and its file line and column (one-based).</summary>
public sealed record MarkdownHeading(int Level, string Text, string Id, int Line, int Column = 1);

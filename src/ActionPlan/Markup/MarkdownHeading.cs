namespace ActionPlan.Markup;

/// <summary>A heading with the id its fragment links use, and its file line.</summary>
public sealed record MarkdownHeading(int Level, string Text, string Id, int Line);

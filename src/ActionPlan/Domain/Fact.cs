namespace ActionPlan.Domain;

/// <summary>
/// A front matter value that is not prose (a status, date, number, id or reference), which must be the same
/// in every language: its path (<c>goals[2].status</c>), its value as text, and its file line.
/// </summary>
public sealed record Fact(string Path, string Value, int Line);

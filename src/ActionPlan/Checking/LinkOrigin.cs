namespace ActionPlan.Checking;

/// <summary>Where an output page came from: its source file and the file position of each address its body links to.</summary>
/// <param name="SourcePath">The Markdown file, relative to the site folder.</param>
/// <param name="Positions">For each address written in the body, the (line, column) of every link that wrote it.</param>
public sealed record LinkOrigin(string SourcePath, IReadOnlyDictionary<string, IReadOnlyList<(int Line, int Column)>> Positions);

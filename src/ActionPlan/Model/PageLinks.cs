namespace ActionPlan.Model;

/// <summary>A written page's body links with the addresses they are written out as, and a publication's files by language code as output addresses.</summary>
/// <param name="Links">The body's links, resolved.</param>
/// <param name="Files">A publication's files; empty for other kinds.</param>
public sealed record PageLinks(IReadOnlyList<ResolvedLink> Links, IReadOnlyDictionary<string, string> Files);

namespace ActionPlan.Domain;

/// <summary>A tag a page names by its id (<c>tags: [child-poverty]</c>), checked against the tags site.yml declares.</summary>
/// <param name="Id">The id as written.</param>
/// <param name="Line">The file line it was written on.</param>
/// <param name="Column">The file column of the id.</param>
public sealed record TagReference(string Id, int Line, int Column);

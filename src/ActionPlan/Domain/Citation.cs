namespace ActionPlan.Domain;

/// <summary>
/// A source a page or a goal assessment cites: a publication by id, with an optional place in it
/// (<c>{ id: status-2008, at: "annex 1" }</c>), and where it was written.
/// </summary>
/// <param name="Id">The publication's id (its file name).</param>
/// <param name="At">Where in the publication (prose, in the page's language), or null.</param>
/// <param name="Line">The file line.</param>
/// <param name="Column">The file column.</param>
public sealed record Citation(string Id, string? At, int Line, int Column);

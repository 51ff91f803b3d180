namespace ActionPlan.Scaffolding;

/// <summary>What a move changed, each path relative to the site folder, in ordinal order.</summary>
/// <param name="Renamed">Each twin's file, before and after.</param>
/// <param name="Aliases">Each twin's new file and the old address added to its <c>aliases:</c>.</param>
/// <param name="Rewritten">Each other file whose links or references by id were rewritten, with how many of each.</param>
public sealed record PageMoveReport(
    IReadOnlyList<(string From, string To)> Renamed,
    IReadOnlyList<(string File, string Alias)> Aliases,
    IReadOnlyList<(string File, int Links, int References)> Rewritten);

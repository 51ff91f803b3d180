using ActionPlan.Diagnostics;
using ActionPlan.Model;

namespace ActionPlan.Serving;

/// <summary>What the preview's last build left to serve, swapped whole after each build.</summary>
/// <param name="Problems">The last build's errors; none when it succeeded.</param>
/// <param name="Build">The build served meanwhile (the newest good one, or the pages as last built).</param>
/// <param name="BasePath">The path the pages are served under (from site.yml), ending in '/'.</param>
/// <param name="Site">The last build's model, or null when site.yml or the theme could not be read.</param>
internal sealed record PreviewState(IReadOnlyList<Diagnostic> Problems, ShownBuild Build, string BasePath, Site? Site)
{
    /// <summary>Before the first build: nothing to serve, at the root.</summary>
    public static PreviewState Initial { get; } = new([], ShownBuild.None, "/", null);

    /// <summary>Each page's and language's readability from the last build that measured it (<c>/admin/writing/</c>).</summary>
    public Writing.WritingReport Writing { get; init; } = ActionPlan.Writing.WritingReport.None;

    /// <summary>The terminal's line and the banner's heading: how many errors, and which build is shown from when.</summary>
    public string Summary => $"Build failed with {Problems.Count} error(s). {Build.Sentence}";
}

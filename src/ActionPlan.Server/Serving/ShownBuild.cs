using System.Globalization;
using ActionPlan.Output;

namespace ActionPlan.Serving;

/// <summary>
/// Which build the preview serves while the newest change does not build, and the one sentence that says so, in the
/// terminal and on the page alike.
/// </summary>
/// <param name="Folder">The folder served, or null when there is nothing to serve.</param>
/// <param name="Marker">The good build's marker; null for a build that wrote its pages with errors, or for none.</param>
/// <param name="Where">Where the folder is, as the sentence names it (<c>output/</c>, the preview's own folder).</param>
internal sealed record ShownBuild(string? Folder, BuildMarker? Marker, string Where)
{
    /// <summary>How the sentence names the preview's private folder.</summary>
    public const string OwnFolder = "the preview's own folder";

    /// <summary>No good build of the site anywhere.</summary>
    public static ShownBuild None { get; } = new(null, null, "");

    /// <summary>The pages a build wrote and then found errors in (broken links): served, as they show the newest change.</summary>
    public static ShownBuild AsBuilt(string folder) => new(folder, null, OwnFolder);

    /// <summary>
    /// The newest good build of <paramref name="siteDirectory"/> among the preview's own folder and the site's output
    /// folder: the one whose marker names this site and is the later; <see cref="None"/> when neither has one.
    /// </summary>
    public static ShownBuild Newest(string siteDirectory, string previewFolder, string siteOutput)
    {
        var site = Path.GetFullPath(siteDirectory);
        var output = Path.GetFullPath(siteOutput);
        var where = IsWithin(output, site) ? Path.GetRelativePath(site, output).Replace(Path.DirectorySeparatorChar, '/') + "/" : output;
        return new[] { new ShownBuild(previewFolder, BuildMarker.Read(previewFolder), OwnFolder), new ShownBuild(output, BuildMarker.Read(output), where) }
            .Where(c => c.Marker?.IsOf(site) == true)
            .OrderByDescending(c => c.Marker!.BuiltAt)
            .FirstOrDefault() ?? None;
    }

    /// <summary>
    /// The sentence, e.g. "Showing the last good build, from 2026-12-06 09:41 UTC (output/)."; the time is the
    /// build's, in UTC, to the minute.
    /// </summary>
    public string Sentence => (Folder, Marker) switch
    {
        (null, _) => "There is no good build of this site to show (none in the preview's own folder or in output/): fix the errors listed and the preview shows the site.",
        (_, null) => "Showing the pages as last built, though that build had errors.",
        (_, { } marker) => $"Showing the last good build, from {marker.BuiltAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC ({Where}).",
    };

    private static bool IsWithin(string path, string folder) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}

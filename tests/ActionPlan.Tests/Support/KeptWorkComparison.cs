using ActionPlan.Build;

namespace ActionPlan.Tests.Support;

/// <summary>
/// A build of a site that keeps its work (<c>.actionplan/build/</c>) beside a build of the same content without it,
/// from a copy of the same previous output: what the two give must be the same, file for file and problem for problem.
/// </summary>
internal static class KeptWorkComparison
{
    /// <summary>The two builds of the site as it is now, and the first output files in which they differ (none when right).</summary>
    public static (BuildResult Kept, BuildResult Fresh, IReadOnlyList<string> Differ) Build(TestSite site)
    {
        // The same content and the same previous output (taken before the build replaces it), without the cache.
        var clean = Scratch.NewFolder();
        var previous = Path.Combine(clean, "output");
        if (Directory.Exists(site.Output))
        {
            CopyFolder(site.Output, previous);
        }

        var record = ActionPlan.Checking.DroppedAddressChecker.RecordOf(site.Output);
        if (File.Exists(record))
        {
            File.Copy(record, ActionPlan.Checking.DroppedAddressChecker.RecordOf(previous));
        }

        var kept = Run(new BuildOptions(site.Root, site.Output));
        var fresh = Run(new BuildOptions(site.Root, previous) { CacheFolder = Path.Combine(clean, "cache") });
        var (a, b) = (Snapshot(site.Output), Snapshot(previous));
        return (kept, fresh, [.. a.Keys.Union(b.Keys).Where(k => a.GetValueOrDefault(k) != b.GetValueOrDefault(k)).Take(5)]);
    }

    /// <summary>A build with the tests' theme and template store, without PDFs.</summary>
    public static BuildResult Run(BuildOptions options) =>
        SiteBuilder.BuildAsync(options with { BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates, PrintPdfs = false },
            TestContext.Current.CancellationToken).GetAwaiter().GetResult();

    /// <summary>Each file below a folder and the hash of its bytes; none when the folder is not there.</summary>
    public static Dictionary<string, string> Snapshot(string folder) => Directory.Exists(folder) ? FolderSnapshot.Of(folder) : [];

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

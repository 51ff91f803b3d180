using ActionPlan.Checking;
using ActionPlan.Diagnostics;
using ActionPlan.Model;
using ActionPlan.Output;
using ActionPlan.Rendering;

namespace ActionPlan.Build;

/// <summary>Chooses a build's sink, once: nowhere for a check, the preview's folder for a preview session, else a staging folder.</summary>
internal static class OutputSinks
{
    /// <summary>The sink for a build, or null (with an error) when the output folder may not be written.</summary>
    public static IOutputSink? For(BuildOptions options, BuildSession? session, string site, string output, DiagnosticBag diagnostics) =>
        options.CheckOnly ? new CheckSink(session?.LinkScans)
        : !IsSafe(site, output, diagnostics) ? null
        : session is not null ? new PreviewSink(session, site, output)
        : new StagingSink(site, output, options.Progress);

    /// <summary>The output folder may not be the site folder, hold it, or lie in its content, static files or themes.</summary>
    private static bool IsSafe(string site, string output, DiagnosticBag diagnostics)
    {
        static bool IsWithin(string path, string folder) =>
            path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

        if (IsWithin(site, output) || IsWithin(output, Path.Combine(site, Loading.ContentScanner.ContentFolder))
            || IsWithin(output, Path.Combine(site, Loading.ContentScanner.StaticFolder)) || IsWithin(output, Path.Combine(site, "themes")))
        {
            diagnostics.Error("output-folder", output, 0, 0, "the output folder may not be the site folder, hold it, or lie inside content/, static/ or themes/; use e.g. output/.");
            return false;
        }

        return true;
    }
}

/// <summary>A check: files are scanned for the link check and written nowhere; its result is the check's.</summary>
internal sealed class CheckSink(LinkScanCache? scans) : IOutputSink
{
    public bool MakesImages => false;

    public bool Prints => false;

    public StagingFolder? PrintsFrom => null;

    public LinkScanCache? Scans => scans;

    public void Write(string outputPath, string text)
    {
    }

    public void Copy(string sourcePath, string outputPath)
    {
    }

    public void WriteAssets(AssetManifest assets)
    {
    }

    public void Check(Site model, IReadOnlySet<string> files, DiagnosticBag diagnostics)
    {
    }

    public BuildResult Finish(Site model, IReadOnlyCollection<string> pages, BuildResult result, DiagnosticBag diagnostics, CancellationToken cancellation) => result;

    public void Dispose()
    {
    }
}

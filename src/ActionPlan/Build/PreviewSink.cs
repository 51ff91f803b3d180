using System.Collections.Concurrent;
using ActionPlan.Checking;
using ActionPlan.Diagnostics;
using ActionPlan.Model;
using ActionPlan.Output;
using ActionPlan.Rendering;

namespace ActionPlan.Build;

/// <summary>
/// A preview's files are held until the whole build has rendered and been checked, then only those that changed are
/// written into the folder it serves, in place, so a save shows at once; a broken link shows as an error on the page.
/// </summary>
internal sealed class PreviewSink(BuildSession session, string site, string output) : IOutputSink
{
    private readonly ConcurrentDictionary<string, string> _held = new(StringComparer.Ordinal);
    private AssetManifest? _assets;

    public bool MakesImages => true;

    public bool Prints => false;

    public StagingFolder? PrintsFrom => null;

    public LinkScanCache? Scans => session.LinkScans;

    public void Write(string outputPath, string text) => _held[outputPath] = text;

    // Copies are written from the asset list at the end, only where they changed.
    public void Copy(string sourcePath, string outputPath)
    {
    }

    public void WriteAssets(AssetManifest assets) => _assets = assets;

    public void Check(Site model, IReadOnlySet<string> files, DiagnosticBag diagnostics)
    {
    }

    public BuildResult Finish(Site model, IReadOnlyCollection<string> pages, BuildResult result, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        // The marker goes first and comes back only with a good build, as the folder is changed in place.
        BuildMarker.Remove(output);
        session.Output.Write(output, _assets!.Texts.Concat(_held).ToDictionary(StringComparer.Ordinal), _assets.Copies);
        if (!diagnostics.HasErrors)
        {
            BuildMarker.Now(site, model.Config.BasePath).Write(output);
        }

        return result with { Published = !diagnostics.HasErrors };
    }

    public void Dispose()
    {
    }
}

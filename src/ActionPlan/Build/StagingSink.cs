using ActionPlan.Checking;
using ActionPlan.Diagnostics;
using ActionPlan.Model;
using ActionPlan.Output;
using ActionPlan.Rendering;

namespace ActionPlan.Build;

/// <summary>
/// A one-off build's files go to a staging folder as they are made, so no page's HTML is kept to the end; it replaces
/// the output only when every check has passed, so the output is never half replaced. The link check's scans are
/// kept beside the output for the next build.
/// </summary>
internal sealed class StagingSink(string site, string output, IProgress<BuildProgress>? progress) : IOutputSink
{
    // Made when the first file comes (from any thread), so a build stopped before it leaves nothing beside the output.
    private readonly Lazy<StagingFolder> _staging = new(() => StagingFolder.Create(output));
    private readonly string _savedScans = StagingFolder.Beside(output, "scans");
    private LinkScanCache? _scans;

    public bool MakesImages => true;

    public bool Prints => true;

    public StagingFolder? PrintsFrom => Staging;

    private StagingFolder Staging => _staging.Value;

    public LinkScanCache? Scans => _scans ??= LinkScanCache.Load(_savedScans);

    public void Write(string outputPath, string text) => Staging.WriteText(outputPath, text);

    /// <inheritdoc/>
    public void Keep(string outputPath, Func<string> text) => Staging.KeepPrevious(outputPath, text);

    public void Copy(string sourcePath, string outputPath) => Staging.Copy(sourcePath, outputPath);

    public void WriteAssets(AssetManifest assets)
    {
        foreach (var (target, text) in assets.Texts)
        {
            Staging.WriteText(target, text);
        }
    }

    public void Check(Site model, IReadOnlySet<string> files, DiagnosticBag diagnostics) =>
        DroppedAddressChecker.Check(DroppedAddressChecker.Read(output), model, files, diagnostics);

    public BuildResult Finish(Site model, IReadOnlyCollection<string> pages, BuildResult result, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        Scans!.Save(_savedScans, pages);
        cancellation.ThrowIfCancellationRequested();
        if (diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.ToSortedList(), 0, 0, 0, Published: false, ConfigurationFailed: false) { BasePath = model.Config.BasePath };
        }

        progress?.Report(new BuildProgress(BuildStage.Publishing));

        // Beside the output, not in it: the output stays byte-identical for the same content, and what is published
        // does not name the folder it was built in. Removed before the swap, so a swap cut short leaves no marker
        // naming an earlier build (or another site) beside this one.
        BuildMarker.Remove(output);
        Staging.Publish();
        DroppedAddressChecker.Write(output, DroppedAddressChecker.AddressesOf(model));
        BuildMarker.Now(site, model.Config.BasePath).Write(output);
        return result with { Published = true, FilesUnchanged = Staging.Unchanged };
    }

    public void Dispose()
    {
        if (_staging.IsValueCreated)
        {
            _staging.Value.Dispose();
        }
    }
}

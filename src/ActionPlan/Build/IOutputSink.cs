using ActionPlan.Checking;
using ActionPlan.Diagnostics;
using ActionPlan.Model;
using ActionPlan.Output;
using ActionPlan.Rendering;

namespace ActionPlan.Build;

/// <summary>
/// Where a build's files go, chosen once per build (<see cref="OutputSinks.For"/>): a staging folder that replaces the
/// output only when the build succeeded, the preview's folder changed in place, or nowhere, for a check. The phases
/// hand every file to the sink and never ask which one it is.
/// </summary>
internal interface IOutputSink : IDisposable
{
    /// <summary>True where images' resized copies are made and cached (not for a check, which writes nothing).</summary>
    bool MakesImages { get; }

    /// <summary>True where the written pages are in a folder of their own, which pages can be printed from (<see cref="PrintsFrom"/>).</summary>
    bool Prints { get; }

    /// <summary>The folder the written pages are printed from, where <see cref="Prints"/>; else null.</summary>
    StagingFolder? PrintsFrom { get; }

    /// <summary>Pages parsed for the link check by an earlier build, kept while their HTML is unchanged; null where none are kept.</summary>
    LinkScanCache? Scans { get; }

    /// <summary>Takes a page or another text file (from any thread).</summary>
    void Write(string outputPath, string text);

    /// <summary>
    /// Takes a page kept as the previous output holds it, its bytes seen to be right as it was recalled: a sink over
    /// that output takes the file as it is, without comparing it again (from any thread).
    /// </summary>
    void Keep(string outputPath, Func<string> text) => Write(outputPath, text());

    /// <summary>Takes a file copied as it is, from <paramref name="sourcePath"/>.</summary>
    void Copy(string sourcePath, string outputPath);

    /// <summary>Takes the files the build wrote itself besides the pages and copies: the theme's and the site's assets as texts.</summary>
    void WriteAssets(AssetManifest assets);

    /// <summary>The checks only this sink's output needs, over every file of the build (a published output: no address it had may vanish).</summary>
    void Check(Site model, IReadOnlySet<string> files, DiagnosticBag diagnostics);

    /// <summary>
    /// Makes the build visible once every file is in and every check has run: swaps the staging folder in, writes the
    /// preview's changed files, or does nothing for a check. <paramref name="pages"/> are the pages' and other rendered
    /// files' paths. Returns the build's result as the sink completes it.
    /// </summary>
    BuildResult Finish(Site model, IReadOnlyCollection<string> pages, BuildResult result, DiagnosticBag diagnostics, CancellationToken cancellation);
}

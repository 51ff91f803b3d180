using ActionPlan.Checking;
using ActionPlan.Model;
using ActionPlan.Output;
using ActionPlan.Rendering;

namespace ActionPlan.Build;

/// <summary>
/// A preview's run of builds of one site into one folder: what makes the next build fast (compiled templates, pages
/// already parsed for the link check) and the in-place output that writes only what changed. Its builds hold their
/// files until every page is rendered and the links are checked, then write what changed in place
/// (<see cref="PreviewSink"/>), showing a broken link as an error on the page.
/// </summary>
public sealed class BuildSession
{
    /// <summary>Compiled templates, kept while the theme is unchanged.</summary>
    public TemplateCache Templates { get; } = new();

    /// <summary>Pages parsed for the link check, kept while their HTML is unchanged.</summary>
    public LinkScanCache LinkScans { get; } = new();

    /// <summary>The output written in place: only files whose bytes changed since the last build.</summary>
    public PreviewOutput Output { get; } = new();

    /// <summary>The readability the last build that got as far as its writing phase found; empty before any did.</summary>
    public Writing.WritingReport LastWriting { get; private set; } = Writing.WritingReport.None;

    /// <summary>Keeps what a build of this session found about the writing, for the preview's writing overview.</summary>
    internal void Measured(Writing.WritingReport writing) => LastWriting = writing;

    private Caching.WritingMemory _writing = new();

    /// <summary>What the writing phase of this session's last build found on each page, for the next build to reuse.</summary>
    internal Caching.WritingMemory NextWriting() => _writing = _writing.Next();

    private Caching.ParseMemory _parses = new();

    /// <summary>What parsing each body gave in this session's last build, for the next build to reuse.</summary>
    internal Caching.ParseMemory NextParses() => _parses = _parses.Next();

    private Caching.FrontMatterMemory _fronts = new();

    /// <summary>What reading each front matter gave in this session's last build, for the next build to reuse.</summary>
    internal Caching.FrontMatterMemory NextFronts() => _fronts = _fronts.Next();

    /// <summary>The model of the last build that got as far as one (content errors and all); null before any did.</summary>
    public Site? LastSite { get; private set; }

    /// <summary>Builds the site as the next build of this session.</summary>
    public Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellation = default) =>
        SiteBuilder.BuildAsync(options, this, cancellation);

    /// <summary>Keeps the model a build of this session made, for what the preview shows beside the site (its admin pages).</summary>
    internal void Modelled(Site site) => LastSite = site;
}

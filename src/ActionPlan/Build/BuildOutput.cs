using System.Collections.Concurrent;
using ActionPlan.Checking;
using ActionPlan.Model;
using ActionPlan.Rendering;

namespace ActionPlan.Build;

/// <summary>
/// The files a build makes, as they are made (from several threads at once): each goes to the sink and, where it is
/// HTML, to the link check, so no page's HTML is kept to the end; the pages are counted for progress.
/// </summary>
internal sealed class BuildOutput(IOutputSink sink, LinkChecker checker, IProgress<BuildProgress>? progress, int total)
{
    private readonly ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);
    private int _pages;

    /// <summary>The link check, fed with every HTML file.</summary>
    public LinkChecker Checker => checker;

    /// <summary>How many pages were rendered (the root's language choice and not-found copy aside).</summary>
    public int Pages => _pages;

    /// <summary>The paths of the rendered files.</summary>
    public IReadOnlyCollection<string> Written => [.. _written.Keys];

    /// <summary>Takes a rendered page or file.</summary>
    public void Write(RenderedFile file)
    {
        if (file.Kept)
        {
            sink.Keep(file.OutputPath, () => file.Text);
        }
        else
        {
            sink.Write(file.OutputPath, file.Text);
        }

        if (file.OutputPath.EndsWith(".html", StringComparison.Ordinal))
        {
            checker.Add(file.OutputPath, () => file.Text, file.Hash);
        }

        _written[file.OutputPath] = true;
    }

    /// <summary>Takes a rendered page, counting it.</summary>
    public void WritePage(RenderedFile file)
    {
        Write(file);
        if (file.OutputPath is not (SiteUrls.LanguageChoice or SiteUrls.NotFound))
        {
            var done = Interlocked.Increment(ref _pages);
            progress?.Report(new BuildProgress(BuildStage.Rendering, done, total));
        }
    }

    /// <summary>Takes a file copied as it is; an HTML one is scanned for the link check like the pages.</summary>
    public void Copy(string sourcePath, string outputPath)
    {
        sink.Copy(sourcePath, outputPath);
        if (outputPath.EndsWith(".html", StringComparison.Ordinal))
        {
            checker.Add(outputPath, () => File.ReadAllText(sourcePath));
        }
    }
}

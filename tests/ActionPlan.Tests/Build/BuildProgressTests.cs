using ActionPlan.Build;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Build;

public sealed class BuildProgressTests
{
    [Fact]
    public async Task A_build_reports_its_stages_in_order_and_counts_pages_parsed_and_rendered_up_to_their_totals()
    {
        // Given a site and a listener that keeps every report
        using var site = TestSite.FromFixture("small");
        var reports = new Recorder();

        // When it is built
        var result = await SiteBuilder.BuildAsync(
            new BuildOptions(site.Root, site.Output) { BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates, Progress = reports }, TestContext.Current.CancellationToken);

        // Then every stage is reported, in pipeline order, and the counted ones reach their totals
        Assert.True(result.Published);
        var stages = reports.All.Select(r => r.Stage).Distinct().ToList();
        // Every stage but printing, which only a site with status_pdf has.
        Assert.Equal(Enum.GetValues<BuildStage>().Where(s => s != BuildStage.Printing), stages);
        Assert.Equal(stages.Order(), stages);
        var sources = Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories).Count();
        var parsed = reports.All.Where(r => r.Stage == BuildStage.Parsing).ToList();
        Assert.Equal(Enumerable.Range(1, sources), parsed.Select(r => r.Done).Order());
        Assert.All(parsed, r => Assert.Equal(sources, r.Total));
        var rendered = reports.All.Where(r => r.Stage == BuildStage.Rendering).ToList();
        Assert.Equal(Enumerable.Range(1, result.Pages), rendered.Select(r => r.Done).Order());
        Assert.All(rendered, r => Assert.Equal(result.Pages, r.Total));
    }

    [Fact]
    public async Task A_failed_build_stops_reporting_where_it_stopped()
    {
        using var site = TestSite.FromFixture("small");
        site.Write("content/projects/broken.en.md", "---\ntitle: Broken\n---\n[x](nowhere.md)\n");
        var reports = new Recorder();

        var result = await SiteBuilder.BuildAsync(
            new BuildOptions(site.Root, site.Output) { BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates, Progress = reports }, TestContext.Current.CancellationToken);

        Assert.False(result.Published);
        Assert.DoesNotContain(reports.All, r => r.Stage is BuildStage.Rendering or BuildStage.Publishing);
    }

    /// <summary>Keeps reports as they come, from any thread (unlike Progress&lt;T&gt;, which posts them later).</summary>
    private sealed class Recorder : IProgress<BuildProgress>
    {
        private readonly List<BuildProgress> _all = [];

        public IReadOnlyList<BuildProgress> All
        {
            get
            {
                lock (_all)
                {
                    return _all.ToList();
                }
            }
        }

        public void Report(BuildProgress value)
        {
            lock (_all)
            {
                _all.Add(value);
            }
        }
    }
}

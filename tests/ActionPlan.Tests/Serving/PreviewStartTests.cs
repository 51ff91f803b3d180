using System.Globalization;
using System.Net;
using ActionPlan.Build;
using ActionPlan.Output;
using ActionPlan.Serving;
using ActionPlan.Tests.Support;
using AngleSharp.Html.Parser;

namespace ActionPlan.Tests.Serving;

/// <summary>
/// A preview started on content that does not build: it serves the newest good build of the site it can find (its own
/// folder or output/), says which and from when in the same words in the terminal and on the page, or says plainly
/// that there is none; the errors on the page link to the editor.
/// </summary>
public sealed class PreviewStartTests : IDisposable
{
    private readonly List<string> _previewFolders = [];

    private const string BrokenEurocities = "---\nkind: page\ntitle: Eurocities\n---\n## Members\n\nSee [gone](gone.md).\n";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Started_on_broken_content_it_serves_the_good_build_in_output_and_says_so_the_same_way_in_the_terminal_and_on_the_page()
    {
        // Given a good build in output/, then a change that does not build
        using var site = TestSite.FromFixture("small");
        Assert.True((await site.BuildAsync()).Published);
        var marker = BuildMarker.Read(site.Output)!;
        site.Write("content/networks/eurocities.en.md", BrokenEurocities);

        // When the preview starts
        var log = new StringWriter();
        await using var server = await StartAsync(site, log);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var response = await http.GetAsync($"{server.Url}en/networks/eurocities/", Cancellation);
        var page = await response.Content.ReadAsStringAsync(Cancellation);

        // Then it serves output/'s page, and the terminal and the page say so in one sentence, with the build's time
        var summary = SummaryLine(log);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("More than 120 cities.", page, StringComparison.Ordinal);
        Assert.Equal(
            $"Build failed with 1 error(s). Showing the last good build, from {marker.BuiltAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC (output/).",
            summary);
        Assert.Contains(WebUtility.HtmlEncode(summary), page, StringComparison.Ordinal);

        // And the error links to its page in the browser editor, reachable by keyboard as a link is
        var banner = new HtmlParser().ParseDocument(page).QuerySelector(".preview-problems")!;
        var item = Assert.Single(banner.QuerySelectorAll("li"));
        Assert.StartsWith("content/networks/eurocities.en.md:7:5: error: 'gone.md' does not match a page", item.TextContent, StringComparison.Ordinal);
        Assert.Equal("/admin/#/collections/networks/entries/eurocities", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("alert", banner.GetAttribute("role"));
    }

    [Fact]
    public async Task An_error_in_site_yml_is_listed_without_an_editor_link_over_the_good_build()
    {
        // Given a good build in output/, then a site.yml that cannot be read
        using var site = TestSite.FromFixture("small");
        Assert.True((await site.BuildAsync()).Published);
        site.AppendToConfig("sections: [\n");

        // When the preview starts
        var log = new StringWriter();
        await using var server = await StartAsync(site, log);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var page = await http.GetStringAsync($"{server.Url}en/networks/eurocities/", Cancellation);

        // Then output/'s page is served under its own base path, and the error names site.yml with no editor link
        Assert.Contains("More than 120 cities.", page, StringComparison.Ordinal);
        Assert.EndsWith("(output/).", SummaryLine(log), StringComparison.Ordinal);
        var items = new HtmlParser().ParseDocument(page).QuerySelectorAll(".preview-problems li");
        Assert.NotEmpty(items);
        Assert.All(items, item =>
        {
            Assert.StartsWith("site.yml:", item.TextContent, StringComparison.Ordinal);
            Assert.Null(item.QuerySelector("a"));
        });
    }

    [Fact]
    public async Task A_private_folder_older_than_output_is_not_served_and_one_newer_is()
    {
        // Given a preview's good build holding a page since removed, and a later good build in output/
        using var site = TestSite.FromFixture("small");
        site.Write("content/networks/old-name.en.md", TestSite.Page("Old name", "Gone since.\n", "kind: page"));
        await using (await StartAsync(site, TextWriter.Null))
        {
        }

        File.Delete(Path.Combine(site.Root, "content/networks/old-name.en.md"));
        Assert.True((await site.BuildAsync()).Published);
        site.Write("content/networks/eurocities.en.md", BrokenEurocities);

        // When the preview starts on the broken content
        var log = new StringWriter();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        await using (var server = await StartAsync(site, log))
        {
            // Then output/ is served: the removed page is not, as it is not in the newest good build
            Assert.EndsWith("(output/).", SummaryLine(log), StringComparison.Ordinal);
            var old = await http.GetAsync($"{server.Url}en/networks/old-name/", Cancellation);
            Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
            Assert.Contains("This page is not in the build shown.", await old.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        }

        // And when the preview's own build is the newer one (made after output/'s), it is the one served
        File.WriteAllText(Path.Combine(site.Root, "content/networks/eurocities.en.md"), File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures/Sites/small/content/networks/eurocities.en.md")));
        await using (await StartAsync(site, TextWriter.Null))
        {
        }

        site.Write("content/networks/eurocities.en.md", BrokenEurocities);
        var again = new StringWriter();
        await using (await StartAsync(site, again))
        {
            Assert.EndsWith("(the preview's own folder).", SummaryLine(again), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Output_of_another_site_is_not_served_and_with_no_good_build_the_preview_says_so_plainly()
    {
        // Given site A's output/ holding a good build of site B, and A's content broken
        using var site = TestSite.FromFixture("small");
        using var other = TestSite.FromFixture("small");
        other.Write("content/networks/eurocities.en.md", TestSite.Page("Eurocities", "## Members\n\nThe other site's text.\n", "kind: page"));
        var built = await SiteBuilder.BuildAsync(
            new BuildOptions(other.Root, site.Output) { BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates }, Cancellation);
        Assert.True(built.Published);
        site.Write("content/networks/eurocities.en.md", BrokenEurocities);

        // When the preview of A starts
        var log = new StringWriter();
        await using var server = await StartAsync(site, log);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var response = await http.GetAsync($"{server.Url}en/networks/eurocities/", Cancellation);
        var page = await response.Content.ReadAsStringAsync(Cancellation);

        // Then B's pages are not served, and the terminal and the page say there is no good build to show
        var summary = SummaryLine(log);
        Assert.Equal(
            "Build failed with 1 error(s). There is no good build of this site to show (none in the preview's own folder or in output/): fix the errors listed and the preview shows the site.",
            summary);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("The other site's text.", page, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(summary), page, StringComparison.Ordinal);
        Assert.Contains("/admin/#/collections/networks/entries/eurocities", page, StringComparison.Ordinal);
        Assert.DoesNotContain("This page is not in the build shown.", page, StringComparison.Ordinal);
    }

    /// <summary>Removes the previews' private folders, which outlive the test sites.</summary>
    public void Dispose()
    {
        foreach (var folder in _previewFolders.Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<PreviewServer> StartAsync(TestSite site, TextWriter log)
    {
        TestSite.ShareCompiledTemplates(site.Root);
        var server = new PreviewServer(site.Root, Loopback.FreePort(), includeDrafts: false, TextWriter.Synchronized(log));
        _previewFolders.Add(Path.GetDirectoryName(server.OutputFolder)!);
        await server.StartAsync();
        return server;
    }

    /// <summary>The terminal's line saying the build failed and what is shown instead.</summary>
    private static string SummaryLine(StringWriter log) =>
        Assert.Single(log.ToString().Split('\n'), line => line.StartsWith("Build failed with", StringComparison.Ordinal)).TrimEnd('\r');
}

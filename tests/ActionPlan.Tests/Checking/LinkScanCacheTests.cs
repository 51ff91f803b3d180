using ActionPlan.Checking;
using ActionPlan.Diagnostics;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Checking;

/// <summary>
/// The link check keeps each page's scan beside the output between builds: a page whose HTML changed is scanned
/// again, whatever the cache holds, so no fault hides behind a saved scan.
/// </summary>
public sealed class LinkScanCacheTests : IDisposable
{
    private readonly string _folder = Scratch.NewFolder();

    public LinkScanCacheTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // The link is the theme's, on every page, so only the check of the written pages can find its fragment missing.
    private static (string, string)[] Pages(string heading) => Minimal.Files(
        ("themes/default/Partials/_footer.cshtml",
            "@inherits ActionPlan.Rendering.ThemePage<ActionPlan.Rendering.PageView>\n<footer><a href=\"@(Model.BasePath)en/projects/b/#the-plan\">Plan</a></footer>\n"),
        ("content/projects/a.en.md", TestSite.Page("A", "Intro.\n")),
        ("content/projects/b.en.md", TestSite.Page("B", $"## {heading}\n\nText.\n")));

    private static IEnumerable<Diagnostic> Errors(ActionPlan.Build.BuildResult result) => result.Diagnostics.Where(d => d.Severity == Severity.Error);

    [Fact]
    public async Task A_fragment_removed_since_the_last_build_is_reported_and_one_put_back_passes_again()
    {
        using var site = TestSite.Create(Pages("The plan"));
        Assert.Empty(Errors(await site.BuildAsync()));
        Assert.True(File.Exists(Path.Combine(site.Root, ".output.scans")));

        foreach (var (path, text) in Pages("Another heading"))
        {
            site.Write(path, text);
        }

        var broken = Errors(await site.BuildAsync()).ToList();
        Assert.Contains(broken, d => d.File == "output/en/projects/a/index.html");
        Assert.All(broken, d => Assert.Equal("broken-link", d.Code));
        Assert.All(broken, d => Assert.Contains("there is no heading or element with id 'the-plan' on en/projects/b/index.html", d.Message, StringComparison.Ordinal));

        foreach (var (path, text) in Pages("The plan"))
        {
            site.Write(path, text);
        }

        Assert.Empty(Errors(await site.BuildAsync()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a cache at all")]
    [InlineData("\u0017actionplan-link-scans-1\u0003xyz\u00ff\u00ff\u00ff\u007f")]
    public async Task A_damaged_cache_is_ignored_and_replaced(string damage)
    {
        using var site = TestSite.Create(Pages("Another heading"));
        var first = Errors(await site.BuildAsync()).Select(d => d.ToString()).ToList();
        File.WriteAllText(Path.Combine(site.Root, ".output.scans"), damage);

        Assert.Equal(first, Errors(await site.BuildAsync()).Select(d => d.ToString()));
        Assert.NotEmpty(first);
        Assert.NotEqual(damage, File.ReadAllText(Path.Combine(site.Root, ".output.scans")));
    }

    [Fact]
    public void Saved_scans_load_as_they_were_and_pages_not_built_are_forgotten()
    {
        var file = Path.Combine(_folder, "scans");
        var cache = new LinkScanCache();
        var scanned = 0;
        PageScan Scan(string html)
        {
            scanned++;
            return PageScanner.Scan(html);
        }

        cache.GetOrScan("a.html", () => """<h2 id="x">X</h2><a href="/b/#y">b</a><img src="p.png" alt="">""", null, Scan);
        cache.GetOrScan("gone.html", () => """<p id="z">""", null, Scan);
        cache.Save(file, ["a.html", "not-scanned.html"]);

        var loaded = LinkScanCache.Load(file);
        var a = loaded.GetOrScan("a.html", () => """<h2 id="x">X</h2><a href="/b/#y">b</a><img src="p.png" alt="">""", null, Scan);
        Assert.Equal(2, scanned);
        Assert.Equal(["x"], a.Ids);
        Assert.Equal(["/b/#y", "p.png"], a.References);

        // A page not saved, or saved with other HTML, is scanned.
        loaded.GetOrScan("gone.html", () => """<p id="z">""", null, Scan);
        Assert.Equal(["y"], loaded.GetOrScan("a.html", () => """<h2 id="y">X</h2>""", null, Scan).Ids);
        Assert.Equal(4, scanned);
    }
}

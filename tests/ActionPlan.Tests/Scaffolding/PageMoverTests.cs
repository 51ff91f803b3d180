using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Model;
using ActionPlan.Scaffolding;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Scaffolding;

/// <summary>'actionplan move': a page renamed in every language keeps its old addresses, its links and the references to it.</summary>
public sealed class PageMoverTests
{
    private static readonly PublishingRules Today = new(false, new DateOnly(2026, 11, 23));

    /// <summary>The plan site (its English word list knowing Mosaik), with a city page that has a heading, linked to from a project in both languages (one link names the Danish twin).</summary>
    private static TestSite Site(params (string Path, string Text)[] more) => TestSite.Create(PlanSite.Files(
    [
        ("words.en.txt", "Mosaik\n"),
        ("content/cities/berlin.en.md", TestSite.Page("Berlin", "## Partners\n\nMosaik Services. See [ECACP](../networks/ecacp.md).\n", "country: Germany" + "\n" + PlanSite.AsOf)),
        ("content/cities/berlin.da.md", TestSite.Page("Berlin", "## Partnere\n\nMosaik Services. Se [ECACP](../networks/ecacp.md) og [den engelske side](berlin.en.md#partners).\n", "country: Germany\naliases:\n  - da/byer/berlin/" + "\n" + PlanSite.AsOf)),
        ("content/projects/housing.en.md", TestSite.Page("Housing", "With [Berlin's partners](../cities/berlin.md#partners) and [in Danish](/cities/berlin.da.md).\n", "date: 2008-05-01\nfocus_areas: [fa-01]\ncities: [berlin]" + "\n" + PlanSite.AsOf)),
        ("content/projects/housing.da.md", TestSite.Page("Boliger", "Med [Berlin][by].\n\n[by]: ../cities/berlin.md \"Berlin\"\n", "date: 2009-01-01\nfocus_areas: [fa-01]\ncities: [ \"berlin\" ]" + "\n" + PlanSite.AsOf)),
        .. more,
    ]));

    private static PageMoveReport? Move(TestSite site, string from, string to, DiagnosticBag diagnostics) =>
        PageMover.Move(new PageMoveOptions(site.Root, from, to) { BuiltInThemeDirectory = TestSite.BuiltInTheme, Publishing = Today }, diagnostics);

    private static Task<BuildResult> BuildAsync(TestSite site) =>
        SiteBuilder.BuildAsync(new BuildOptions(site.Root, site.Output)
        {
            BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates, Publishing = Today,
        }, TestContext.Current.CancellationToken);

    private static Dictionary<string, string> Content(TestSite site) =>
        Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Root, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

    [Fact]
    public async Task Moves_both_twins_keeps_their_old_addresses_and_rewrites_only_the_links_and_references_to_them()
    {
        // Given a site that builds, with a page linked to and referred to by id in both languages
        using var site = Site();
        Assert.Equal(0, (await BuildAsync(site)).ErrorCount);
        var before = Content(site);

        // When the page is renamed
        var diagnostics = new DiagnosticBag();
        var report = Move(site, "cities/berlin", "content/cities/berlin-brandenburg.en.md", diagnostics);

        // Then exactly these lines changed, nothing else in content/
        Assert.Empty(diagnostics.ToSortedList());
        var after = Content(site);
        var expected = new Dictionary<string, string>(before, StringComparer.Ordinal);
        expected.Remove("content/cities/berlin.en.md");
        expected.Remove("content/cities/berlin.da.md");
        expected["content/cities/berlin-brandenburg.en.md"] = before["content/cities/berlin.en.md"]
            .Replace(PlanSite.AsOf + "\n", PlanSite.AsOf + "\naliases: [en/cities/berlin/]\n", StringComparison.Ordinal);
        expected["content/cities/berlin-brandenburg.da.md"] = before["content/cities/berlin.da.md"]
            .Replace("  - da/byer/berlin/\n", "  - da/byer/berlin/\n  - da/cities/berlin/\n", StringComparison.Ordinal)
            .Replace("(berlin.en.md#partners)", "(berlin-brandenburg.en.md#partners)", StringComparison.Ordinal);
        expected["content/projects/housing.en.md"] = before["content/projects/housing.en.md"]
            .Replace("(../cities/berlin.md#partners)", "(../cities/berlin-brandenburg.md#partners)", StringComparison.Ordinal)
            .Replace("(/cities/berlin.da.md)", "(/cities/berlin-brandenburg.da.md)", StringComparison.Ordinal)
            .Replace("cities: [berlin]", "cities: [berlin-brandenburg]", StringComparison.Ordinal);
        expected["content/projects/housing.da.md"] = before["content/projects/housing.da.md"]
            .Replace("[by]: ../cities/berlin.md", "[by]: ../cities/berlin-brandenburg.md", StringComparison.Ordinal)
            .Replace("cities: [ \"berlin\" ]", "cities: [ \"berlin-brandenburg\" ]", StringComparison.Ordinal);
        foreach (var path in new[] { "content/networks/ecacp", "content/activities/2008-04-berlin" }.SelectMany(p => new[] { p + ".en.md", p + ".da.md" }))
        {
            expected[path] = before[path].Replace("cities: [berlin]", "cities: [berlin-brandenburg]", StringComparison.Ordinal);
        }

        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), after.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Equal([("content/cities/berlin.da.md", "content/cities/berlin-brandenburg.da.md"), ("content/cities/berlin.en.md", "content/cities/berlin-brandenburg.en.md")], report!.Renamed);
        Assert.Equal([("content/cities/berlin-brandenburg.da.md", "da/cities/berlin/"), ("content/cities/berlin-brandenburg.en.md", "en/cities/berlin/")], report.Aliases);
        Assert.Contains(("content/projects/housing.en.md", 2, 1), report.Rewritten);

        // And the site builds, the old addresses lead to the new ones, and the links go straight to the new page
        var result = await BuildAsync(site);
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Equal(0, result.WarningCount);
        foreach (var language in new[] { "en", "da" })
        {
            var redirect = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput($"{language}/cities/berlin/index.html"));
            Assert.Equal($"0; url=/international/{language}/cities/berlin-brandenburg/", redirect.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        }

        var housing = site.ReadOutput("en/projects/housing/index.html");
        Assert.Contains("href=\"/international/en/cities/berlin-brandenburg/#partners\"", housing, StringComparison.Ordinal);
        Assert.Contains("href=\"/international/da/cities/berlin-brandenburg/\"", housing, StringComparison.Ordinal);
        Assert.DoesNotContain("/cities/berlin/", housing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_moved_to_another_folder_keeps_its_own_relative_links_working()
    {
        using var site = Site(("content/cities/germany/_index.en.md", TestSite.Page("Germany")), ("content/cities/germany/_index.da.md", TestSite.Page("Tyskland")));

        var diagnostics = new DiagnosticBag();
        var report = Move(site, "content/cities/berlin.da.md", "cities/germany/berlin", diagnostics);

        Assert.NotNull(report);
        Assert.Empty(diagnostics.ToSortedList());
        var moved = File.ReadAllText(Path.Combine(site.Root, "content/cities/germany/berlin.da.md"));
        Assert.Contains("[ECACP](../../networks/ecacp.md)", moved, StringComparison.Ordinal);
        Assert.Contains("[den engelske side](berlin.en.md#partners)", moved, StringComparison.Ordinal);
        var result = await BuildAsync(site);
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.True(site.OutputExists("en/cities/berlin/index.html"));
        Assert.True(site.OutputExists("en/cities/germany/berlin/index.html"));
    }

    [Theory]
    [InlineData("cities/nowhere", "cities/elsewhere", "cities/nowhere: error: there is no page content/cities/nowhere.<language>.md to move; name it by its path under content/ without language and '.md', e.g. 'projects/berlin'. [no-page]")]
    [InlineData("cities/berlin", "projects/housing", "content/projects/housing.en.md: error: this page already exists and is left as it is; choose another name to move to. [exists]")]
    [InlineData("cities/berlin", "cities/Berlin City", "cities/Berlin City: error: name the page by its path under content/ without language and '.md', in lower-case letters, digits and '-', e.g. 'projects/berlin-exchange'. [usage]")]
    [InlineData("cities/_index", "cities/towns", "cities/_index: error: a section's own page (_index) takes its address from its folder and cannot be moved by itself; move the pages in it one by one. [usage]")]
    [InlineData("cities/berlin", "networks/berlin", "content/cities/berlin.da.md: error: in content/networks/ this city would become a network; move it within a folder of its kind, or write 'kind: city' in its front matter first. Nothing was changed. [move-unsafe]")]
    public void Refuses_and_changes_nothing_when_the_move_cannot_be_made(string from, string to, string expected)
    {
        using var site = Site();
        var before = FolderSnapshot.Of(site.Root);

        var diagnostics = new DiagnosticBag();
        var report = Move(site, from, to, diagnostics);

        Assert.Null(report);
        Assert.Contains(expected, diagnostics.ToSortedList().Select(d => d.ToString()));
        Assert.Equal(before, FolderSnapshot.Of(site.Root));
    }

    [Fact]
    public void Refuses_to_move_a_page_of_a_site_with_errors_and_names_them()
    {
        using var site = Site(("content/projects/broken.en.md", TestSite.Page("Broken", "[gone](gone.md)\n")));
        var before = FolderSnapshot.Of(site.Root);

        var diagnostics = new DiagnosticBag();
        var report = Move(site, "cities/berlin", "cities/berlin-brandenburg", diagnostics);

        Assert.Null(report);
        Assert.Equal(
            [
                "cities/berlin: error: the site has errors (listed with this one), so moving a page is not safe yet: fix them first ('actionplan check' lists them too); nothing was changed. [move-unsafe]",
                "content/projects/broken.en.md:4:1: error: 'gone.md' does not match a page: there is no content/projects/gone.en.md. [link]",
            ],
            diagnostics.ToSortedList().Select(d => d.ToString()));
        Assert.Equal(before, FolderSnapshot.Of(site.Root));
    }

    [Fact]
    public void Refuses_a_move_whose_result_would_not_build_and_names_the_errors()
    {
        // A heading the Danish twin links to by fragment is not the moved page's to rename: here the new place's folder has no section page.
        using var site = Site();
        var before = FolderSnapshot.Of(site.Root);

        var diagnostics = new DiagnosticBag();
        var report = Move(site, "cities/berlin", "cities/germany/berlin", diagnostics);

        Assert.Null(report);
        var lines = diagnostics.ToSortedList().Select(d => d.ToString()).ToList();
        Assert.Contains("cities/berlin: error: after moving cities/berlin to cities/germany/berlin the site would have the errors listed with this one, so it was not moved; nothing was changed. [move-unsafe]", lines);
        Assert.True(lines.Count > 1, string.Join("\n", lines));
        Assert.Equal(before, FolderSnapshot.Of(site.Root));
    }

    [Fact]
    public async Task The_command_exits_2_and_changes_nothing_when_refused_and_0_when_moved()
    {
        using var site = Site();

        var refused = await ToolInProcess.RunAsync(site.Root, "move", "cities/berlin", "projects/housing");
        var moved = await ToolInProcess.RunAsync(site.Root, "move", "cities/berlin", "cities/berlin-brandenburg");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("[exists]", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, moved.ExitCode);
        Assert.Contains("Moved content/cities/berlin.en.md to content/cities/berlin-brandenburg.en.md", moved.Out, StringComparison.Ordinal);
        Assert.Contains("Kept the old address /en/cities/berlin/ in content/cities/berlin-brandenburg.en.md (aliases:)", moved.Out, StringComparison.Ordinal);
    }
}

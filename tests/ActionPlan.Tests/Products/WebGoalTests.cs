using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Model;
using ActionPlan.Products.StatusReports;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Products;

/// <summary>
/// A measured goal counts the English pages of a kind in the year each was first published: its 'date', else the
/// first commit of its file in a real git history made here, else the build refuses to guess.
/// </summary>
public sealed class WebGoalTests
{
    private static (Site? Site, IReadOnlyList<Diagnostic> Diagnostics) Load(TestSite site)
    {
        var diagnostics = new DiagnosticBag();
        var model = SiteBuilder.LoadSite(site.Root, diagnostics, cancellation: TestContext.Current.CancellationToken, builtInThemeDirectory: TestSite.BuiltInTheme);
        return (model, diagnostics.ToSortedList());
    }

    /// <summary>Each year's row as "2009: alpha, beta" (ids of the pages counted), "2012: none" or "2013-2015: no record".</summary>
    private static List<string> Rows(Site site) => Rows(StatusReportProduct.MeasuredGoals(site, site.In("en")).Single());

    private static List<string> Rows(MeasuredGoal goal) =>
        goal.Years
            .Select(y => (y.Until > y.Year ? $"{y.Year}-{y.Until}" : $"{y.Year}") + ": "
                + (!y.Recorded ? "no record" : y.Pages.Count == 0 ? "none" : string.Join(", ", y.Pages.Select(p => p.Id))))
            .ToList();

    [Fact]
    public void Outside_git_only_the_editors_dates_are_on_record_and_only_the_plans_years_are_counted()
    {
        using var site = TestSite.Create(PlanSite.WithWebGoal());

        var (model, diagnostics) = Load(site);

        Assert.Empty(diagnostics);
        // The plan runs 2007-2009: the goal is counted over those years only, however late the site is built.
        Assert.Equal(["2007: outreach", "2008: housing", "2009: no record"], Rows(model!));
        var measured = StatusReportProduct.MeasuredGoals(model!, model!.In("en")).Single();
        Assert.Null(measured.HistoryStart);
        Assert.Equal(new ActionPlan.Domain.YearSpan(2007, 2009), measured.Counted);
        Assert.Equal([false, false, null], measured.Years.Select(y => y.Met));
        Assert.Equal(["outreach", "housing"], measured.Own.Pages.Select(p => p.Id));
        Assert.Equal([2007, 2008], measured.Own.Years);
        Assert.Equal(0, measured.Own.Undated);
    }

    [Fact]
    public void In_git_a_page_counts_from_the_first_commit_of_its_english_file_through_renames_and_its_date_comes_first()
    {
        using var site = TestSite.Create(PlanSite.WithWebGoal([
            .. PlanSite.Plan("2007-2013"),
            ("content/projects/alpha.en.md", TestSite.Page("Alpha", "", PlanSite.AsOf)),
            ("content/projects/alpha.da.md", TestSite.Page("Alfa", "", PlanSite.AsOf)),
            ("content/projects/beta.en.md", TestSite.Page("Beta", "", PlanSite.AsOf))]));
        TestGit.Init(site.Root);
        TestGit.Commit(site.Root, new DateOnly(2009, 3, 1), "The site");
        // Only the English file counts: a Danish twin added later does not move its project.
        site.Write("content/projects/beta.da.md", TestSite.Page("Beta", "", PlanSite.AsOf));
        site.Write("content/projects/gamma.en.md", TestSite.Page("Gamma", "", PlanSite.AsOf));
        site.Write("content/projects/dated.en.md", TestSite.Page("Dated", "", "date: 2010-01-15\n" + PlanSite.AsOf));
        TestGit.Commit(site.Root, new DateOnly(2011, 6, 1), "Two more");
        TestGit.Run(site.Root, null, "mv", "content/projects/alpha.en.md", "content/projects/alpha-renamed.en.md");
        TestGit.Run(site.Root, null, "mv", "content/projects/alpha.da.md", "content/projects/alpha-renamed.da.md");
        TestGit.Commit(site.Root, new DateOnly(2012, 2, 1), "A better name");
        // A page published after the plan's period is the site's own record, not a count for the goal.
        site.Write("content/projects/late.en.md", TestSite.Page("Late", "", PlanSite.AsOf));
        TestGit.Commit(site.Root, new DateOnly(2014, 1, 1), "After the plan");
        var (model, diagnostics) = Load(site);

        Assert.Empty(diagnostics);
        // The record begins with the first commit (2009); the editors' dates put 2007 and 2008 on it too.
        Assert.Equal(["2007: outreach", "2008: housing", "2009: alpha-renamed, beta", "2010: dated", "2011: gamma", "2012: none", "2013: none"], Rows(model!));
        var measured = StatusReportProduct.MeasuredGoals(model!, model!.In("en")).Single();
        Assert.Equal(2009, measured.HistoryStart);
        Assert.Equal([false, false, true, false, false, false, false], measured.Years.Select(y => y.Met));
        Assert.Equal([2007, 2008, 2009, 2010, 2011, 2014], measured.Own.Years);
        Assert.Equal((7, 0), (measured.Own.Pages.Count, measured.Own.Undated));
        Assert.Equal("late", measured.Own.Pages[^1].Id);
    }

    [Fact]
    public void Outside_git_an_undated_page_is_no_error_the_years_it_could_fall_in_are_off_the_record_and_the_own_record_says_so()
    {
        // Outside git: the undated English project could belong to any year, so no year's count can be trusted.
        using var site = TestSite.Create(PlanSite.WithWebGoal(
            ("content/projects/undated.en.md", TestSite.Page("Undated", "", PlanSite.AsOf)),
            ("content/projects/undated.da.md", TestSite.Page("Udateret", "", PlanSite.AsOf)),
            ("content/cities/oslo.en.md", TestSite.Page("Oslo", "", "country: Norway\n" + PlanSite.AsOf))));

        var (model, diagnostics) = Load(site);

        Assert.Empty(diagnostics);
        Assert.Equal(["2007-2009: no record"], Rows(model!));
        var own = StatusReportProduct.MeasuredGoals(model!, model!.In("en")).Single().Own;
        Assert.Equal((3, 1), (own.Pages.Count, own.Undated));
        Assert.Equal([2007, 2008], own.Years);
    }

    [Fact]
    public async Task A_shallow_clone_builds_without_errors_and_its_pages_say_the_own_record_is_not_dated()
    {
        using var site = TestSite.Create(PlanSite.WithWebGoal(("content/projects/undated.en.md", TestSite.Page("Undated", "", PlanSite.AsOf))));
        TestGit.Init(site.Root);
        TestGit.Commit(site.Root, new DateOnly(2009, 3, 1), "The site");
        site.Write("README.md", "A site.\n");
        TestGit.Commit(site.Root, new DateOnly(2010, 3, 1), "A readme");
        var clone = Path.Combine(site.Root, "output", "clone");
        TestGit.Run(site.Root, null, "clone", "-q", "--depth", "1", "file://" + site.Root, clone);

        var result = await SiteBuilder.BuildAsync(new BuildOptions(clone, Path.Combine(site.Root, "output", "site"))
        {
            BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates,
        }, TestContext.Current.CancellationToken);

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Root, "output", "site", "en", "focus-areas", "fa-02", "index.html")));
        Assert.Equal(["false"], page.QuerySelectorAll("table.measured tbody tr").Select(r => r.GetAttribute("data-recorded")));
        Assert.Contains("For 1 of them this build cannot tell when it was first published", page.QuerySelector("p.own-record")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_not_committed_yet_is_not_counted_and_the_warning_says_when_it_will_be()
    {
        using var site = TestSite.Create(PlanSite.WithWebGoal());
        TestGit.Init(site.Root);
        TestGit.Commit(site.Root, new DateOnly(2009, 3, 1), "The site");
        site.Write("content/projects/new.en.md", TestSite.Page("New", "", PlanSite.AsOf));

        var (model, diagnostics) = Load(site);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(("content/projects/new.en.md", Severity.Warning, "publication-date"), (warning.File, warning.Severity, warning.Code));
        Assert.Contains("it is not committed yet, so it is not counted until it is", warning.Message, StringComparison.Ordinal);
        Assert.Equal(["2007: outreach", "2008: housing", "2009: none"], Rows(model!));
    }

    [Fact]
    public void Twins_must_agree_on_a_measure_and_a_wrong_one_is_reported_where_it_is_written()
    {
        var measured = PlanSite.Visibility.Replace("text: Two projects in English a year\n", "text: Two projects in English a year\n    measure: { count: projekt, language: sv, from: 2007, per_year: 2 }\n", StringComparison.Ordinal);
        var other = PlanSite.Visibility.Replace("text: Two projects in English a year\n", "text: Two projects in English a year\n    measure: { count: project, language: en, from: 2007, per_year: 3 }\n", StringComparison.Ordinal);
        using var site = TestSite.Create(PlanSite.WithWebGoal(("content/focus-areas/fa-02.da.md", TestSite.Page("2. Synlighed", "", other + "\n" + PlanSite.AsOf))));
        using var wrong = TestSite.Create(PlanSite.Files(("content/focus-areas/fa-02.en.md", TestSite.Page("2. Visibility", "", measured + "\n" + PlanSite.AsOf))));

        var twins = Load(site).Diagnostics.Select(d => d.ToString()).ToList();
        var errors = Load(wrong).Diagnostics.Select(d => d.ToString()).ToList();

        Assert.Equal(
            ["content/focus-areas/fa-02.da.md:10:14: error: 'goals[1].measure' is 'count: project, language: en, from: 2007, per_year: 3' here but 'count: project, language: en, from: 2007, per_year: 2' in content/focus-areas/fa-02.en.md:10; statuses, dates, numbers and references must be the same in both languages. [twin-facts]"],
            twins);
        Assert.True(errors.Count == 2, string.Join("\n", errors));
        Assert.Contains(errors, e => e.StartsWith("content/focus-areas/fa-02.en.md:10:23: error: 'count' must be one of", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("content/focus-areas/fa-02.en.md:10:42: error: 'language' must be one of the site's languages: en, da — not 'sv'.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Presentations_count_in_the_year_they_were_given_on_the_focus_area_the_status_report_and_in_status()
    {
        var goals = """
            number: 2
            office: project-office
            aims: [influential]
            goals:
              - id: "1"
                text: One international presentation in 2007
                measure: { count: presentation, language: en, from: 2007, until: 2007, per_year: 1 }
                assessments: []
              - id: "2"
                text: Two international presentations a year from 2008
                measure: { count: presentation, language: en, from: 2008, per_year: 2 }
                assessments:
                  - { year: 2008, status: dropped, sources: [status-2008] }
            plan: action-plan
            """;
        static string Presentation(string title, string when) => TestSite.Page(title, "", $"when: {when}\nevent: A conference\nformat: in-person\nprojects: [housing]");
        using var site = TestSite.Create(PlanSite.Files(
            ("content/focus-areas/fa-02.en.md", TestSite.Page("2. Visibility", "", goals + "\n" + PlanSite.AsOf)),
            ("content/focus-areas/fa-02.da.md", TestSite.Page("2. Synlighed", "", goals + "\n" + PlanSite.AsOf)),
            ("content/presentations/_index.en.md", TestSite.Page("Presentations")),
            ("content/presentations/_index.da.md", TestSite.Page("Præsentationer")),
            ("content/presentations/gdansk.en.md", Presentation("Housing in Gdansk", "2007-11")),
            ("content/presentations/gdansk.da.md", Presentation("Boliger i Gdansk", "2007-11")),
            ("content/presentations/oslo.en.md", Presentation("Housing in Oslo", "2007")),
            ("content/presentations/london.en.md", Presentation("Housing in London", "2008-04-02"))));

        var (model, diagnostics) = Load(site);
        var result = await site.BuildAsync();
        var (_, output, _) = await ToolInProcess.RunAsync(site.Root, "status", "--year", "2008");

        Assert.Empty(diagnostics);
        var measured = StatusReportProduct.MeasuredGoals(model!, model!.In("en"));
        Assert.Equal(["2007: oslo, gdansk"], Rows(measured[0]));
        Assert.Equal([true], measured[0].Years.Select(y => y.Met));
        // Dropped in 2008: counted up to its closing assessment, never after it.
        Assert.Equal(["2008: london"], Rows(measured[1]));
        Assert.Equal([false], measured[1].Years.Select(y => y.Met));

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput("da/focus-areas/fa-02/index.html"));
        Assert.Equal("2", page.QuerySelector("table.measured[data-goal='1'] td[data-count]")!.TextContent);
        Assert.Equal(["Housing in Oslo", "Boliger i Gdansk"], page.QuerySelectorAll("table.measured[data-goal='1'] td a").Select(a => a.TextContent));
        var report = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput("en/status/2008/index.html"));
        Assert.Equal(["2-2"], report.QuerySelectorAll(".measured-goal").Select(m => m.GetAttribute("data-goal")));
        Assert.Equal(["Housing in London"], report.QuerySelectorAll(".measured-goal li a").Select(a => a.TextContent));
        Assert.Contains("Measured: focus area 2, goal 1 (presentation pages by the year each took place):\n  2007: 2 (oslo, gdansk), 1 needed: met\n", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("  2008: 1 (london), 2 needed: not met\n", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}

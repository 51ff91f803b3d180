using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Build;

/// <summary>
/// Runs the actionplan command line in process, as the program runs it (<see cref="ActionPlan.Cli.CommandLine"/>), and
/// checks what it prints and its exit code; <see cref="ProgramTests"/> runs the real program for what only a process shows.
/// </summary>
public sealed class CommandLineTests
{
    private static Task<(int ExitCode, string Out, string Error)> RunAsync(string workingDirectory, params string[] arguments) =>
        ToolInProcess.RunAsync(workingDirectory, arguments);

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("publish")]
    public async Task Usage_errors_exit_2(params string[] arguments)
    {
        var (exitCode, _, error) = await RunAsync(Path.GetTempPath(), arguments);

        Assert.Equal(2, exitCode);
        Assert.Contains("actionplan --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_on_a_port_already_in_use_says_so_and_how_to_choose_another_without_a_stack_trace()
    {
        using var site = TestSite.Create(PlanSite.Files());
        var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        try
        {
            var (exitCode, _, error) = await RunAsync(site.Root, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

            Assert.Equal(2, exitCode);
            Assert.Contains($"actionplan: cannot serve on port {port}:", error, StringComparison.Ordinal);
            Assert.Contains("Choose another with --port.", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public async Task Status_prints_the_years_figures_for_the_coordinator()
    {
        using var site = TestSite.Create(PlanSite.WithWebGoal());

        var (exitCode, output, error) = await RunAsync(site.Root, "status", "--year", "2008");

        Assert.Equal("", error);
        Assert.Equal(0, exitCode);
        var lines = output.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Equal("Status report 2008", lines[0]);
        Assert.Contains("Goals: 3 in 2 focus areas: 3 assessed in 2008, 0 carried over from earlier years (their latest status), 0 not yet assessed", lines);
        Assert.Contains("  achieved             1", lines);
        Assert.Contains("  postponed            1", lines);
        Assert.Contains("  1. Homelessness: 1 achieved, 1 postponed", lines);
        Assert.Contains("Activities: 1 (0 held)", lines);
        Assert.Contains("Register: 2 networks", lines);
        // Outside git only the projects' own dates are on record; a 2008 report prints nothing of the years after it.
        var measured = lines.IndexOf("Measured: focus area 2, goal 1 (project pages first published in 'en'):");
        Assert.True(measured > 0, output);
        Assert.Equal("  2007: 1 (outreach), 2 needed: not met", lines[measured + 1]);
        Assert.Equal("  2008: 1 (housing), 2 needed: not met", lines[measured + 2]);
        Assert.DoesNotContain(lines, l => l.StartsWith("  2009", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Status_without_a_year_prints_the_latest_report_and_fails_on_content_errors()
    {
        using var site = TestSite.Create(PlanSite.Files());

        var (exitCode, output, _) = await RunAsync(site.Root, "status");
        var (earlier, earlierOutput, _) = await RunAsync(site.Root, "status", "--year", "2007");
        var (shortYear, _, shortError) = await RunAsync(site.Root, "status", "--year", "08");

        Assert.Equal(0, exitCode);
        Assert.Equal(["Status report 2008"], output.Split('\n').Where(l => l.StartsWith("Status report", StringComparison.Ordinal)));
        Assert.Equal(0, earlier);
        Assert.Equal(["Status report 2007"], earlierOutput.Split('\n').Where(l => l.StartsWith("Status report", StringComparison.Ordinal)));
        Assert.Equal(2, shortYear);
        Assert.Contains("--year '08' is not a year: write it with four digits, e.g. --year 2008.", shortError, StringComparison.Ordinal);

        site.Write("content/cities/berlin.da.md", TestSite.Page("Berlin", "", "country: Tyskland\nfocus_areas: [fa-9]"));
        var (failed, _, error) = await RunAsync(site.Root, "status");
        Assert.Equal(1, failed);
        Assert.Contains("content/cities/berlin.da.md:4:15: error: 'focus_areas' names 'fa-9'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_writes_twins_and_refuses_to_overwrite_them()
    {
        using var site = TestSite.Create(PlanSite.Files());

        var (created, output, _) = await RunAsync(site.Root, "new", "best-practice", "Housing First på dansk");
        var (again, _, error) = await RunAsync(site.Root, "new", "best-practice", "Housing First på dansk");
        var (unknown, _, kindError) = await RunAsync(site.Root, "new", "recipe", "Æblegrød");

        Assert.Equal(0, created);
        Assert.Contains("Created content/best-practice/housing-first-paa-dansk.da.md", output, StringComparison.Ordinal);
        Assert.Equal(1, again);
        Assert.Contains("content/best-practice/housing-first-paa-dansk.en.md: error: this file already exists", error, StringComparison.Ordinal);
        Assert.Equal(2, unknown);
        Assert.Contains("there is no kind 'recipe'", kindError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_github_writes_one_annotation_per_problem()
    {
        using var site = TestSite.FromFixture("small");
        site.Write("content/projects/broken.en.md", "---\ntitle: Broken\nsumary: typo\nas_of: 2008\n---\n[x](nowhere.md)\n");

        var (exitCode, output, _) = await RunAsync(site.Root, "build", "--format", "github");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                "::warning file=content/projects/broken.en.md,line=3,col=1,title=unknown-key::unknown key 'sumary' is ignored; did you mean 'summary'?",
                "::error file=content/projects/broken.en.md,line=6,col=1,title=link::'nowhere.md' does not match a page: there is no content/projects/nowhere.en.md.",
            ],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Format_json_writes_a_machine_readable_report_on_stdout()
    {
        using var site = TestSite.FromFixture("small");
        site.Write("content/projects/broken.en.md", "---\ntitle: Broken\nas_of: 2008\n---\n[x](nowhere.md)\n");

        var (exitCode, output, _) = await RunAsync(site.Root, "build", "--format", "json");

        Assert.Equal(1, exitCode);
        using var report = System.Text.Json.JsonDocument.Parse(output);
        Assert.False(report.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(1, report.RootElement.GetProperty("exitCode").GetInt32());
        var problem = Assert.Single(report.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("error", "link", "content/projects/broken.en.md", 5, 1),
            (problem.GetProperty("severity").GetString(), problem.GetProperty("code").GetString(), problem.GetProperty("file").GetString(),
             problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32()));
    }

    [Fact]
    public async Task A_problem_with_two_places_is_annotated_on_both_files_and_listed_with_both_locations()
    {
        using var site = TestSite.Create(PlanSite.Files(
            ("content/projects/twin.en.md", TestSite.Page("Twin", "", "status: ongoing\n" + PlanSite.AsOf)),
            ("content/projects/twin.da.md", TestSite.Page("Tvilling", "", "status: completed\n" + PlanSite.AsOf))));
        var message = "'status' is 'completed' here but 'ongoing' in content/projects/twin.en.md:3; statuses, dates, numbers and references must be the same in both languages.";

        var (githubExit, github, _) = await RunAsync(site.Root, "build", "--format", "github");
        var (jsonExit, json, _) = await RunAsync(site.Root, "build", "--format", "json");

        Assert.Equal((1, 1), (githubExit, jsonExit));
        Assert.Equal(
            [
                $"::error file=content/projects/twin.da.md,line=3,col=9,title=twin-facts::{message}",
                $"::error file=content/projects/twin.en.md,line=3,col=9,title=twin-facts::{message}",
            ],
            github.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var report = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, report.RootElement.GetProperty("output").ValueKind);
        var problem = Assert.Single(report.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(
            [("content/projects/twin.da.md", 3, 9), ("content/projects/twin.en.md", 3, 9)],
            problem.GetProperty("locations").EnumerateArray().Select(l => (l.GetProperty("file").GetString(), l.GetProperty("line").GetInt32(), l.GetProperty("column").GetInt32())));
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error_that_lists_the_formats()
    {
        var (exitCode, _, error) = await RunAsync(Path.GetTempPath(), "build", "--format", "xml");

        Assert.Equal(2, exitCode);
        Assert.Contains("'xml'", error, StringComparison.Ordinal);
        Assert.All(["'text'", "'github'", "'json'"], name => Assert.Contains(name, error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Review_lists_the_pages_with_review_dates_past_due_first_by_owner_and_exits_0()
    {
        using var site = TestSite.Create(PlanSite.Files(
            ("content/projects/later.en.md", TestSite.Page("Later", "", "review_by: 2100-01-01\nowner: coordinator\n" + PlanSite.AsOf)),
            ("content/projects/due.en.md", TestSite.Page("Due", "", "review_by: 2008-01-01\nowner: project-office\n" + PlanSite.AsOf))));

        var (exitCode, output, error) = await RunAsync(site.Root, "review");

        Assert.Equal((0, ""), (exitCode, error));
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Pages with a review date: 2, past due on ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(": 1", lines[0], StringComparison.Ordinal);
        Assert.Equal(
            [
                "Past due:", "  project-office (Project Office)", "    content/projects/due.en.md: review by 2008-01-01 (Due)",
                "To review:", "  coordinator (International coordinator)", "    content/projects/later.en.md: review by 2100-01-01 (Later)",
            ],
            lines[1..]);
    }

    [Fact]
    public async Task Check_runs_the_builds_checks_writes_nothing_and_says_what_it_checked()
    {
        using var site = TestSite.FromFixture("small");

        var (cleanExit, clean, cleanError) = await RunAsync(site.Root, "check");
        site.Write("content/projects/links.en.md", TestSite.Page("Links", "[Members](../networks/eurocities.md#member)\n", PlanSite.AsOf));
        var (brokenExit, broken, brokenError) = await RunAsync(site.Root, "check");

        Assert.Equal((0, ""), (cleanExit, cleanError));
        Assert.Matches(@"^Writing, English: LIX [0-9]+, [0-9,]+ words in [0-9,]+ sentences, [0-9,]+ \([0-9.]+ %\) over 25 words, the longest [0-9]+ words \(content/[^)]+\.en\.md:[0-9]+\)\.\nWriting, Danish: LIX .*\.\nchecked 15 pages, [0-9,]+ links: no problems\n$", clean);
        Assert.Equal(1, brokenExit);
        Assert.StartsWith("content/projects/links.en.md:5:1: error: '../networks/eurocities.md#member' points to a heading '#member' that content/networks/eurocities.en.md does not have: did you mean '#members'?", brokenError, StringComparison.Ordinal);
        Assert.StartsWith("Writing, English: LIX ", broken, StringComparison.Ordinal);
        Assert.EndsWith("\nchecked the content: 1 error(s), 0 warning(s)\n", broken, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output*"));
    }
}

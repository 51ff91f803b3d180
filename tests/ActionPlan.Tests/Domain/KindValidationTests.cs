using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Domain;

/// <summary>The kinds' schemas, twin agreement and references, each checked by a real build of the inline plan site.</summary>
public sealed class KindValidationTests
{
    /// <summary>The kinds as messages list them: every declared kind, in order.</summary>
    private static readonly string Kinds = string.Join(", ", ActionPlan.Domain.ContentKind.Names);

    private static async Task<(int ExitCode, IReadOnlyList<string> Lines)> BuildAsync(params (string Path, string Text)[] replace)
    {
        using var site = TestSite.Create(PlanSite.Files(replace));
        var result = await site.BuildAsync();
        return (result.ExitCode, result.Diagnostics.Select(d => d.ToString()).ToList());
    }

    [Fact]
    public async Task The_plan_site_builds_cleanly()
    {
        var (exitCode, lines) = await BuildAsync();

        Assert.Empty(lines);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Twins_that_disagree_on_a_fact_fail_the_build_naming_both_files_and_lines()
    {
        var (exitCode, lines) = await BuildAsync(("content/activities/2007-11-gdansk.da.md",
            TestSite.Page("Generalforsamling i Gdansk", "", "type: network-meeting\nwhen: 2007-11\nstatus: cancelled\nnetworks: [eurocities]\n" + PlanSite.AsOf)));

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "content/activities/2007-11-gdansk.da.md:5:9: error: 'status' is 'cancelled' here but 'held' in content/activities/2007-11-gdansk.en.md:5; " +
            "statuses, dates, numbers and references must be the same in both languages. [twin-facts]",
            Assert.Single(lines));
    }

    [Fact]
    public async Task A_goal_status_that_disagrees_between_twins_is_named_by_its_path()
    {
        var (exitCode, lines) = await BuildAsync(("content/focus-areas/fa-02.da.md",
            TestSite.Page("2. Synlighed", "", PlanSite.Visibility.Replace("status: not-achieved", "status: achieved", StringComparison.Ordinal) + "\n" + PlanSite.AsOf)));

        Assert.Equal(1, exitCode);
        Assert.StartsWith("content/focus-areas/fa-02.da.md:11:31: error: 'goals[1].assessments[2008].status' is 'achieved' here but 'not-achieved' in content/focus-areas/fa-02.en.md:11;",
            Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_reference_fails_the_build_at_its_id_suggesting_only_ids_with_the_same_number()
    {
        var facts = "date: 2007-02-01\nfocus_areas: [fa-2, fa-22, 2]\n" + PlanSite.AsOf;
        var (exitCode, lines) = await BuildAsync(
            ("content/projects/outreach.en.md", TestSite.Page("Outreach", "", facts)),
            ("content/projects/outreach.da.md", TestSite.Page("Opsøgende arbejde", "", facts)));

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                "content/projects/outreach.da.md:4:15: error: 'focus_areas' names 'fa-2', but there is no focus-area with that id (a file content/focus-areas/fa-2.<lang>.md). Did you mean 'fa-02'? [reference]",
                "content/projects/outreach.da.md:4:21: error: 'focus_areas' names 'fa-22', but there is no focus-area with that id (a file content/focus-areas/fa-22.<lang>.md). [reference]",
                "content/projects/outreach.da.md:4:28: error: 'focus_areas' names '2', but there is no focus-area with that id (a file content/focus-areas/2.<lang>.md). Did you mean 'fa-02'? [reference]",
                "content/projects/outreach.en.md:4:15: error: 'focus_areas' names 'fa-2', but there is no focus-area with that id (a file content/focus-areas/fa-2.<lang>.md). Did you mean 'fa-02'? [reference]",
                "content/projects/outreach.en.md:4:21: error: 'focus_areas' names 'fa-22', but there is no focus-area with that id (a file content/focus-areas/fa-22.<lang>.md). [reference]",
                "content/projects/outreach.en.md:4:28: error: 'focus_areas' names '2', but there is no focus-area with that id (a file content/focus-areas/2.<lang>.md). Did you mean 'fa-02'? [reference]",
            ],
            lines);
    }

    [Fact]
    public async Task A_bad_status_value_fails_the_build_at_its_line_listing_the_allowed_values()
    {
        var facts = "type: network-meeting\nwhen: 2007-11\nstatus: done\nnetworks: [eurocities]";
        var (exitCode, lines) = await BuildAsync(
            ("content/activities/2007-11-gdansk.en.md", TestSite.Page("AGM in Gdansk", "", facts)),
            ("content/activities/2007-11-gdansk.da.md", TestSite.Page("Generalforsamling i Gdansk", "", facts)));

        Assert.Equal(1, exitCode);
        Assert.Contains("content/activities/2007-11-gdansk.en.md:5:9: error: 'status' must be one of: planned, held, postponed, cancelled — not 'done'. [bad-value]", lines);
    }

    [Fact]
    public async Task A_bad_date_fails_the_build_at_its_line()
    {
        var facts = "type: network-meeting\nwhen: November 2007\nstatus: held";
        var (exitCode, lines) = await BuildAsync(
            ("content/activities/2007-11-gdansk.en.md", TestSite.Page("AGM in Gdansk", "", facts)),
            ("content/activities/2007-11-gdansk.da.md", TestSite.Page("Generalforsamling i Gdansk", "", facts)));

        Assert.Equal(1, exitCode);
        Assert.Contains("content/activities/2007-11-gdansk.en.md:4:7: error: 'when' must be a year (2007), a month (2007-11) or a day (2007-11-05), not 'November 2007'. [bad-date]", lines);
    }

    [Fact]
    public async Task A_missing_required_field_fails_the_build_and_a_mistyped_key_is_a_warning_with_the_nearest_key()
    {
        var facts = "theme: Child poverty\ncontact: project-office\nregistr: [2008]";
        var (exitCode, lines) = await BuildAsync(
            ("content/networks/ecacp.en.md", TestSite.Page("ECACP", "", facts)),
            ("content/networks/ecacp.da.md", TestSite.Page("ECACP", "", facts)));

        Assert.Equal(1, exitCode);
        Assert.Contains("content/networks/ecacp.en.md:2:1: error: 'register' must list the years whose register edition includes the network, e.g. 'register: [2007, 2008]'. [missing-field]", lines);
        Assert.Contains("content/networks/ecacp.en.md:5:1: warning: unknown key 'registr' is ignored; did you mean 'register'? [unknown-key]", lines);
    }

    [Fact]
    public async Task Twins_of_different_kinds_fail_the_build()
    {
        var (exitCode, lines) = await BuildAsync(("content/cities/berlin.da.md", TestSite.Page("Berlin", "", "kind: page")));

        Assert.Equal(1, exitCode);
        Assert.Contains("content/cities/berlin.da.md:3:1: error: this page is a page but its twin content/cities/berlin.en.md is a city; twins must be the same kind. [twin-facts]", lines);
    }

    [Fact]
    public async Task Internal_contact_fields_never_reach_the_output()
    {
        using var site = TestSite.Create(PlanSite.Files());

        var result = await site.BuildAsync();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Contains("International coordinator", site.ReadOutput("en/contacts/coordinator/index.html"), StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("Jane Doe", text, StringComparison.Ordinal);
            Assert.DoesNotContain("33 99 88 77", text, StringComparison.Ordinal);
            Assert.DoesNotContain("jane.doe@", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_kind_is_an_error_listing_the_kinds()
    {
        var (exitCode, lines) = await BuildAsync(("content/cities/berlin.da.md", TestSite.Page("Berlin", "", "kind: town\ncountry: Tyskland")));

        Assert.Equal(1, exitCode);
        Assert.Contains($"content/cities/berlin.da.md:3:7: error: 'kind' must be one of: {Kinds} — not 'town'. [bad-value]", lines);
    }

    [Fact]
    public async Task A_publication_links_its_files_per_language_and_a_missing_file_is_an_error_at_its_line()
    {
        var facts = "year: 2008\nfiles:\n  en: status-2008-en.pdf\n  da: /files/status-2008.pdf";
        var publication = new (string, string)[]
        {
            ("content/publications/_index.en.md", TestSite.Page("Publications")),
            ("content/publications/_index.da.md", TestSite.Page("Publikationer")),
            ("content/publications/status-2008.en.md", TestSite.Page("Status 2008", "", facts)),
            ("content/publications/status-2008.da.md", TestSite.Page("Status 2008", "", facts)),
            ("content/publications/status-2008-en.pdf", "%PDF en"),
        };
        using var site = TestSite.Create(PlanSite.Files([.. publication, ("static/files/status-2008.pdf", "%PDF da")]));

        var result = await site.BuildAsync();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput("da/publications/status-2008/index.html"));
        Assert.Equal(
            ["da /international/files/status-2008.pdf Rapporten på dansk", "en /international/publications/status-2008-en.pdf The report in English"],
            page.QuerySelectorAll("#files + ul a").Select(a => $"{a.GetAttribute("hreflang")} {a.GetAttribute("href")} {a.TextContent}"));

        var (exitCode, lines) = await BuildAsync(publication);
        Assert.Equal(1, exitCode);
        Assert.Contains("content/publications/status-2008.da.md:6:7: error: the da file: '/files/status-2008.pdf' does not match a file: there is no content/files/status-2008.pdf or static/files/status-2008.pdf. Did you mean 'status-2008-en.pdf'? [link]", lines);
    }
}

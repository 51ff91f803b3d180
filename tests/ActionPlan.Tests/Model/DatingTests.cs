using AngleSharp.Html.Parser;
using ActionPlan.Build;
using ActionPlan.Model;
using ActionPlan.Reviews;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Model;

/// <summary>
/// Every page says as of when, what has ended is shown as history, and pages have owners and review dates: the
/// faults of each planted in real sites, and the as-of line, history note and listings as rendered in both languages.
/// </summary>
public sealed class DatingTests
{
    /// <summary>The day the build counts as today in these tests.</summary>
    private static readonly DateOnly Today = new(2009, 6, 1);

    private static Task<BuildResult> BuildAsync(TestSite site, DateOnly today, bool checkOnly = false) =>
        SiteBuilder.BuildAsync(new BuildOptions(site.Root, site.Output)
        {
            BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates, CheckOnly = checkOnly,
            Publishing = new PublishingRules(false, today),
        }, TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_missing_as_of_an_ended_without_source_an_unknown_owner_and_a_past_review_date_are_each_reported_once_at_their_place_and_nothing_else()
    {
        // Given a plan site with four new faults planted at once, each in a page of its own
        using var site = TestSite.Create(PlanSite.Files(
            ("content/projects/undated.en.md", TestSite.Page("Undated", "A project that says nowhere when.\n")),
            ("content/projects/closed.en.md", TestSite.Page("Closed", "", "ended: { year: 2008 }\n" + PlanSite.AsOf)),
            ("content/projects/owned.en.md", TestSite.Page("Owned", "", "owner: project-ofice\n" + PlanSite.AsOf)),
            ("content/projects/stale.en.md", TestSite.Page("Stale", "", "review_by: 2009-05-31\nowner: project-office\n" + PlanSite.AsOf))));

        // When it is built, and checked without writing
        var built = await BuildAsync(site, Today);
        var checkedOnly = await BuildAsync(site, Today, checkOnly: true);

        // Then each fault is one line at its file:line:col, and there is nothing else
        string[] expected =
        [
            "content/projects/closed.en.md:3:8: error: 'ended' cites no source; name the document that says it ended: add 'sources: [<publication id>]' to it, e.g. ended: { year: 2008, sources: [{ id: status-2008, at: annex 1 }] }. [source-required]",
            "content/projects/owned.en.md:3:8: error: 'owner' names 'project-ofice', but there is no contact with that id (a file content/contacts/project-ofice.<lang>.md). Did you mean 'project-office'? [reference]",
            "content/projects/stale.en.md:3:12: warning: this page was to be reviewed by 2009-05-31 (owner: project-office): check that it is still right in every language, then set 'review_by:' to the next date. [review-due]",
            "content/projects/undated.en.md:2:1: warning: this project page does not say as of when its facts hold: cite the document they come from ('sources: [<publication id>]'), or add 'as_of: <year>' (a year, month or day, such as as_of: 2008). [as-of]",
        ];
        Assert.Equal(expected, built.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(expected, checkedOnly.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("2009-05-31", false)]
    [InlineData("2009-06-01", true)]
    public async Task A_page_is_past_review_only_after_its_review_day(string today, bool warned)
    {
        using var site = TestSite.Create(PlanSite.Files(
            ("content/projects/reviewed.en.md", TestSite.Page("Reviewed", "", "review_by: 2009-05-31\n" + PlanSite.AsOf))));

        var result = await BuildAsync(site, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(warned ? ["review-due"] : [], result.Diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData(2009, false)]
    [InlineData(2010, true)]
    public async Task The_register_warns_when_its_latest_edition_is_more_than_a_year_older_than_the_newest_assessment(int assessed, bool warned)
    {
        // Given registers up to 2008 and a goal assessed in a later year
        var facts = PlanSite.Visibility.Replace("{ year: 2008, status: not-achieved, sources: [status-2008] }",
            $"{{ year: 2008, status: not-achieved, sources: [status-2008] }}\n      - {{ year: {assessed}, status: achieved, sources: [status-2008] }}", StringComparison.Ordinal) + "\n" + PlanSite.AsOf;
        using var site = TestSite.Create(PlanSite.Files(
            ("content/focus-areas/fa-02.en.md", TestSite.Page("2. Visibility", "", facts)),
            ("content/focus-areas/fa-02.da.md", TestSite.Page("2. Synlighed", "", facts))));

        var result = await BuildAsync(site, Today);

        // Then only a gap of more than a year is reported, once, at the register years of a network in the latest edition
        Assert.Equal(
            warned
                ? [$"content/networks/ecacp.en.md:5:11: warning: the register of networks' latest edition is 2008, but goals were assessed in {assessed}, and the plan has the register updated yearly: add {assessed} to 'register:' of each network that is still a member (here and in the other networks' pages), so the {assessed} edition is made. [register-stale]"]
                : [],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("as_of: 2008", "as_of: 2007", "content/projects/twin.da.md:3:8: error: 'as_of' is '2007' here but '2008' in content/projects/twin.en.md:3;")]
    [InlineData("", "as_of: 2008", "content/projects/twin.da.md:3:8: error: 'as_of' is '2008' here but missing in content/projects/twin.en.md;")]
    [InlineData("as_of: 2008\nended: { year: 2008, sources: [status-2008] }", "as_of: 2008\nended: { year: 2009, sources: [status-2008] }", "content/projects/twin.da.md:4:16: error: 'ended.year' is '2009' here but '2008' in content/projects/twin.en.md:4;")]
    [InlineData("as_of: 2008\nowner: coordinator", "as_of: 2008\nowner: project-office", "content/projects/twin.da.md:4:8: error: 'owner' is 'project-office' here but 'coordinator' in content/projects/twin.en.md:4;")]
    public async Task Twins_that_disagree_on_when_an_end_or_an_owner_fail_as_on_any_other_fact(string english, string danish, string expected)
    {
        using var site = TestSite.Create(PlanSite.Files(
            ("content/projects/twin.en.md", TestSite.Page("Twin", "", english)),
            ("content/projects/twin.da.md", TestSite.Page("Tvilling", "", danish))));

        var result = await BuildAsync(site, Today);

        var problem = Assert.Single(result.Diagnostics).ToString();
        Assert.True(problem.StartsWith(expected, StringComparison.Ordinal), problem);
    }

    [Fact]
    public async Task A_page_shows_as_of_its_newest_source_or_its_own_as_of_under_the_title_in_both_languages()
    {
        // Given a city dated by its source, a project dated by itself and one whose own date wins over its source's
        using var site = TestSite.Create(PlanSite.Files(
            ("content/publications/plan-2007.en.md", TestSite.Page("Action plan", "", "year: 2007\nissued: 2007-11-05")),
            ("content/publications/plan-2007.da.md", TestSite.Page("Handlingsplan", "", "year: 2007\nissued: 2007-11-05")),
            ("content/cities/berlin.en.md", TestSite.Page("Berlin", "", "country: Germany\nsources: [plan-2007, status-2008]")),
            ("content/cities/berlin.da.md", TestSite.Page("Berlin", "", "country: Tyskland\nsources: [plan-2007, status-2008]")),
            ("content/projects/housing.en.md", TestSite.Page("Housing", "", "as_of: 2007-11")),
            ("content/projects/housing.da.md", TestSite.Page("Boliger", "", "as_of: 2007-11")),
            ("content/projects/outreach.en.md", TestSite.Page("Outreach", "", "sources: [status-2008]\nas_of: 2007")),
            ("content/projects/outreach.da.md", TestSite.Page("Opsøgende arbejde", "", "sources: [status-2008]\nas_of: 2007")),
            ("content/projects/dated.en.md", TestSite.Page("Dated", "", "sources: [{ id: plan-2007, at: annex 1 }]")),
            ("content/projects/dated.da.md", TestSite.Page("Dateret", "", "sources: [{ id: plan-2007, at: bilag 1 }]"))));

        var result = await BuildAsync(site, Today);

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Equal("As of 2008", AsOf(site, "en/cities/berlin/index.html"));
        Assert.Equal("Pr. 2008", AsOf(site, "da/cities/berlin/index.html"));
        Assert.Equal("As of November 2007", AsOf(site, "en/projects/housing/index.html"));
        Assert.Equal("Pr. november 2007", AsOf(site, "da/projekter/housing/index.html"));
        Assert.Equal("As of 2007", AsOf(site, "en/projects/outreach/index.html"));
        Assert.Equal("As of 5 November 2007", AsOf(site, "en/projects/dated/index.html"));
        Assert.Equal("Pr. 5. november 2007", AsOf(site, "da/projekter/dated/index.html"));
        Assert.Null(AsOf(site, "en/publications/plan-2007/index.html"));
        Assert.Null(AsOf(site, "en/index.html"));
    }

    [Fact]
    public async Task What_has_ended_carries_a_history_note_in_both_languages_and_listings_show_it_apart_after_what_is_current()
    {
        // Given an office that ended in 2008, with its own note in English and the theme's words in Danish
        using var site = TestSite.Create(PlanSite.Files(
            ("content/contacts/project-office.en.md", TestSite.Page("Project Office", "", "type: unit\nended: { year: 2008, sources: [{ id: status-2008, at: annex 3 }], note: \"The office was being closed down.\" }\n" + PlanSite.AsOf)),
            ("content/contacts/project-office.da.md", TestSite.Page("Projektkontoret", "", "type: unit\nended: { year: 2008, sources: [{ id: status-2008, at: bilag 3 }] }\n" + PlanSite.AsOf))));

        var result = await BuildAsync(site, Today);

        // Then its page says so near the top, in words, with the source that says so
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Equal("History: The office was being closed down. (Source: [1])", Note(site, "en/contacts/project-office/index.html"));
        Assert.Equal("Historik: dette ophørte i 2008. (Kilde: [1])", Note(site, "da/contacts/project-office/index.html"));
        var danish = Parse(site, "da/contacts/project-office/index.html");
        Assert.Equal("#source-1", danish.QuerySelector(".history-note a")!.GetAttribute("href"));
        Assert.Equal("Status for det internationale arbejde 2008, bilag 3", danish.QuerySelector(".sources #source-1")!.TextContent);
        Assert.Equal("/international/da/publications/status-2008/", danish.QuerySelector("#source-1 a")!.GetAttribute("href"));
        Assert.Null(Parse(site, "en/contacts/coordinator/index.html").QuerySelector(".history-note"));

        // And the section lists the current contact first, then the ended one under "History"
        foreach (var (path, heading, tag) in new[] { ("en/contacts/index.html", "History", "History: 2008"), ("da/contacts/index.html", "Historik", "Historik: 2008") })
        {
            var page = Parse(site, path);
            var lists = page.QuerySelectorAll("main ul.listing");
            Assert.Equal(2, lists.Length);
            Assert.Equal(["coordinator"], Ids(lists[0]));
            Assert.Equal(["project-office"], Ids(lists[1]));
            Assert.Contains("listing--history", lists[1].ClassList);
            Assert.Equal(heading, lists[1].PreviousElementSibling!.TextContent);
            Assert.Equal(tag, lists[1].QuerySelector(".listing__meta")!.TextContent);
        }

        // And a page that names it lists it as history among its related pages
        var related = Parse(site, "en/focus-areas/fa-01/index.html").QuerySelectorAll(".related li").Select(li => li.TextContent).ToList();
        Assert.Contains("Project Office (History: 2008)", related);
    }

    [Fact]
    public async Task The_review_list_puts_past_due_pages_first_grouped_by_owner()
    {
        using var site = TestSite.Create(PlanSite.Files(
            ("content/projects/a.en.md", TestSite.Page("A", "", "review_by: 2010-01-01\nowner: coordinator\n" + PlanSite.AsOf)),
            ("content/projects/b.en.md", TestSite.Page("B", "", "review_by: 2009-01-01\nowner: project-office\n" + PlanSite.AsOf)),
            ("content/projects/c.en.md", TestSite.Page("C", "", "review_by: 2008-01-01\n" + PlanSite.AsOf)),
            ("content/projects/d.en.md", TestSite.Page("D", "", "review_by: 2009-02-01\nowner: coordinator\n" + PlanSite.AsOf))));
        var diagnostics = new ActionPlan.Diagnostics.DiagnosticBag();
        var model = SiteBuilder.LoadSite(site.Root, diagnostics, new PublishingRules(false, Today), TestContext.Current.CancellationToken, builtInThemeDirectory: TestSite.BuiltInTheme)!;

        var entries = ReviewSchedule.Of(model, Today);

        Assert.Equal(
            [
                ("content/projects/d.en.md", "coordinator", true), ("content/projects/b.en.md", "project-office", true),
                ("content/projects/c.en.md", null, true), ("content/projects/a.en.md", "coordinator", false),
            ],
            entries.Select(e => (e.Path, e.Owner, e.PastDue)));
        Assert.Equal("International coordinator", entries[0].OwnerTitle);
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(TestSite site, string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    private static string? AsOf(TestSite site, string path) => Parse(site, path).QuerySelector("main .as-of")?.TextContent;

    private static string? Note(TestSite site, string path) => Parse(site, path).QuerySelector("main .history-note[role=note]")?.TextContent.Trim();

    private static List<string> Ids(AngleSharp.Dom.IElement list) =>
        list.QuerySelectorAll("a.listing__title").Select(a => a.GetAttribute("href")!.TrimEnd('/').Split('/')[^1]).ToList();
}

using ActionPlan.Tests.Support;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ActionPlan.Tests.Products;

/// <summary>The pages the build makes from the plan site's content, in both languages.</summary>
public sealed class GeneratedPagesTests(GeneratedPagesTests.Built built) : IClassFixture<GeneratedPagesTests.Built>
{
    /// <summary>The plan site, built once for the whole class.</summary>
    public sealed class Built() : BuiltSite(TestSite.Create(PlanSite.WithWebGoal()));

    private readonly TestSite _site = built.Site;

    private IHtmlDocument Read(string path) => new HtmlParser().ParseDocument(_site.ReadOutput(path));

    private static List<string> RowHeaders(IHtmlDocument page, string table) =>
        page.QuerySelectorAll($"table.{table} tbody th").Select(t => t.TextContent.Trim()).ToList();

    [Fact]
    public void Each_register_edition_lists_that_years_networks_with_theme_and_contact_unit()
    {
        Assert.Equal(["Eurocities"], RowHeaders(Read("en/networks/register/2007/index.html"), "register"));
        var edition = Read("en/networks/register/2008/index.html");
        Assert.Equal(["ECACP", "Eurocities"], RowHeaders(edition, "register"));
        var cells = edition.QuerySelectorAll("table.register tbody tr").First().QuerySelectorAll("td").Select(c => c.TextContent.Trim());
        Assert.Equal(["Child poverty", "Project Office"], cells);
        Assert.Equal("Register of international networks 2008", edition.QuerySelector("h1")!.TextContent);
        Assert.Equal(["ECACP", "Eurocities"], RowHeaders(Read("da/networks/register/2008/index.html"), "register"));
    }

    [Fact]
    public void The_register_archive_keeps_every_edition()
    {
        var archive = Read("en/networks/register/index.html");

        Assert.Equal(["/international/en/networks/register/2007/", "/international/en/networks/register/2008/"],
            archive.QuerySelectorAll("main .years[aria-label='Register editions'] a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Each_years_timeline_lists_its_activities_in_date_order_with_type_and_status()
    {
        var timeline = Read("en/activities/2007/index.html");
        Assert.Equal(["Forum in Newcastle", "AGM in Gdansk"], RowHeaders(timeline, "timeline"));
        Assert.Equal(["14 March 2007", "Network meeting", "Held"],
            timeline.QuerySelectorAll("table.timeline tbody tr").First().QuerySelectorAll("td").Select(c => c.TextContent.Trim()));

        var danish = Read("da/activities/2008/index.html");
        Assert.Equal(["april 2008", "Aflagt besøg", "Planlagt"],
            danish.QuerySelectorAll("table.timeline tbody tr").Single().QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void A_partner_city_page_shows_everything_done_with_it_in_its_own_language()
    {
        var berlin = Read("da/cities/berlin/index.html");

        var related = berlin.QuerySelectorAll(".related h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["Projekter", "Netværk", "Aktiviteter"], related);
        Assert.Equal(["Boliger", "ECACP", "Besøg i Berlin"], berlin.QuerySelectorAll(".related li a").Select(a => a.TextContent));
    }

    [Fact]
    public void A_focus_area_page_shows_each_goal_with_its_latest_status_reason_office_aims_and_objectives()
    {
        var page = Read("en/focus-areas/fa-01/index.html");

        var rows = page.QuerySelectorAll("table.goals-table tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim())).Trim()).ToList();
        Assert.Equal(["1. A contact arrangement | Achieved (2008) | In place", "2. A working group | Postponed (2008) |"], rows);
        Assert.Equal(["Project Office", "the learning city", "3"], page.QuerySelectorAll(".facts dd").Select(d => d.TextContent.Trim()));
        Assert.Contains("/international/en/status/2008/", page.QuerySelectorAll(".years a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Filtered_listings_work_without_javascript_as_pages_per_focus_area_and_city()
    {
        var section = Read("en/projects/index.html");
        Assert.Equal(
            ["/international/en/projects/focus-areas/fa-01/", "/international/en/projects/focus-areas/fa-02/", "/international/en/projects/cities/berlin/"],
            section.QuerySelectorAll(".filters a").Select(a => a.GetAttribute("href")));

        var byCity = Read("en/projects/cities/berlin/index.html");
        Assert.Equal("Projects: Berlin", byCity.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Housing"], byCity.QuerySelectorAll(".listing .listing__title").Select(a => a.TextContent));
        Assert.Equal(["Outreach"], Read("en/projects/focus-areas/fa-02/index.html").QuerySelectorAll(".listing .listing__title").Select(a => a.TextContent));
    }

    [Fact]
    public void Generated_pages_are_twins_across_languages()
    {
        var page = Read("da/status/2008/index.html");

        Assert.Equal("da", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Statusrapport 2008", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(
            ["en https://example.org/international/en/status/2008/", "da https://example.org/international/da/status/2008/", "x-default https://example.org/international/en/status/2008/"],
            page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => $"{l.GetAttribute("hreflang")} {l.GetAttribute("href")}"));
        Assert.Equal("/international/en/status/2008/", page.QuerySelector(".site-header .languages a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_status_report_counts_goals_per_status_as_they_stood_that_year()
    {
        static Dictionary<string, string> Totals(IHtmlDocument page) =>
            page.QuerySelectorAll("table.figures tfoot td").ToDictionary(t => t.GetAttribute("data-status")!, t => t.TextContent);

        var report2007 = Read("en/status/2007/index.html");
        var report2008 = Read("en/status/2008/index.html");

        Assert.Equal(new Dictionary<string, string>
        {
            ["achieved"] = "0", ["in-progress"] = "1", ["not-achieved"] = "0", ["postponed"] = "0", ["dropped"] = "0", ["changed"] = "0", ["none"] = "2", ["total"] = "3",
        }, Totals(report2007));
        Assert.Equal(new Dictionary<string, string>
        {
            ["achieved"] = "1", ["in-progress"] = "0", ["not-achieved"] = "1", ["postponed"] = "1", ["dropped"] = "0", ["changed"] = "0", ["none"] = "0", ["total"] = "3",
        }, Totals(report2008));
        Assert.NotNull(report2008.QuerySelector("svg.chart[role=img] title"));
        Assert.Equal(["Visit to Berlin"], RowHeaders(report2008, "timeline"));
        Assert.Equal(["ECACP", "Eurocities"], RowHeaders(report2008, "register"));
        foreach (var (report, project) in new[] { (report2007, "Outreach"), (report2008, "Housing") })
        {
            var measured = report.QuerySelector(".measured-goal[data-goal='2-1']")!;
            Assert.Equal("true", measured.GetAttribute("data-recorded"));
            Assert.Equal("false", measured.QuerySelector("[data-met]")!.GetAttribute("data-met"));
            Assert.Equal([project], measured.QuerySelectorAll("li a").Select(a => a.TextContent));
        }
    }
}

using ActionPlan.Build;
using ActionPlan.Model;
using ActionPlan.Tests.Support;
using AngleSharp.Html.Parser;

namespace ActionPlan.Tests.Rendering;

/// <summary>What the kinds' declarations know reaches the pages: a project's status and start, a draft's mark.</summary>
public sealed class KindFactsShownTests
{
    [Fact]
    public async Task A_projects_status_and_start_show_on_its_page_and_in_its_sections_listing_in_both_languages()
    {
        using var site = TestSite.Create(PlanSite.Files(
            ("content/projects/housing.en.md", TestSite.Page("Housing", "", "date: 2008-05-01\nstatus: ongoing\nstarted: 2007-11")),
            ("content/projects/housing.da.md", TestSite.Page("Boliger", "", "date: 2008-05-01\nstatus: ongoing\nstarted: 2007-11"))));

        var result = await site.BuildAsync();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        string Facts(string path) => string.Join("; ", parser.ParseDocument(site.ReadOutput(path)).QuerySelectorAll(".facts dt").Select(dt => $"{dt.TextContent}: {dt.NextElementSibling!.TextContent}"));
        Assert.Equal("Status: Ongoing; Started: November 2007", Facts("en/projects/housing/index.html"));
        Assert.Equal("Status: I gang; Startet: november 2007", Facts("da/projekter/housing/index.html"));
        // The listing shows each project's date (its date:) and its status.
        Assert.Equal(["1 May 2008", "Status: Ongoing", "1 February 2007"], parser.ParseDocument(site.ReadOutput("en/projects/index.html")).QuerySelectorAll(".listing__meta").Select(m => m.TextContent));
        Assert.Equal(["1. maj 2008", "Status: I gang", "1. februar 2007"], parser.ParseDocument(site.ReadOutput("da/projekter/index.html")).QuerySelectorAll(".listing__meta").Select(m => m.TextContent));
        Assert.Empty(parser.ParseDocument(site.ReadOutput("en/projects/outreach/index.html")).QuerySelectorAll(".facts"));
    }

    [Fact]
    public async Task A_draft_shown_with_drafts_carries_a_visible_mark_in_its_language_and_published_pages_do_not()
    {
        using var site = TestSite.Create(PlanSite.Files(
            ("content/projects/plans.en.md", TestSite.Page("Plans", "", "draft: true")),
            ("content/projects/plans.da.md", TestSite.Page("Planer", "", "draft: true"))));

        var result = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, site.Output)
        {
            BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates, Publishing = new PublishingRules(true, new DateOnly(2026, 11, 23)),
        }, TestContext.Current.CancellationToken);

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        Assert.Equal("Draft: this page is not published.", parser.ParseDocument(site.ReadOutput("en/projects/plans/index.html")).QuerySelector("main .draft-mark")!.TextContent);
        Assert.Equal("Kladde: siden er ikke udgivet.", parser.ParseDocument(site.ReadOutput("da/projekter/plans/index.html")).QuerySelector("main .draft-mark")!.TextContent);
        Assert.Null(parser.ParseDocument(site.ReadOutput("en/projects/housing/index.html")).QuerySelector(".draft-mark"));
    }
}

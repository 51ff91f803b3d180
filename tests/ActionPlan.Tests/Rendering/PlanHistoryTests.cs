using ActionPlan.Build;
using ActionPlan.Model;
using ActionPlan.Tests.Support;
using AngleSharp.Html.Parser;

namespace ActionPlan.Tests.Rendering;

/// <summary>
/// A plan whose period is over is history: its page and its focus areas' pages say so in a note, in both languages,
/// from the build's day; while the plan runs they carry no such note.
/// </summary>
public sealed class PlanHistoryTests
{
    private static async Task<TestSite> Built(DateOnly today)
    {
        var site = TestSite.Create(PlanSite.Files());
        var result = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, site.Output)
        {
            BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates,
            Publishing = PublishingRules.Default with { Today = today },
        }, TestContext.Current.CancellationToken);
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        return site;
    }

    private static string? Note(TestSite site, string page) =>
        new HtmlParser().ParseDocument(site.ReadOutput(page)).QuerySelectorAll(".history-note").SingleOrDefault()?.TextContent.Trim();

    [Fact]
    public async Task After_its_last_year_a_plan_and_its_focus_areas_are_marked_as_history_in_both_languages()
    {
        using var site = await Built(new DateOnly(2010, 1, 1));

        Assert.Equal("History: this plan ran 2007–2009; its goals are judged only within those years, by the documents that assessed them.", Note(site, "en/publications/action-plan/index.html"));
        Assert.Equal("History: this belongs to a plan that ran 2007–2009: Action plan; its goals are judged only within those years, by the documents that assessed them.", Note(site, "en/focus-areas/fa-01/index.html"));
        Assert.Equal("Historik: dette hører til en plan, der løb 2007–2009: Handlingsplan; dens mål vurderes kun inden for de år, af de dokumenter, der vurderede dem.", Note(site, "da/focus-areas/fa-02/index.html"));
        var link = new HtmlParser().ParseDocument(site.ReadOutput("da/focus-areas/fa-02/index.html")).QuerySelector(".history-note a")!;
        Assert.Equal("/international/da/publications/action-plan/", link.GetAttribute("href"));
        Assert.Null(Note(site, "en/publications/status-2008/index.html"));
    }

    [Fact]
    public async Task While_the_plan_runs_nothing_is_marked_as_history()
    {
        using var site = await Built(new DateOnly(2009, 12, 31));

        Assert.Null(Note(site, "en/publications/action-plan/index.html"));
        Assert.Null(Note(site, "en/focus-areas/fa-01/index.html"));
        Assert.Null(Note(site, "da/focus-areas/fa-02/index.html"));
    }
}

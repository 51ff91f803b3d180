using ActionPlan.Build;
using ActionPlan.Model;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Checking;

/// <summary>A build that would drop an address the last published build had says so, once, at the page that held it.</summary>
public sealed class DroppedAddressTests
{
    private static Task<BuildResult> BuildAsync(TestSite site) =>
        SiteBuilder.BuildAsync(new BuildOptions(site.Root, site.Output)
        {
            BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates,
            Publishing = new PublishingRules(false, new DateOnly(2026, 11, 23)),
        }, TestContext.Current.CancellationToken);

    private static IEnumerable<string> Dropped(BuildResult result) =>
        result.Diagnostics.Where(d => d.Code == "dropped-address").Select(d => d.ToString());

    private static void Rename(TestSite site, string from, string to, Func<string, string>? change = null)
    {
        var text = File.ReadAllText(Path.Combine(site.Root, from));
        File.Delete(Path.Combine(site.Root, from));
        site.Write(to, change is null ? text : change(text));
    }

    [Fact]
    public async Task A_page_renamed_by_hand_without_an_alias_is_reported_once_at_its_new_file()
    {
        // Given a published site (its first build compares with nothing)
        using var site = TestSite.Create(PlanSite.Files());
        var first = await BuildAsync(site);
        Assert.True(first.Published);
        Assert.Empty(Dropped(first));

        // When a page's file is renamed by hand
        Rename(site, "content/projects/housing.en.md", "content/projects/housing-first.en.md");
        var second = await BuildAsync(site);

        // Then that build names the new file and the alias that keeps the old address, and nothing else is said
        Assert.True(second.Published);
        Assert.Equal(
            ["content/projects/housing-first.en.md:1:1: warning: the last build published this page at /en/projects/housing/, and this build moves it to /en/projects/housing-first/, so links and bookmarks to the old address will fail: keep it with 'aliases: [en/projects/housing/]' in content/projects/housing-first.en.md (actionplan move does this for you). [dropped-address]"],
            second.Diagnostics.Select(d => d.ToString()));

        // And the next build compares with what was published then
        Assert.Empty(Dropped(await BuildAsync(site)));
    }

    [Fact]
    public async Task A_page_renamed_with_its_old_address_as_an_alias_is_not_reported()
    {
        using var site = TestSite.Create(PlanSite.Files());
        Assert.True((await BuildAsync(site)).Published);

        Rename(site, "content/projects/housing.en.md", "content/projects/housing-first.en.md",
            text => text.Replace("date: 2008-05-01\n", "date: 2008-05-01\naliases: [en/projects/housing/]\n", StringComparison.Ordinal));
        var result = await BuildAsync(site);

        Assert.True(result.Published);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task A_new_slug_is_reported_at_the_slug_line_and_a_deleted_page_at_its_old_file()
    {
        using var site = TestSite.Create(PlanSite.Files());
        Assert.True((await BuildAsync(site)).Published);

        site.Write("content/projects/housing.da.md", TestSite.Page("Boliger", "", "date: 2009-01-01\nslug: boliger\nfocus_areas: [fa-01]\ncities: [berlin]\n" + PlanSite.AsOf));
        File.Delete(Path.Combine(site.Root, "content/projects/outreach.en.md"));
        File.Delete(Path.Combine(site.Root, "content/projects/outreach.da.md"));
        var result = await BuildAsync(site);

        Assert.Equal(
            [
                "content/projects/housing.da.md:4:1: warning: the last build published this page at /da/projekter/housing/, and this build moves it to /da/projekter/boliger/, so links and bookmarks to the old address will fail: keep it with 'aliases: [da/projekter/housing/]' in content/projects/housing.da.md (actionplan move does this for you). [dropped-address]",
                "content/projects/outreach.da.md: warning: the last build published this page at /da/projekter/outreach/, and the file is gone, so links and bookmarks to it will fail: if another page replaces it, write 'aliases: [da/projekter/outreach/]' in that page's front matter (actionplan move does this for you); if it is meant to go, there is nothing to do. [dropped-address]",
                "content/projects/outreach.en.md: warning: the last build published this page at /en/projects/outreach/, and the file is gone, so links and bookmarks to it will fail: if another page replaces it, write 'aliases: [en/projects/outreach/]' in that page's front matter (actionplan move does this for you); if it is meant to go, there is nothing to do. [dropped-address]",
            ],
            Dropped(result));
    }

    [Fact]
    public async Task A_register_year_no_longer_made_is_a_real_drop_named_at_the_section_page()
    {
        using var site = TestSite.Create(PlanSite.Files());
        Assert.True((await BuildAsync(site)).Published);

        // Eurocities was the only network in the 2007 register.
        site.Write("content/networks/eurocities.en.md", TestSite.Page("Eurocities", "", "theme: Social inclusion\ncontact: project-office\nregister: [2008]\nfocus_areas: [fa-01]"));
        site.Write("content/networks/eurocities.da.md", TestSite.Page("Eurocities", "", "theme: Social inclusion\ncontact: project-office\nregister: [2008]\nfocus_areas: [fa-01]"));
        var result = await BuildAsync(site);

        Assert.Contains(
            "content/networks/_index.en.md:1:1: warning: the last build published /en/networks/register/2007/, a page the build made, and this build no longer makes it, so links to it will fail: if the year should stay, restore what made it; else keep the address with 'aliases: [en/networks/register/2007/]' in content/networks/_index.en.md. [dropped-address]",
            Dropped(result));
    }

    [Fact]
    public async Task Without_a_previous_output_nothing_is_compared()
    {
        using var site = TestSite.Create(PlanSite.Files());
        Assert.True((await BuildAsync(site)).Published);
        Directory.Delete(site.Output, recursive: true);
        Rename(site, "content/projects/housing.en.md", "content/projects/housing-first.en.md");

        Assert.Empty(Dropped(await BuildAsync(site)));
    }
}

using ActionPlan.Build;
using ActionPlan.Model;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Model;

/// <summary>Drafts, publication and expiry dates, and aliases, each through a real build of a small site.</summary>
public sealed class PublishingTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static TestSite Site(params (string, string)[] more) => TestSite.Create(Minimal.Files(
    [
        ("content/projects/published.en.md", TestSite.Page("Published", "", "date: 2026-11-23\nsummary: Out now\n" + PlanSite.AsOf)),
        ("content/projects/draft.en.md", TestSite.Page("Drafted", "", "draft: true\nsummary: Not yet\n" + PlanSite.AsOf)),
        ("content/projects/future.en.md", TestSite.Page("Future", "", "date: 2026-11-24\n" + PlanSite.AsOf)),
        ("content/projects/expired.en.md", TestSite.Page("Expired", "", "expires: 2026-11-23\n" + PlanSite.AsOf)),
        .. more,
    ]));

    private static Task<BuildResult> BuildAsync(TestSite site, bool drafts = false) =>
        SiteBuilder.BuildAsync(new BuildOptions(site.Root, site.Output)
        {
            BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates,
            Publishing = new PublishingRules(drafts, Today),
        }, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Drafts_future_and_expired_pages_stay_out_of_pages_listings_sitemap_feeds_and_search()
    {
        using var site = Site();

        var result = await BuildAsync(site);

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.True(site.OutputExists("en/projects/published/index.html"));
        var everything = string.Join("\n", Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        foreach (var hidden in new[] { "Drafted", "Future", "Expired", "projects/draft/", "projects/future/", "projects/expired/" })
        {
            Assert.DoesNotContain(hidden, everything, StringComparison.Ordinal);
        }

        Assert.Contains("Out now", site.ReadOutput("en/projects/index.html"), StringComparison.Ordinal);
        Assert.Contains("/en/projects/published/", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("/en/projects/published/", site.ReadOutput("en/feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_drafts_asked_for_the_draft_is_built()
    {
        using var site = Site();

        var result = await BuildAsync(site, drafts: true);

        Assert.True(result.Published);
        Assert.True(site.OutputExists("en/projects/draft/index.html"));
        Assert.False(site.OutputExists("en/projects/future/index.html"));
    }

    [Fact]
    public async Task A_link_to_an_unpublished_page_is_an_error_that_says_why()
    {
        using var site = Site(("content/projects/linker.en.md", TestSite.Page("Linker", "See [the draft](draft.md) and [the future](future.md).", PlanSite.AsOf)));

        var result = await BuildAsync(site);

        Assert.Equal(
            [
                "content/projects/future.en.md:3:1: warning: " + FutureMessage + " [future-page]",
                "content/projects/linker.en.md:5:5: error: 'draft.md' links to a page that is not published (a draft): remove the link or publish content/projects/draft.en.md. [link]",
                "content/projects/linker.en.md:5:31: error: 'future.md' links to a page that is not published (to be published on 2026-11-24): remove the link or publish content/projects/future.en.md. [link]",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    private const string FutureMessage = "this page publishes on 2026-11-24 (its 'date:'), so this build leaves it out everywhere until then; to publish it now, set 'date:' to today or earlier.";

    [Fact]
    public async Task A_future_page_that_nothing_links_to_is_reported_once_at_its_date_and_drafts_and_expired_pages_are_not()
    {
        // Given a future page nobody links to, a draft dated in the future, and an expired page.
        using var site = Site(("content/projects/later-draft.en.md", TestSite.Page("Later draft", "", "draft: true\ndate: 2027-01-01")));

        // When it is built on the day before the future page's date
        var result = await BuildAsync(site);

        // Then the future page is the one thing said, once, at its date line; the draft is withheld as a draft.
        Assert.True(result.Published);
        Assert.Equal(["content/projects/future.en.md:3:1: warning: " + FutureMessage + " [future-page]"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task The_build_day_decides_a_future_page_not_the_clock()
    {
        using var site = Site();

        // On its own day the page is published and nothing is said; the day before (Today), it is withheld and said.
        var onItsDay = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, site.Output)
        {
            BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates,
            Publishing = new PublishingRules(false, new DateOnly(2026, 11, 24)),
        }, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(onItsDay.Diagnostics, d => d.Code == "future-page");
        Assert.True(site.OutputExists("en/projects/future/index.html"));
        Assert.Contains((await BuildAsync(site)).Diagnostics, d => d.Code == "future-page");
    }

    [Fact]
    public async Task Aliases_redirect_old_addresses_to_the_page()
    {
        using var site = Site(("content/projects/moved.en.md", TestSite.Page("Moved", "", "aliases: [old/moved-project/, /en/projects/old-name]")));

        var result = await BuildAsync(site);

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        foreach (var alias in new[] { "old/moved-project/index.html", "en/projects/old-name/index.html" })
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput(alias));
            Assert.Equal("0; url=/international/en/projects/moved/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.Equal("/international/en/projects/moved/", page.QuerySelector("main a")!.GetAttribute("href"));
            Assert.Equal("https://example.org/international/en/projects/moved/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        }
    }

    [Theory]
    [InlineData("aliases: [en/projects/published/]", "content/projects/moved.en.md:3:1: error: alias 'en/projects/published/' is already the address or an alias of content/projects/published.en.md; an address can lead to one page only. [alias-clash]")]
    [InlineData("aliases: [../outside/]", "content/projects/moved.en.md:3:1: error: alias '../outside/' must be an address of this site below its base path, such as 'projects/old-name/', without '..', '\\', ':', '?', '#' or '%'. [bad-alias]")]
    [InlineData("aliases: [en/search/]", "content/projects/moved.en.md:3:1: error: alias 'en/search/' is the URL /en/search/, which the build needs for a page it makes (search); change or remove the alias. [url-clash]")]
    public async Task An_alias_that_collides_or_escapes_is_an_error_at_its_line(string frontMatter, string expected)
    {
        using var site = Site(("content/projects/moved.en.md", TestSite.Page("Moved", "", frontMatter)));

        var result = await BuildAsync(site);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Diagnostics.Select(d => d.ToString()));
    }
}

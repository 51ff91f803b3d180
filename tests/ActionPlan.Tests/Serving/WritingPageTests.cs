using ActionPlan.Admin;
using ActionPlan.Tests.Support;
using ActionPlan.Writing;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;

namespace ActionPlan.Tests.Serving;

/// <summary>The Razor page at /admin/writing/, rendered as the preview renders it.</summary>
public sealed class WritingPageTests
{
    [Fact]
    public async Task The_page_lists_each_language_and_the_pages_hardest_first_with_links_to_each_in_the_preview()
    {
        // Given a site's writing as its build measured it
        using var site = TestSite.Create(Minimal.Files(
            ("content/hard.en.md", TestSite.Page("Hard & long", "Municipalities internationally cooperate administratively.")),
            ("content/easy.en.md", TestSite.Page("Easy", "We met. It went well."))));
        var result = await site.BuildAsync();

        // When its page is rendered
        using var services = new ServiceCollection().BuildServiceProvider();
        var html = await AdminPageRenderer.RenderAsync<WritingPage>(services, new Dictionary<string, object?>
        {
            [nameof(WritingPage.Report)] = result.Writing,
            [nameof(WritingPage.BasePath)] = "/international/",
        });

        // Then it is one English document whose tables are headed, the pages ordered by LIX, each linked
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal(("en", "Writing – editor"), (document.DocumentElement.GetAttribute("lang"), document.Title));
        Assert.All(document.QuerySelectorAll("th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal(["English", "Danish"], document.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent));
        var links = document.QuerySelectorAll("table")[1].QuerySelectorAll("tbody a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(("Hard & long", "/international/en/hard/"), links[0]);
        Assert.Equal(("Easy", "/international/en/easy/"), links[^1]);
    }

    [Fact]
    public async Task Before_any_build_measured_the_pages_it_says_so()
    {
        using var services = new ServiceCollection().BuildServiceProvider();
        var html = await AdminPageRenderer.RenderAsync<WritingPage>(services, new Dictionary<string, object?>
        {
            [nameof(WritingPage.Report)] = WritingReport.None,
            [nameof(WritingPage.BasePath)] = "/",
        });

        Assert.Contains("No build has measured the pages yet", html, StringComparison.Ordinal);
    }
}

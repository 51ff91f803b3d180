using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Rendering;

/// <summary>The sitemap, robots.txt, the feeds and the redirect pages are theme layouts, which a site's theme can override.</summary>
public sealed class SiteFileTemplatesTests
{
    [Fact]
    public async Task A_sites_theme_overrides_robots_txt_and_the_redirect_page_and_keeps_the_default_sitemap_and_feeds()
    {
        using var site = TestSite.Create(PlanSite.Files(
            ("content/projects/housing.en.md", TestSite.Page("Housing", "", "date: 2008-05-01\nfocus_areas: [fa-01]\ncities: [berlin]\naliases: [en/projects/homes/]\n" + PlanSite.AsOf)),
            ("themes/plain/Layouts/files/robots.cshtml", "@inherits ActionPlan.Rendering.ThemePage<ActionPlan.Rendering.RobotsView>\nUser-agent: *\nDisallow: /drafts/\nSitemap: @Raw(Model.SitemapUrl)\n"),
            ("themes/plain/Layouts/files/redirect.cshtml", "@inherits ActionPlan.Rendering.ThemePage<ActionPlan.Rendering.RedirectView>\n<!DOCTYPE html>\n<html lang=\"@Model.LanguageTag\"><head><meta charset=\"utf-8\"><title>Moved: @Model.Title</title><meta http-equiv=\"refresh\" content=\"0; url=@Model.Target\"></head><body><main><h1>Moved: @Model.Title</h1><p><a href=\"@Model.Target\">@Model.Target</a></p></main></body></html>\n")));
        site.AppendToConfig("\ntheme: plain\n");

        var result = await site.BuildAsync();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Equal("User-agent: *\nDisallow: /drafts/\nSitemap: https://example.org/international/sitemap.xml\n", site.ReadOutput("robots.txt"));
        Assert.Contains("<h1>Moved: Housing</h1>", site.ReadOutput("en/projects/homes/index.html"), StringComparison.Ordinal);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset ", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("  <url>\n    <loc>https://example.org/international/en/projects/housing/</loc>\n", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("<entry>\n    <title>Housing</title>", site.ReadOutput("en/feed.xml"), StringComparison.Ordinal);
    }
}

using ActionPlan.Tests.Support;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ActionPlan.Tests.Rendering;

/// <summary>
/// Long listings split into numbered pages: seven English projects and four Danish ones at three a page, five 2008
/// activities (English only for one) at two a page in the activities section, every project about Berlin.
/// </summary>
public sealed class PaginationTests(PaginationTests.Built built) : IClassFixture<PaginationTests.Built>
{
    public sealed class Built() : BuiltSite(Create());

    private readonly TestSite _site = built.Site;

    private static TestSite Create()
    {
        var files = new List<(string, string)>
        {
            ("content/activities/_index.en.md", TestSite.Page("Activities")),
            ("content/activities/_index.da.md", TestSite.Page("Aktiviteter")),
            ("content/cities/_index.en.md", TestSite.Page("Cities")),
            ("content/cities/_index.da.md", TestSite.Page("Byer")),
            ("content/cities/berlin.en.md", TestSite.Page("Berlin", "", "country: Germany")),
            ("content/cities/berlin.da.md", TestSite.Page("Berlin", "", "country: Germany")),
        };
        for (var i = 1; i <= 7; i++)
        {
            files.Add(($"content/projects/p{i}.en.md", TestSite.Page($"Project {i}", "", $"weight: {i}\ncities: [berlin]")));
            if (i <= 4)
            {
                files.Add(($"content/projects/p{i}.da.md", TestSite.Page($"Projekt {i}", "", $"weight: {i}\ncities: [berlin]")));
            }
        }

        for (var i = 1; i <= 5; i++)
        {
            var facts = $"type: visit-made\nwhen: 2008-0{i}\nstatus: held";
            files.Add(($"content/activities/a{i}.en.md", TestSite.Page($"Visit {i}", "", facts)));
            if (i < 5)
            {
                files.Add(($"content/activities/a{i}.da.md", TestSite.Page($"Besøg {i}", "", facts)));
            }
        }

        var site = TestSite.Create(Minimal.Files([.. files]));
        site.AppendToConfig("\npagination: { size: 3, sections: { activities: 2 } }\n");
        return site;
    }

    private IHtmlDocument Read(string path) => new HtmlParser().ParseDocument(_site.ReadOutput(path));

    private static string[] Listed(IHtmlDocument page) => page.QuerySelectorAll(".listing .listing__title").Select(a => a.TextContent).ToArray();

    [Fact]
    public void A_section_goes_on_over_numbered_pages_each_entry_once_in_order()
    {
        Assert.Equal(["Project 1", "Project 2", "Project 3"], Listed(Read("en/projects/index.html")));
        Assert.Equal(["Project 4", "Project 5", "Project 6"], Listed(Read("en/projects/page/2/index.html")));
        Assert.Equal(["Project 7"], Listed(Read("en/projects/page/3/index.html")));
        Assert.False(_site.OutputExists("en/projects/page/4/index.html"));
        Assert.False(_site.OutputExists("en/projects/page/1/index.html"));

        // Four Danish projects make two pages.
        Assert.Equal(["Projekt 4"], Listed(Read("da/projekter/page/2/index.html")));
        Assert.False(_site.OutputExists("da/projekter/page/3/index.html"));
    }

    [Fact]
    public void The_pager_is_a_named_navigation_landmark_with_links_both_ways_and_the_current_page_marked()
    {
        var second = Read("en/projects/page/2/index.html");
        var pager = second.QuerySelector("nav.pager")!;
        Assert.Equal("Pages of this list", pager.GetAttribute("aria-label"));
        Assert.Equal("Page 2 of 3", pager.QuerySelector(".pager__status")!.TextContent);
        Assert.Equal("/international/en/projects/", pager.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/international/en/projects/page/3/", pager.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("2", pager.QuerySelector("a[aria-current=page]")!.TextContent);
        Assert.Equal(["1", "2", "3"], pager.QuerySelectorAll("a[aria-label]").Select(a => a.TextContent));
        Assert.StartsWith("Projects, page 2 of 3 – ", second.Title, StringComparison.Ordinal);

        var first = Read("en/projects/index.html").QuerySelector("nav.pager")!;
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.Equal("/international/en/projects/page/2/", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        var last = Read("en/projects/page/3/index.html").QuerySelector("nav.pager")!;
        Assert.Null(last.QuerySelector("a[rel=next]"));

        // In Danish, in Danish.
        var danish = Read("da/projekter/page/2/index.html");
        Assert.Equal("Sider i denne liste", danish.QuerySelector("nav.pager")!.GetAttribute("aria-label"));
        Assert.Equal("Side 2 af 2", danish.QuerySelector(".pager__status")!.TextContent);
        Assert.StartsWith("Projekter, side 2 af 2", danish.Title, StringComparison.Ordinal);

        // A listing that fits on one page has no pager.
        Assert.Null(Read("en/cities/index.html").QuerySelector("nav.pager"));
    }

    [Fact]
    public void Every_page_of_a_listing_is_in_the_sitemap_with_its_twin_where_the_twin_has_that_page()
    {
        var sitemap = SitemapReader.Read(Path.Combine(_site.Output, "sitemap.xml"));
        const string Site = "https://example.org/international/";

        Assert.Empty(SitemapReader.Problems(sitemap));
        Assert.Equal(Site + "da/projekter/page/2/", sitemap[Site + "en/projects/page/2/"]["da"]);
        Assert.Equal(Site + "en/projects/page/2/", sitemap[Site + "da/projekter/page/2/"]["en"]);
        Assert.False(sitemap[Site + "en/projects/page/3/"].ContainsKey("da"));

        // The language switch of a page the other language lacks leads to the listing's first page there.
        var switcher = Read("en/projects/page/3/index.html").QuerySelector(".site-header .languages a[hreflang=da]")!;
        Assert.Equal("/international/da/projekter/", switcher.GetAttribute("href"));
    }

    [Fact]
    public void Timelines_and_filtered_listings_are_paged_by_their_sections_size()
    {
        // Five English activities in 2008 at two a page; four Danish ones.
        var timeline = Read("en/activities/2008/page/3/index.html");
        Assert.Equal(["Visit 5"], timeline.QuerySelectorAll("table.timeline tbody th a").Select(a => a.TextContent));
        Assert.Equal("Page 3 of 3", timeline.QuerySelector(".pager__status")!.TextContent);
        Assert.False(_site.OutputExists("da/activities/2008/page/3/index.html"));
        // The activities section lists its pages through the timelines, so it is not paged itself.
        Assert.False(_site.OutputExists("en/activities/page/2/index.html"));

        // The projects about Berlin, three a page, with the way back to the whole section.
        var berlin = Read("en/projects/cities/berlin/page/3/index.html");
        Assert.Equal(["Project 7"], Listed(berlin));
        Assert.Equal("/international/en/projects/", berlin.QuerySelector("main p a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_page_size_below_one_is_an_error_at_its_line_in_site_yml()
    {
        using var site = TestSite.Create(Minimal.Files());
        site.AppendToConfig("\npagination: { size: 0 }\n");

        var result = await site.BuildAsync();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("config", error.Code);
        Assert.StartsWith("site.yml:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("must be 1 or more", error.Message, StringComparison.Ordinal);
    }
}

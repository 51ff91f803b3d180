using ActionPlan.Diagnostics;
using ActionPlan.Tests.Support;
using AngleSharp.Html.Parser;

namespace ActionPlan.Tests.Build;

public sealed class SiteBuilderTests
{
    [Fact]
    public async Task Builds_the_bilingual_fixture_site_into_pretty_urls_per_language()
    {
        using var site = TestSite.FromFixture("small");

        var result = await site.BuildAsync();

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Published);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(15, result.Pages);
        foreach (var file in new[]
                 {
                     "index.html", "en/index.html", "da/index.html", "en/projects/index.html", "da/projekter/index.html",
                     "en/projects/familien-i-centrum/index.html", "da/projekter/familien-i-centrum/index.html",
                     "en/networks/eurocities/index.html", "da/netvaerk/eurocities/index.html", "da/netvaerk/ecacp/index.html",
                     "files/report.pdf", "projects/family-map.png", "sitemap.xml", "robots.txt", "en/feed.xml", "da/feed.xml",
                     "404.html", "en/404.html", "da/404.html", "en/search/index.html", "assets/favicon.svg",
                 })
        {
            Assert.True(site.OutputExists(file), $"{file} was not written");
        }

        Assert.False(site.OutputExists("en/networks/ecacp/index.html"));
    }

    [Fact]
    public async Task A_page_carries_language_title_description_canonical_alternates_dates_and_resolved_links()
    {
        using var site = TestSite.FromFixture("small");
        await site.BuildAsync();

        var english = new HtmlParser().ParseDocument(site.ReadOutput("en/projects/familien-i-centrum/index.html"));
        var danish = new HtmlParser().ParseDocument(site.ReadOutput("da/projekter/familien-i-centrum/index.html"));

        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("da", danish.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Family at the Centre – International work", english.Title);
        Assert.Equal("Family treatment with the family in charge.", english.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("https://example.org/international/en/projects/familien-i-centrum/", english.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(
            [
                "en https://example.org/international/en/projects/familien-i-centrum/",
                "da https://example.org/international/da/projekter/familien-i-centrum/",
                "x-default https://example.org/international/en/projects/familien-i-centrum/",
            ],
            english.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => $"{l.GetAttribute("hreflang")} {l.GetAttribute("href")}"));
        Assert.Contains("3 March 2008", english.QuerySelector(".dates")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3. marts 2008", danish.QuerySelector(".dates")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("æblegrød-på-ø", english.QuerySelector("main h2")!.Id);

        Assert.Equal("/international/projects/family-map.png", english.QuerySelector(".prose img")!.GetAttribute("src"));
        var bodyLinks = english.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
            ["/international/en/networks/eurocities/#members", "/international/files/report.pdf", "#%C3%A6blegr%C3%B8d-p%C3%A5-%C3%B8"],
            bodyLinks);

        var switchTo = danish.QuerySelector(".site-header .languages a")!;
        Assert.Equal(("/international/en/projects/familien-i-centrum/", "en", "alternate"), (switchTo.GetAttribute("href"), switchTo.GetAttribute("hreflang"), switchTo.GetAttribute("rel")));
        Assert.Equal("English", switchTo.TextContent);
    }

    [Fact]
    public async Task A_page_without_a_twin_switches_to_the_section_in_the_other_language_with_a_notice()
    {
        using var site = TestSite.FromFixture("small");
        await site.BuildAsync();

        var page = new HtmlParser().ParseDocument(site.ReadOutput("da/netvaerk/ecacp/index.html"));

        var item = page.QuerySelector(".site-header .languages li:nth-child(1)")!;
        Assert.Equal("/international/en/networks/", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(item.QuerySelector("a")!.GetAttribute("rel"));
        Assert.Contains("ikke oversat", item.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("link[rel=alternate][hreflang]"));
    }

    [Fact]
    public async Task Every_page_has_lang_title_canonical_and_alternates_that_point_both_ways()
    {
        using var site = TestSite.FromFixture("small");
        await site.BuildAsync();

        var pages = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .ToDictionary(
                f => Uri.UnescapeDataString(new Uri(new Uri("https://example.org/international/"), Path.GetRelativePath(site.Output, f).Replace('\\', '/')).AbsoluteUri.Replace("index.html", "")),
                f => new HtmlParser().ParseDocument(File.ReadAllText(f)));
        Assert.Equal(14, pages.Count);
        foreach (var (url, page) in pages)
        {
            Assert.False(string.IsNullOrEmpty(page.DocumentElement.GetAttribute("lang")), url);
            Assert.False(string.IsNullOrWhiteSpace(page.Title), url);
            Assert.Equal(url, Uri.UnescapeDataString(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!));
            var alternates = Alternates(page);
            Assert.Contains(url, alternates.Values);
            foreach (var (language, alternate) in alternates.Where(a => a.Key != "x-default"))
            {
                Assert.True(pages.ContainsKey(alternate), $"{url} names {alternate}, which was not written");
                Assert.Equal(language, pages[alternate].DocumentElement.GetAttribute("lang"));
                Assert.Contains(url, Alternates(pages[alternate]).Values);
            }
        }
    }

    private static Dictionary<string, string> Alternates(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => Uri.UnescapeDataString(l.GetAttribute("href")!));

    [Fact]
    public async Task A_link_to_a_missing_heading_fails_the_build_at_its_markdown_line_listing_the_headings_and_keeps_the_previous_output()
    {
        using var site = TestSite.FromFixture("small");
        Assert.True((await site.BuildAsync()).Published);
        var before = FolderSnapshot.Of(site.Output);

        site.Write("content/networks/eurocities.en.md", TestSite.Page("Eurocities", "## Member cities\n", "kind: page"));
        var result = await site.BuildAsync();

        Assert.False(result.Published);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "content/projects/familien-i-centrum.en.md:9:24: error: '../networks/eurocities.md#members' points to a heading '#members' that " +
            "content/networks/eurocities.en.md does not have: its headings are 'Member cities' (#member-cities). [link]",
            Assert.Single(result.Diagnostics).ToString());
        Assert.Equal(before, FolderSnapshot.Of(site.Output));
        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Root, ".output.*"), d => !d.EndsWith(".output.spare", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_link_to_a_missing_page_fails_the_build_at_its_line_and_writes_nothing()
    {
        using var site = TestSite.FromFixture("small");
        site.Write("content/networks/eurocities.en.md", TestSite.Page("Eurocities", "## Members\n\nSee [Pompidou](pompidou.md) and [ECACP](ecacp.md).\n", "kind: page"));

        var result = await site.BuildAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "content/networks/eurocities.en.md:7:5: error: 'pompidou.md' does not match a page: there is no content/networks/pompidou.en.md. [link]",
                "content/networks/eurocities.en.md:7:33: error: 'ecacp.md' has no English version. Link to 'ecacp.da.md' to send readers to the Dansk page, or write content/networks/ecacp.en.md. [link]",
            ],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task A_site_theme_overrides_the_default_file_by_file_and_its_broken_links_are_reported_at_the_output()
    {
        using var site = TestSite.FromFixture("small");
        site.Write("themes/default/Partials/_footer.cshtml",
            "@inherits ActionPlan.Rendering.ThemePage<ActionPlan.Rendering.PageView>\n<footer><a href=\"@Model.Asset(\"privacy/\")\">Privacy</a></footer>\n");

        var result = await site.BuildAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("output/da/index.html: error: the theme wrote a broken link '/international/privacy/' (page from content/_index.da.md): nothing is written at privacy/. [broken-link]",
            result.Diagnostics.Select(d => d.ToString()));
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
    }

    [Fact]
    public async Task A_section_layout_is_used_for_that_section_only_and_front_matter_can_choose_another()
    {
        using var site = TestSite.FromFixture("small");
        const string header = "@inherits ActionPlan.Rendering.ThemePage<ActionPlan.Rendering.PageView>\n@{ Layout = \"Layouts/_base\"; }\n";
        site.Write("themes/default/Layouts/projects/single.cshtml", header + "<h1 class=\"project\">@Model.Title</h1>\n");
        site.Write("themes/default/Layouts/wide.cshtml", header + "<h1 class=\"wide\">@Model.Title</h1>\n");
        site.Write("content/networks/eurocities.da.md", TestSite.Page("Eurocities", "## Members {lang=en}\n", "kind: page\nslug: eurocities\nlayout: wide"));

        var result = await site.BuildAsync();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Contains("<h1 class=\"project\">Family at the Centre</h1>", site.ReadOutput("en/projects/familien-i-centrum/index.html"), StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"wide\">Eurocities</h1>", site.ReadOutput("da/netvaerk/eurocities/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"project\"", site.ReadOutput("en/networks/eurocities/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_layout_named_in_front_matter_that_the_theme_lacks_is_an_error_at_the_page()
    {
        using var site = TestSite.FromFixture("small");
        site.Write("content/networks/eurocities.da.md", TestSite.Page("Eurocities", "## Members {lang=en}\n", "kind: page\nslug: eurocities\nlayout: poster"));

        var result = await site.BuildAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("content/networks/eurocities.da.md:5:1: error: layout 'poster' is not in the theme: there is no Layouts/poster.cshtml. Remove the line or name an existing layout. [no-layout]",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public async Task A_template_that_does_not_compile_is_reported_at_the_template()
    {
        using var site = TestSite.FromFixture("small");
        site.Write("themes/default/Layouts/single.cshtml", "@inherits ActionPlan.Rendering.ThemePage<ActionPlan.Rendering.PageView>\n<h1>@Model.NoSuchProperty</h1>\n");

        var result = await site.BuildAsync();

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("themes/default/Layouts/single.cshtml", 2), (error.File, error.Line));
        Assert.StartsWith("the template does not compile: 'PageView' does not contain a definition for 'NoSuchProperty'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_theme_is_a_configuration_error()
    {
        using var site = TestSite.FromFixture("small");
        site.AppendToConfig("theme: civic\n");

        var result = await site.BuildAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("site.yml: error: theme 'civic' was not found: there is no folder themes/civic/ in the site. [theme]", Assert.Single(result.Diagnostics).ToString());
    }


    [Fact]
    public async Task A_static_file_at_a_pages_address_is_an_error_and_the_previous_output_stays()
    {
        // Given a built site, then a file in static/ written where a page goes
        using var site = TestSite.FromFixture("small");
        Assert.True((await site.BuildAsync()).Published);
        var before = FolderSnapshot.Of(site.Output);
        site.Write("static/en/index.html", "<p>not the home page</p>");

        // When it is built again
        var result = await site.BuildAsync();

        // Then the clash is an error naming the page's address, and the output is as it was
        Assert.False(result.Published);
        var clash = Assert.Single(result.Diagnostics);
        Assert.Equal("file-clash", clash.Code);
        Assert.Contains("/en/index.html", clash.Message, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Of(site.Output));
    }
}

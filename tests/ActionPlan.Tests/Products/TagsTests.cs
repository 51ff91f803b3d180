using ActionPlan.Build;
using ActionPlan.Tests.Support;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ActionPlan.Tests.Products;

/// <summary>Tags declared in site.yml and named by id on pages: the tags on each page, the index and a page per tag in each language, paged, in the sitemap and search.</summary>
public sealed class TagsTests(TagsTests.Built built) : IClassFixture<TagsTests.Built>
{
    /// <summary>The tags the sites below declare: one with Danish letters, so the Danish index sorts Æ last.</summary>
    public const string Declared = """

        tags:
          child-poverty: { en: Child poverty, da: Børnefattigdom }
          housing: { en: Housing, da: Bolig }
          elderly: { en: Elderly people, da: Ældre }
          unused: { en: Unused, da: Ubrugt }
        tags_page: { en: tags, da: emneord }
        pagination: { size: 2 }

        """;

    /// <summary>
    /// Five projects in both languages, each with child poverty and three with housing; one English-only page about
    /// elderly people; a section page with a tag.
    /// </summary>
    public sealed class Built() : BuiltSite(Site());

    private static TestSite Site()
    {
        var files = new List<(string Path, string Text)>
        {
            ("content/about/_index.en.md", TestSite.Page("About", "", "tags: [housing]")),
            ("content/about/_index.da.md", TestSite.Page("Om", "", "tags: [housing]")),
            ("content/about/care.en.md", TestSite.Page("Care at home", "", "tags: [elderly]")),
        };
        foreach (var i in Enumerable.Range(1, 5))
        {
            var tags = i % 2 == 1 ? "[child-poverty, housing]" : "[child-poverty]";
            files.Add(($"content/projects/p{i}.en.md", TestSite.Page($"Project {i}", "", $"tags: {tags}\n{PlanSite.AsOf}")));
            files.Add(($"content/projects/p{i}.da.md", TestSite.Page($"Projekt {i}", "", $"tags: {tags}\n{PlanSite.AsOf}")));
        }

        var site = TestSite.Create(Minimal.Files([.. files]));
        site.AppendToConfig(Declared);
        return site;
    }

    private readonly TestSite _site = built.Site;

    private IHtmlDocument Read(string path) => new HtmlParser().ParseDocument(_site.ReadOutput(path));

    private static List<string> Texts(IHtmlDocument page, string selector) => page.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();

    /// <summary>The titles a listing shows over all its pages, following its pager's "next" links, and how many pages it has.</summary>
    private List<string> Walk(string first)
    {
        var titles = new List<string>();
        var pages = 0;
        for (var path = first; path is not null; pages++)
        {
            var page = Read(path + "index.html");
            titles.AddRange(Texts(page, "main .listing .listing__title"));
            path = page.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href")?["/international/".Length..];
        }

        titles.Add($"{pages} pages");
        return titles;
    }

    [Fact]
    public void A_tagged_page_shows_its_tags_as_links_to_their_pages_in_its_own_language()
    {
        var english = Read("en/projects/p1/index.html");
        var danish = Read("da/projekter/p1/index.html");

        Assert.Equal(["Child poverty", "Housing"], Texts(english, "main .inline-links a"));
        Assert.Equal(["/international/en/tags/child-poverty/", "/international/en/tags/housing/"],
            english.QuerySelectorAll("main .inline-links a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Tags:", english.QuerySelector("#page-tags")!.TextContent);
        Assert.Equal(["Børnefattigdom", "Bolig"], Texts(danish, "main .inline-links a"));
        Assert.Equal("/international/da/emneord/housing/", danish.QuerySelectorAll("main .inline-links a")[1].GetAttribute("href"));
        Assert.DoesNotContain("Housing", Texts(Read("en/projects/p2/index.html"), "main .inline-links a"));
    }

    [Fact]
    public void The_index_lists_each_language_s_tags_in_its_order_with_how_many_pages_each_has_and_leaves_out_a_tag_no_page_names()
    {
        var english = Read("en/tags/index.html");
        var danish = Read("da/emneord/index.html");

        Assert.Equal(["Child poverty", "Elderly people", "Housing"], Texts(english, "main .listing__title"));
        Assert.Equal(["5 pages", "1 page", "4 pages"], Texts(english, "main .listing__meta"));
        Assert.Equal("Tags", english.QuerySelector("h1")!.TextContent);
        // Danish sorts Æ after the other letters; no Danish page is about elderly people, so it has no page there.
        Assert.Equal(["Bolig", "Børnefattigdom"], Texts(danish, "main .listing__title"));
        Assert.Equal(["4 sider", "5 sider"], Texts(danish, "main .listing__meta"));
        Assert.False(_site.OutputExists("en/tags/unused/index.html"));
        Assert.False(_site.OutputExists("da/emneord/elderly/index.html"));
    }

    [Fact]
    public void A_tag_s_page_lists_its_pages_by_title_over_numbered_pages_with_its_name_as_title_and_crumb()
    {
        Assert.Equal(["Project 1", "Project 2", "Project 3", "Project 4", "Project 5", "3 pages"], Walk("en/tags/child-poverty/"));
        Assert.Equal(["Om", "Projekt 1", "Projekt 3", "Projekt 5", "2 pages"], Walk("da/emneord/housing/"));

        var page = Read("da/emneord/child-poverty/page/2/index.html");
        Assert.Equal("Emneord: Børnefattigdom, side 2 af 3", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Forside", "Emneord", "Børnefattigdom", "Side 2"], Texts(page, "nav.breadcrumbs li"));
        Assert.Equal("Siderne med emneordet »Børnefattigdom«.", page.QuerySelector("main .lead")!.TextContent);
    }

    [Fact]
    public void The_language_switch_of_a_tag_s_page_leads_to_its_twin_or_where_it_has_none_to_the_other_language_s_index()
    {
        var housing = Read("en/tags/housing/index.html");
        var elderly = Read("en/tags/elderly/index.html");

        Assert.Equal("/international/da/emneord/housing/", housing.QuerySelector("nav.languages a[hreflang=da]")!.GetAttribute("href"));
        Assert.Equal("/international/da/emneord/", elderly.QuerySelector("nav.languages a[hreflang=da]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_sitemap_has_every_tag_page_with_its_twins()
    {
        var sitemap = SitemapReader.Read(Path.Combine(_site.Output, "sitemap.xml"));

        Assert.Empty(SitemapReader.Problems(sitemap));
        Assert.Equal("https://example.org/international/da/emneord/child-poverty/", sitemap["https://example.org/international/en/tags/child-poverty/"]["da"]);
        Assert.Contains("https://example.org/international/da/emneord/child-poverty/page/3/", sitemap.Keys);
        Assert.Contains("https://example.org/international/en/tags/", sitemap.Keys);
        Assert.False(sitemap["https://example.org/international/en/tags/elderly/"].ContainsKey("da"));
    }

    [Fact]
    public void Search_finds_a_tag_s_page_by_its_name_first_and_the_pages_with_the_tag()
    {
        var danish = SearchIndexReader.Read(_site.Output, "da/search/");
        var english = SearchIndexReader.Read(_site.Output, "en/search/");

        var found = danish.Find("børnefattigdom");
        Assert.Equal(("Emneord: Børnefattigdom", "Emneord"), (found[0].Title, found[0].Kind));
        Assert.Equal(["Projekt 1", "Projekt 2", "Projekt 3", "Projekt 4", "Projekt 5"], found.Skip(1).Select(d => d.Title).Order(StringComparer.Ordinal));
        Assert.Equal(("Tag: Elderly people", "Tag", "/international/en/tags/elderly/"), (english.Find("elderly")[0].Title, english.Find("elderly")[0].Kind, english.Find("elderly")[0].Href));
        Assert.DoesNotContain(english.Documents, d => d.Title == "Tags");
    }
}

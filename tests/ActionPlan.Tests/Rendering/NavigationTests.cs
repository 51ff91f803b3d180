using ActionPlan.Tests.Support;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ActionPlan.Tests.Rendering;

/// <summary>
/// The ways around the site: a main navigation in every page's header with the top-level sections in the site's order
/// (publications and focus areas weighted first, the rest by title) and the current section marked; a home page that
/// lists the sections once and names the newest status report and register edition; a root page that offers both
/// languages without sending anyone on. The site is <see cref="PlanSite"/> with a section nested under projects.
/// </summary>
public sealed class NavigationTests(NavigationTests.Built built) : IClassFixture<NavigationTests.Built>
{
    public sealed class Built() : BuiltSite(Create());

    private static readonly string[] English = ["Publications", "Focus areas", "Activities", "Cities", "Contacts", "Networks", "Projects"];
    private static readonly string[] Danish = ["Publikationer", "Fokusområder", "Aktiviteter", "Byer", "Kontakter", "Netværk", "Projekter"];

    private static readonly Dictionary<string, string> FocusAreasTitle = new() { ["en"] = "The focus areas of the plan", ["da"] = "Planens fokusområder" };

    private readonly TestSite _site = built.Site;

    private static TestSite Create() => TestSite.Create(PlanSite.Files(
        ("content/publications/_index.en.md", TestSite.Page("Publications", "", "weight: -2")),
        ("content/publications/_index.da.md", TestSite.Page("Publikationer", "", "weight: -2")),
        ("content/focus-areas/_index.en.md", TestSite.Page("The focus areas of the plan", "", "weight: -1\nshort_title: Focus areas")),
        ("content/focus-areas/_index.da.md", TestSite.Page("Planens fokusområder", "", "weight: -1\nshort_title: Fokusområder")),
        ("content/projects/older/_index.en.md", TestSite.Page("Older projects")),
        ("content/projects/older/_index.da.md", TestSite.Page("Ældre projekter"))));

    private IHtmlDocument Read(string path) => new HtmlParser().ParseDocument(_site.ReadOutput(path));

    private static IElement MainNavigation(IHtmlDocument page, string language) =>
        page.QuerySelectorAll($"header nav[aria-label='{(language == "en" ? "Main" : "Hovedmenu")}']").Single();

    private static string?[] Marks(IHtmlDocument page, string language) =>
        MainNavigation(page, language).QuerySelectorAll("a").Select(a => a.GetAttribute("aria-current")).ToArray();

    [Fact]
    public void Every_page_in_both_languages_has_one_main_navigation_with_the_top_level_sections_in_the_sites_order()
    {
        foreach (var (language, titles) in new[] { ("en", English), ("da", Danish) })
        {
            var files = Directory.EnumerateFiles(Path.Combine(_site.Output, language), "*.html", SearchOption.AllDirectories)
                .Where(f => !File.ReadAllText(f).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal)).ToList();
            Assert.True(files.Count > 20, $"{files.Count} pages in {language}");
            foreach (var file in files)
            {
                var page = new HtmlParser().ParseDocument(File.ReadAllText(file));
                var links = MainNavigation(page, language).QuerySelectorAll("a").ToList();
                Assert.Equal(titles, links.Select(a => a.TextContent).ToArray());
                Assert.All(links, a => Assert.StartsWith($"/international/{language}/", a.GetAttribute("href"), StringComparison.Ordinal));
                Assert.NotNull(MainNavigation(page, language).QuerySelector("details > summary"));
            }
        }
    }

    [Fact]
    public void A_section_page_is_marked_as_the_page_and_pages_inside_it_mark_their_section()
    {
        Assert.Equal([null, null, null, null, null, null, "page"], Marks(Read("en/projects/index.html"), "en"));
        Assert.Equal([null, null, null, null, null, null, "true"], Marks(Read("en/projects/housing/index.html"), "en"));
        Assert.Equal([null, null, null, null, null, null, "true"], Marks(Read("da/projekter/older/index.html"), "da"));
        // Made pages are in the section of the page they sit under.
        Assert.Equal([null, null, null, null, null, "true", null], Marks(Read("da/networks/register/2008/index.html"), "da"));
        Assert.Equal([null, null, "true", null, null, null, null], Marks(Read("en/activities/2007/index.html"), "en"));
        Assert.Equal([null, "page", null, null, null, null, null], Marks(Read("da/focus-areas/index.html"), "da"));
        // Home, search and the status reports sit under home, in no section.
        Assert.All(new[] { "en/index.html", "en/search/index.html", "en/status/2008/index.html" },
            path => Assert.All(Marks(Read(path), "en"), Assert.Null));
    }

    [Fact]
    public void The_home_page_lists_each_section_once_and_names_the_latest_status_report_and_register_edition()
    {
        foreach (var (language, titles, report, register) in new[]
                 {
                     ("en", English, "Status report 2008", "Register of international networks 2008"),
                     ("da", Danish, "Statusrapport 2008", "Fortegnelse over internationale netværk 2008"),
                 })
        {
            var main = Read($"{language}/index.html").QuerySelector("main")!;
            var listed = main.QuerySelectorAll("a").Select(a => a.TextContent).ToList();
            // The home page names the sections by their full titles; the main navigation by their short ones.
            Assert.All(titles.Select(t => t == titles[1] ? FocusAreasTitle[language] : t), title => Assert.Single(listed, t => t == title));
            Assert.DoesNotContain("Older projects", listed);
            Assert.Equal($"/international/{language}/status/2008/", main.QuerySelectorAll("a").Single(a => a.TextContent == report).GetAttribute("href"));
            Assert.Equal($"/international/{language}/networks/register/2008/", main.QuerySelectorAll("a").Single(a => a.TextContent == register).GetAttribute("href"));
            Assert.DoesNotContain(listed, t => t == "2007");
            Assert.Empty(main.QuerySelectorAll("nav"));
        }
    }

    [Fact]
    public void Breadcrumbs_start_at_home_and_name_a_made_page_by_what_the_crumbs_before_it_do_not_say()
    {
        string[] Crumbs(string path) => Read(path).QuerySelectorAll(".breadcrumbs li").Select(li => li.TextContent).ToArray();

        Assert.Equal(["Home", "Networks", "All editions", "2008"], Crumbs("en/networks/register/2008/index.html"));
        Assert.Equal(["Forside", "Netværk", "Alle udgaver", "2007"], Crumbs("da/networks/register/2007/index.html"));
        Assert.Equal(["Home", "Activities", "2007"], Crumbs("en/activities/2007/index.html"));
        Assert.Equal(["Forside", "Årlige statusrapporter", "2008"], Crumbs("da/status/2008/index.html"));
        // A written page is named by its title, or by its short title where it has one (in the main navigation too).
        Assert.Equal(["Home", "Projects", "Older projects"], Crumbs("en/projects/older/index.html"));
        Assert.Equal(["Forside", "Fokusområder"], Crumbs("da/focus-areas/index.html"));
        Assert.Equal("Planens fokusområder", Read("da/focus-areas/index.html").QuerySelector("h1")!.TextContent);
        Assert.Contains(Read("en/index.html").QuerySelectorAll("main a"), a => a.TextContent == "The focus areas of the plan");
        // The page's full title stays its heading.
        Assert.Equal("Register of international networks 2008", Read("en/networks/register/2008/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void The_root_page_offers_both_languages_as_equal_choices_and_sends_no_one_on_without_a_script()
    {
        var root = Read("index.html");
        Assert.Null(root.QuerySelector("meta[http-equiv=refresh]"));
        Assert.Equal(["Test site", "Testside"], root.QuerySelectorAll("h1 [lang]").Select(e => e.TextContent).ToArray());
        var choices = root.QuerySelectorAll("main a[hreflang]").Select(a => (a.GetAttribute("hreflang"), a.GetAttribute("href"), a.TextContent)).ToArray();
        Assert.Equal([("en", "/international/en/", "Continue in English"), ("da", "/international/da/", "Fortsæt på dansk")], choices);
        Assert.Contains("{\"en\":\"/international/en/\",\"da\":\"/international/da/\"}", root.QuerySelector("script[data-language-preference]")!.TextContent, StringComparison.Ordinal);
    }
}

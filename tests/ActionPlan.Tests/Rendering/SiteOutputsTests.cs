using System.Text.RegularExpressions;
using System.Xml.Linq;
using ActionPlan.Tests.Support;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ActionPlan.Tests.Rendering;

/// <summary>The files around the pages: fingerprinted assets, sitemap, robots.txt, feeds, 404 pages, search index, footer.</summary>
public sealed partial class SiteOutputsTests(SiteOutputsTests.Built built) : IClassFixture<SiteOutputsTests.Built>
{
    private const string Footer = """

        authority: { en: "City of Copenhagen, Social Services Administration", da: "Københavns Kommune, Socialforvaltningen" }
        contact_page: contact
        privacy_page: privacy
        accessibility_statement: https://www.was.digst.dk/example
        """;

    /// <summary>The small fixture with a footer, built once for the class.</summary>
    public sealed class Built() : BuiltSite(WithFooter());

    private readonly TestSite _site = built.Site;

    private static TestSite WithFooter()
    {
        var site = TestSite.FromFixture("small");
        site.AppendToConfig(Footer);
        site.Write("content/contact.en.md", TestSite.Page("Contact"));
        site.Write("content/contact.da.md", TestSite.Page("Kontakt"));
        site.Write("content/privacy.en.md", TestSite.Page("Privacy"));
        site.Write("content/privacy.da.md", TestSite.Page("Privatliv"));
        return site;
    }

    private IHtmlDocument Read(string path) => new HtmlParser().ParseDocument(_site.ReadOutput(path));

    [Fact]
    public void Stylesheets_and_scripts_carry_their_content_hash_in_their_name()
    {
        var page = Read("en/search/index.html");
        var css = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var js = page.QuerySelector("script[src]")!.GetAttribute("src")!;

        Assert.Matches(Fingerprint(), css);
        Assert.Matches(Fingerprint(), js);
        Assert.True(_site.OutputExists(css["/international/".Length..]));
        Assert.False(_site.OutputExists("assets/site.css"));
        var hash = Fingerprint().Match(css).Groups["hash"].Value;
        Assert.Equal(hash, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(_site.Output, css["/international/".Length..]))))[..10]);
    }

    [Fact]
    public void The_sitemap_lists_every_page_with_alternates_that_include_itself_and_point_both_ways()
    {
        var urls = SitemapReader.Read(Path.Combine(_site.Output, "sitemap.xml"));

        Assert.Contains("https://example.org/international/da/netvaerk/ecacp/", urls.Keys);
        Assert.DoesNotContain(urls.Keys, u => u.Contains("404", StringComparison.Ordinal));
        Assert.Equal("https://example.org/international/en/projects/familien-i-centrum/", urls["https://example.org/international/da/projekter/familien-i-centrum/"]["en"]);
        Assert.Empty(SitemapReader.Problems(urls));

        Assert.Contains("Sitemap: https://example.org/international/sitemap.xml", _site.ReadOutput("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_language_has_an_atom_feed_of_dated_pages()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(_site.ReadOutput("da/feed.xml")).Root!;

        Assert.Equal("da", feed.Attribute(XNamespace.Xml + "lang")!.Value);
        var entry = Assert.Single(feed.Elements(atom + "entry"));
        Assert.Equal("Familien i Centrum", entry.Element(atom + "title")!.Value);
        Assert.Equal("https://example.org/international/da/projekter/familien-i-centrum/", entry.Element(atom + "id")!.Value);
        Assert.Equal("2008-03-03T00:00:00Z", feed.Element(atom + "updated")!.Value);
        Assert.Equal("/international/da/feed.xml", Read("da/index.html").QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public void Each_language_has_a_not_found_page_that_names_no_canonical_address_and_the_root_has_one_too()
    {
        var page = Read("da/404.html");

        Assert.Equal("Siden findes ikke", page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal(_site.ReadOutput("en/404.html"), _site.ReadOutput("404.html"));
    }

    [Fact]
    public void Pages_carry_open_graph_tags_and_a_favicon()
    {
        var page = Read("en/projects/familien-i-centrum/index.html");

        string Meta(string property) => page.QuerySelector($"meta[property='{property}']")!.GetAttribute("content")!;
        Assert.Equal("article", Meta("og:type"));
        Assert.Equal("Family at the Centre", Meta("og:title"));
        Assert.Equal("https://example.org/international/en/projects/familien-i-centrum/", Meta("og:url"));
        Assert.Equal("en_GB", Meta("og:locale"));
        Assert.Equal("da_DK", Meta("og:locale:alternate"));
        Assert.NotNull(page.QuerySelector("link[rel=icon][type='image/svg+xml']"));
    }

    [Fact]
    public void Every_footer_names_the_authority_contact_privacy_and_the_accessibility_statement()
    {
        var english = Read("en/networks/eurocities/index.html").QuerySelector("footer")!;
        var danish = Read("da/index.html").QuerySelector("footer")!;

        Assert.Contains("City of Copenhagen, Social Services Administration", english.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["Contact /international/en/contact/", "Privacy /international/en/privacy/", "Accessibility statement (in Danish) /international/was/"],
            english.QuerySelectorAll("ul.inline-links a").Take(3).Select(a => $"{a.TextContent} {a.GetAttribute("href")}"));
        Assert.Equal("da", english.QuerySelector("a[href='/international/was/']")!.GetAttribute("hreflang"));
        Assert.Equal("Tilgængelighedserklæring", danish.QuerySelector("a[href='/international/was/']")!.TextContent);
        Assert.NotNull(danish.QuerySelector("nav.languages a[hreflang=en]"));

        var redirect = Read("was/index.html");
        Assert.Equal("0; url=https://www.was.digst.dk/example", redirect.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task A_missing_footer_page_is_a_configuration_error_at_its_site_yml_line()
    {
        using var site = WithFooter();
        File.Delete(Path.Combine(site.Root, "content", "privacy.da.md"));

        var result = await site.BuildAsync();

        Assert.Contains("site.yml:15:1: error: privacy_page 'privacy' has no Dansk page: create content/privacy.da.md (every footer links to it). [config]",
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void The_search_page_works_from_a_per_language_sharded_index_and_says_what_to_do_without_javascript()
    {
        var page = Read("da/search/index.html");
        var form = page.QuerySelector("form[role=search]")!;
        Assert.Equal("/international/da/search/index.json", form.GetAttribute("data-index"));

        var index = SearchIndexReader.Read(_site.Output, "da/search/");
        var family = Assert.Single(index.Find("æblegrød"));
        Assert.Equal(("Familien i Centrum", "/international/da/projekter/familien-i-centrum/"), (family.Title, family.Href));
        Assert.All(index.Documents, d => Assert.StartsWith("/international/da/", d.Href, StringComparison.Ordinal));
        Assert.Contains("kræver JavaScript", page.QuerySelector("noscript")!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("q", form.QuerySelector("input[type=search]")!.GetAttribute("name"));
    }

    [GeneratedRegex(@"^/international/assets/[a-z-]+\.(?<hash>[0-9a-f]{10})\.(css|js)$")]
    private static partial Regex Fingerprint();
}

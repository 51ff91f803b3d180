using ActionPlan.Checking;
using ActionPlan.Tests.Support;
using AngleSharp.Html.Parser;

namespace ActionPlan.Tests.Checking;

[Collection(RealSiteCollection.Name)]
public sealed class PageScannerTests(ActionPlan.Tests.Build.RealSiteTests.Built realSite)
{
    [Fact]
    public void Reads_ids_anchor_names_and_every_referring_attribute_with_character_references_decoded()
    {
        var scan = PageScanner.Scan("""
            <!DOCTYPE html><html><head><link rel=stylesheet href=/a.css><script src="/app.js"></script></head>
            <body><h2 id="æblegrød-på-ø">Æ</h2><a name="old"></a><a href="/b/?x=1&amp;y=2#f">b</a>
            <img src=' /c.png ' alt=""><video src="/v.mp4" poster="/p.jpg"></video><object data="/o.svg"></object>
            <a>no address</a><p id="">empty id</p></body></html>
            """);

        Assert.Equal(["old", "æblegrød-på-ø"], scan.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(["/a.css", "/app.js", "/b/?x=1&y=2#f", "/c.png", "/v.mp4", "/p.jpg", "/o.svg"], scan.References);
    }

    [Fact]
    public void Takes_nothing_from_scripts_styles_titles_or_comments()
    {
        var scan = PageScanner.Scan("""
            <html><head><title><a href="/in-title">x</a></title><style>a[href="/in-style"]{}</style>
            <script>if (a<b) document.write('<a href="/in-script" id="s">');</script></head>
            <body><!-- <a href="/in-comment"> --><textarea><img src="/in-textarea"></textarea><a href="/real" id="real">r</a></body></html>
            """);

        Assert.Equal(["/real"], scan.References);
        Assert.Equal(["real"], scan.Ids);
    }

    [Fact]
    public void Finds_what_the_full_parser_finds_on_every_page_of_the_real_site()
    {
        Assert.True(realSite.Result!.Published);
        var pages = Directory.EnumerateFiles(realSite.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 250);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            var document = new HtmlParser().ParseDocument(html);
            var scan = PageScanner.Scan(html);
            var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).Concat(document.QuerySelectorAll("a[name]").Select(a => a.GetAttribute("name")!));
            Assert.Equal(ids.Where(i => i.Length > 0).ToHashSet(StringComparer.Ordinal), scan.Ids);
            var references = document.QuerySelectorAll("a[href], link[href], img[src], script[src], source[src], video[src], video[poster], object[data], iframe[src], area[href], audio[src], track[src], embed[src]")
                .SelectMany(e => new[] { "href", "src", "poster", "data" }.Where(e.HasAttribute).Select(a => e.GetAttribute(a)!.Trim()));
            Assert.Equal(references.Order(StringComparer.Ordinal), scan.References.Order(StringComparer.Ordinal));
        }
    }
}

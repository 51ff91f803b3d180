using ActionPlan.Tests.Support;
using AngleSharp.Html.Parser;
using CsCheck;

namespace ActionPlan.Tests.Properties;

/// <summary>
/// Any number of projects in each language and any page size: following the pager's "next" links from the section
/// page lists every project once, in order, over ceil(n / size) pages, and the sitemap pairs page k with its twin
/// exactly when the other language has a page k.
/// </summary>
public sealed class PaginationProperties
{
    private static List<string> Walk(TestSite site, string first)
    {
        var titles = new List<string>();
        var pages = 0;
        for (var path = first; path is not null; pages++)
        {
            var page = new HtmlParser().ParseDocument(site.ReadOutput(path + "index.html"));
            titles.AddRange(page.QuerySelectorAll(".listing .listing__title").Select(a => a.TextContent));
            path = page.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href")?["/international/".Length..];
        }

        titles.Add($"{pages} pages");
        return titles;
    }

    [Fact]
    public async Task Every_entry_is_listed_once_in_order_over_the_right_number_of_pages()
    {
        await Gen.Select(Gen.Int[1, 11], Gen.Int[0, 11], Gen.Int[1, 4]).SampleAsync(async t =>
        {
            var (english, danish, size) = t;
            var files = Enumerable.Range(1, english).Select(i => ($"content/projects/p{i:00}.en.md", TestSite.Page($"Project {i:00}", "", $"weight: {i}")))
                .Concat(Enumerable.Range(1, danish).Select(i => ($"content/projects/p{i:00}.da.md", TestSite.Page($"Projekt {i:00}", "", $"weight: {i}"))));
            using var site = TestSite.Create(Minimal.Files([.. files]));
            site.AppendToConfig($"\npagination: {{ size: {size} }}\n");
            var result = await site.BuildAsync();
            Assert.True(result.Published, string.Join("\n", result.Diagnostics));

            int Pages(int n) => Math.Max(1, (n + size - 1) / size);
            Assert.Equal([.. Enumerable.Range(1, english).Select(i => $"Project {i:00}"), $"{Pages(english)} pages"], Walk(site, "en/projects/"));
            Assert.Equal([.. Enumerable.Range(1, danish).Select(i => $"Projekt {i:00}"), $"{Pages(danish)} pages"], Walk(site, "da/projekter/"));

            var sitemap = SitemapReader.Read(Path.Combine(site.Output, "sitemap.xml"));
            Assert.Empty(SitemapReader.Problems(sitemap));
            for (var k = 2; k <= Pages(english); k++)
            {
                var alternates = sitemap[$"https://example.org/international/en/projects/page/{k}/"];
                Assert.Equal(k <= Pages(danish), alternates.ContainsKey("da"));
            }
        }, iter: 10, threads: 1);
    }
}

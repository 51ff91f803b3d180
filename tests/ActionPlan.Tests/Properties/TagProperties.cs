using ActionPlan.Tests.Support;
using AngleSharp.Html.Parser;
using CsCheck;

namespace ActionPlan.Tests.Properties;

/// <summary>
/// Any tags on any projects and any page size: in each language, following a tag page's "next" links lists exactly
/// the pages with the tag, each once, by title; the index counts them; a tag no page has has no page.
/// </summary>
public sealed class TagProperties
{
    private static readonly string[] Ids = ["alpha", "beta", "gamma"];

    private static List<string> Walk(TestSite site, string first)
    {
        var titles = new List<string>();
        for (var path = first; path is not null;)
        {
            var page = new HtmlParser().ParseDocument(site.ReadOutput(path + "index.html"));
            titles.AddRange(page.QuerySelectorAll(".listing .listing__title").Select(a => a.TextContent));
            path = page.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href")?["/international/".Length..];
        }

        return titles;
    }

    [Fact]
    public async Task Each_tag_page_lists_exactly_the_pages_with_the_tag_in_its_language()
    {
        // Each project: which of the three tags it has (a bit each), and whether it has a Danish twin.
        var projects = Gen.Select(Gen.Int[0, 7], Gen.Bool).List[1, 7];
        await Gen.Select(projects, Gen.Int[1, 3]).SampleAsync(async t =>
        {
            var (pages, size) = t;
            var files = new List<(string Path, string Text)>();
            for (var i = 0; i < pages.Count; i++)
            {
                var tags = string.Join(", ", Ids.Where((_, bit) => (pages[i].Item1 & (1 << bit)) != 0));
                files.Add(($"content/projects/p{i}.en.md", TestSite.Page($"Project {i}", "", $"tags: [{tags}]")));
                if (pages[i].Item2)
                {
                    files.Add(($"content/projects/p{i}.da.md", TestSite.Page($"Projekt {i}", "", $"tags: [{tags}]")));
                }
            }

            using var site = TestSite.Create(Minimal.Files([.. files]));
            site.AppendToConfig($"\npagination: {{ size: {size} }}\ntags: {{ {string.Join(", ", Ids.Select(id => $"{id}: {{ en: {id}, da: {id}-da }}"))} }}\n");
            var result = await site.BuildAsync();
            Assert.True(result.Published, string.Join("\n", result.Diagnostics));

            foreach (var (language, title, folder) in new[] { ("en", "Project", "en/tags/"), ("da", "Projekt", "da/tags/") })
            {
                for (var bit = 0; bit < Ids.Length; bit++)
                {
                    var expected = Enumerable.Range(0, pages.Count)
                        .Where(i => (pages[i].Item1 & (1 << bit)) != 0 && (language == "en" || pages[i].Item2))
                        .Select(i => $"{title} {i}").ToList();
                    var tagPage = $"{folder}{Ids[bit]}/";
                    Assert.Equal(expected.Count > 0, site.OutputExists(tagPage + "index.html"));
                    if (expected.Count > 0)
                    {
                        Assert.Equal(expected, Walk(site, tagPage));
                    }
                }
            }
        }, iter: 8, threads: 1);
    }
}

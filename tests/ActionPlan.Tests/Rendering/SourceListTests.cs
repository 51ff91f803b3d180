using ActionPlan.Domain;
using ActionPlan.Rendering;
using ActionPlan.Tests.Support;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CsCheck;

namespace ActionPlan.Tests.Rendering;

/// <summary>A page has one list of sources, each document once; citations elsewhere on it point there, and nothing is listed twice.</summary>
public sealed class SourceListTests
{
    private static readonly Gen<Citation> AnyCitation = Gen.Select(
        Gen.Int[0, 3].Select(i => "doc-" + i), Gen.Int[0, 2].Select(i => i == 0 ? null : "annex " + i), (id, at) => new Citation(id, at, 1, 1));

    [Fact]
    public void Each_document_is_listed_once_in_the_order_first_cited_and_every_citation_points_to_its_entry()
    {
        AnyCitation.List[0, 12].Sample(citations =>
        {
            var list = SourceList.Of(citations, id => id == "doc-3" ? null : ("Title of " + id, "/" + id + "/"));

            Assert.Equal(citations.Select(c => c.Id).Distinct(), list.Entries.Select(e => e.Id));
            Assert.Equal(Enumerable.Range(1, list.Entries.Count), list.Entries.Select(e => e.Number));
            foreach (var citation in citations)
            {
                var entry = list.EntryOf(citation);
                Assert.Equal(citation.Id, entry.Id);
                Assert.Contains(citation.At, entry.Variants);
                Assert.Equal("source-" + entry.Number, entry.Anchor);
                // The pointer repeats a place only where the list item names more than one.
                Assert.Equal(entry.Variants.Count > 1 ? citation.At : null, list.PlaceOf(citation));
            }

            Assert.All(list.Entries, e => Assert.Equal(e.Variants.Distinct(), e.Variants));
            Assert.All(list.Entries.Where(e => e.Id == "doc-3"), e => Assert.Equal(("doc-3", null), (e.Title, e.Href)));
        });
    }

    [Fact]
    public async Task A_status_report_lists_its_sources_once_and_each_goal_points_to_one_by_number_in_both_languages()
    {
        // Given goals citing the status publication (fa-01, whole) and the action plan's annex 1 (fa-02)
        var fromPlan = PlanSite.Visibility.Replace("sources: [status-2008] }", "sources: [{ id: action-plan, at: annex 1 }] }", StringComparison.Ordinal);
        using var site = TestSite.Create(PlanSite.Files(
            ("content/focus-areas/fa-02.en.md", TestSite.Page("2. Visibility", "", fromPlan + "\n" + PlanSite.AsOf)),
            ("content/focus-areas/fa-02.da.md", TestSite.Page("2. Synlighed", "", fromPlan.Replace("annex 1", "bilag 1", StringComparison.Ordinal) + "\n" + PlanSite.AsOf))));

        var result = await site.BuildAsync();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        foreach (var (language, list) in new[]
                 {
                     ("en", new[] { "Status of the international work 2008", "Action plan, annex 1" }),
                     ("da", new[] { "Status for det internationale arbejde 2008", "Handlingsplan, bilag 1" }),
                 })
        {
            var page = new HtmlParser().ParseDocument(site.ReadOutput($"{language}/status/2008/index.html"));
            var items = page.QuerySelectorAll(".sources li").ToList();
            Assert.Equal(list, items.Select(i => i.TextContent));
            Assert.Equal(["source-1", "source-2"], items.Select(i => i.Id));
            var pointers = page.QuerySelectorAll("ul.goals .source a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(["#source-1", "#source-1", "#source-2"], pointers);
            Assert.All(pointers, p => Assert.NotNull(page.GetElementById(p![1..])));
            // Focus areas are linked from the table and the measured goals alike; a document is named once.
            AssertEachAddressOnce(page, under: "/publications/");
        }
    }

    [Fact]
    public async Task A_page_names_each_document_and_page_once_sources_before_related_and_the_body_before_both()
    {
        // Given a city that cites one document at two places, names it and the action plan as related publications,
        // and links in its body to a project that names the city
        const string facts = "country: Germany\nsources: [{ id: status-2008, at: annex 1 }, { id: status-2008, at: annex 2 }]\npublications: [status-2008, action-plan]\n" + PlanSite.AsOf;
        using var site = TestSite.Create(PlanSite.Files(
            ("content/cities/berlin.en.md", TestSite.Page("Berlin", "The [housing project](../projects/housing.md) began here.", facts)),
            ("content/cities/berlin.da.md", TestSite.Page("Berlin", "[Boligprojektet](../projects/housing.md) begyndte her.", facts))));

        var result = await site.BuildAsync();

        // Then the document is one source with both places, the plan is related, and the project is named in the body only
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(site.ReadOutput("en/cities/berlin/index.html"));
        Assert.Equal(["Status of the international work 2008, annex 1; annex 2"], page.QuerySelectorAll(".sources li").Select(l => l.TextContent));
        Assert.Equal(["Networks", "Activities", "Publications"], page.QuerySelectorAll(".related h3").Select(h => h.TextContent));
        Assert.Equal(["ECACP", "Visit to Berlin", "Action plan"], page.QuerySelectorAll(".related li a").Select(a => a.TextContent));
        AssertEachAddressOnce(page);
        var danish = new HtmlParser().ParseDocument(site.ReadOutput("da/cities/berlin/index.html"));
        Assert.DoesNotContain("Boliger", danish.QuerySelector(".related")!.TextContent, StringComparison.Ordinal);
        AssertEachAddressOnce(danish);
    }

    /// <summary>No address (under a path, if given) is linked twice in a page's article: body, history note, sources and related pages together.</summary>
    internal static void AssertEachAddressOnce(IHtmlDocument page, string under = "")
    {
        var links = page.QuerySelectorAll("main article a[href]").Select(a => a.GetAttribute("href")!)
            .Where(h => !h.StartsWith('#') && h.Contains(under, StringComparison.Ordinal)).ToList();
        Assert.Equal(links.Distinct(), links);
    }
}

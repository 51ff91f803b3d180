using System.Globalization;
using ActionPlan.Search;
using ActionPlan.Tests.Support;
using CsCheck;

namespace ActionPlan.Tests.Properties;

/// <summary>
/// Any pages made of inflected words, in English and Danish: for every word of the site, the built index (shards,
/// gaps, chunks, read as the search page reads them) finds exactly the pages that a direct reading of the pages'
/// words finds: those with a word whose stem is the stem of a word of the site that the query begins.
/// </summary>
public sealed class SearchIndexProperties
{
    private static readonly string[] English = ["house", "houses", "housing", "network", "networks", "networking", "child", "children", "city", "cities", "care", "caring", "homeless", "homelessness"];
    private static readonly string[] Danish = ["hjemløse", "hjemløses", "hjemløshed", "børn", "børnene", "netværk", "netværket", "aarhus", "århus", "bolig", "boliger", "æblegrød"];

    private static Gen<int[][]> Pages(int words) => Gen.Int[0, words - 1].Array[2, 8].Array[1, 6];

    [Fact]
    public async Task Every_word_of_the_site_finds_exactly_the_pages_with_a_form_of_it()
    {
        await Gen.Select(Pages(English.Length), Pages(Danish.Length)).SampleAsync(async pair =>
        {
            var (english, danish) = pair;
            var files = new List<(string, string)>();
            files.AddRange(english.Select((words, i) => ($"content/projects/p{i}.en.md", TestSite.Page($"Project {i}", string.Join(' ', words.Select(w => English[w])) + ".\n"))));
            files.AddRange(danish.Select((words, i) => ($"content/projects/q{i}.da.md", TestSite.Page($"Projekt {i}", string.Join(' ', words.Select(w => Danish[w])) + ".\n"))));
            using var site = TestSite.Create(Minimal.Files([.. files]));
            var result = await site.BuildAsync();
            Assert.True(result.Published, string.Join("\n", result.Diagnostics));

            Check(SearchIndexReader.Read(site.Output, "en/search/"), english, English, "Project", CultureInfo.GetCultureInfo("en-GB"));
            Check(SearchIndexReader.Read(site.Output, "da/search/"), danish, Danish, "Projekt", CultureInfo.GetCultureInfo("da-DK"));
        }, iter: 8, threads: 1);
    }

    private static void Check(SearchIndexReader index, int[][] pages, string[] vocabulary, string title, CultureInfo culture)
    {
        var words = pages.Select(p => string.Join(' ', p.Select(w => vocabulary[w])) is var text ? SearchWords.Words(text, culture).ToHashSet() : []).ToList();
        var site = words.SelectMany(w => w).ToHashSet();
        foreach (var query in site)
        {
            var stems = site.Where(w => w.StartsWith(query, StringComparison.Ordinal)).Select(w => SearchWords.Stem(w, culture)).ToHashSet();
            var expected = Enumerable.Range(0, pages.Length).Where(i => words[i].Any(w => stems.Contains(SearchWords.Stem(w, culture)))).Select(i => $"{title} {i}").Order();
            Assert.Equal(expected, index.Find(query).Select(d => d.Title).Order());
        }
    }
}

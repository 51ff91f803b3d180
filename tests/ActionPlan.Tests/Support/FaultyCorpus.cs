using System.Globalization;

namespace ActionPlan.Tests.Support;

/// <summary>
/// A generated bilingual site (several sections, pages with Danish headings and links to each other's headings)
/// with K links to missing pages and K links to missing headings planted at random places, and the exact
/// diagnostics the build must give: each planted link at its file:line:col, and nothing else.
/// </summary>
internal sealed record FaultyCorpus(IReadOnlyList<(string Path, string Text)> Files, IReadOnlyList<string> Expected)
{
    private static readonly string[] Sections = ["projects", "news", "best-practice", "articles"];
    private static readonly string[] Words = ["målgrupper", "æblegrød", "børn", "unge", "familier", "boliger", "samarbejde", "erfaringer", "resultater", "økonomi"];

    public static FaultyCorpus Generate(int pagesPerLanguage, int k, int seed)
    {
        var random = new Random(seed);
        var files = new List<(string, string)>
        {
            ("site.yml", TestSite.Config),
            ("content/_index.en.md", TestSite.Page("Home")),
            ("content/_index.da.md", TestSite.Page("Forside")),
        };
        foreach (var section in Sections)
        {
            files.Add(($"content/{section}/_index.en.md", TestSite.Page(section)));
            files.Add(($"content/{section}/_index.da.md", TestSite.Page(section)));
        }

        string Key(int i) => $"{Sections[i % Sections.Length]}/page-{i.ToString("D5", CultureInfo.InvariantCulture)}";
        string Heading(int i, int h) => $"{Words[(i + h) % Words.Length]} og {Words[(i * 7 + h) % Words.Length]} {h}";
        string Id(int i, int h) => Heading(i, h).Replace(' ', '-');

        // Each planted fault replaces one good link: page i's link number j.
        var plantedPages = new HashSet<(int, string, int)>();
        var plantedHeadings = new HashSet<(int, string, int)>();
        var slots = Enumerable.Range(0, pagesPerLanguage).SelectMany(i => new[] { "en", "da" }.SelectMany(l => Enumerable.Range(0, 3).Select(j => (i, l, j)))).ToList();
        foreach (var slot in slots.OrderBy(_ => random.Next()).Take(2 * k).Select((s, n) => (s, n)))
        {
            (slot.n < k ? plantedPages : plantedHeadings).Add(slot.s);
        }

        var expected = new List<string>();
        for (var i = 0; i < pagesPerLanguage; i++)
        {
            foreach (var language in new[] { "en", "da" })
            {
                var lines = new List<string> { "---", $"title: Page {i}", PlanSite.AsOf, "---", "" };
                for (var h = 0; h < 3; h++)
                {
                    // The words are Danish: on an English page they are marked so, as the spelling check asks.
                    lines.Add(language == "da" ? $"## {Heading(i, h)}" : $"## {Heading(i, h)} {{lang=da}}");
                    lines.Add("");
                    var target = (i * 13 + h * 5 + 1) % pagesPerLanguage;
                    var relative = $"../{Key(target)}.md";
                    var fragment = Id(target, (h + 1) % 3);
                    var prefix = language == "da" ? $"Tekst om {Words[h]}, se " : $"Text about *{Words[h]}*{{lang=da}}, see ";
                    var label = language == "da" ? "side" : "page";
                    var link = $"[{label} {target}]({relative}#{fragment})";
                    if (plantedPages.Contains((i, language, h)))
                    {
                        link = $"[{label} {target}](../{Sections[target % Sections.Length]}/gone-{target}.md)";
                        expected.Add($"content/{Key(i)}.{language}.md:{lines.Count + 1}:{prefix.Length + 1}: link");
                    }
                    else if (plantedHeadings.Contains((i, language, h)))
                    {
                        link = $"[{label} {target}]({relative}#{fragment}-x)";
                        expected.Add($"content/{Key(i)}.{language}.md:{lines.Count + 1}:{prefix.Length + 1}: link");
                    }

                    lines.Add(prefix + link + ".");
                    lines.Add("");
                }

                files.Add(($"content/{Key(i)}.{language}.md", string.Join('\n', lines) + "\n"));
            }
        }

        return new FaultyCorpus(files, expected);
    }
}

using ActionPlan.Markup;
using ActionPlan.Rendering;
using ActionPlan.Tests.Support;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsCheck;
using Markdig;
using Markdig.Renderers;

namespace ActionPlan.Tests.Rendering;

/// <summary>
/// Every table sits in a scroll region a keyboard can reach, with a name: the theme's tables (status figures, goals,
/// measured goals, timeline, register) are named by their caption, a table in a page's text by the heading above it, or
/// "Table" in the page's language when none is; tables under one heading are numbered. The site is
/// <see cref="PlanSite"/> with a measured goal and a city page whose text has tables.
/// </summary>
public sealed class TableRegionTests(TableRegionTests.Built built) : IClassFixture<TableRegionTests.Built>
{
    public sealed class Built() : BuiltSite(Create());

    private const string Tables = """
        | Year | Visits |
        | --- | --- |
        | 2007 | 2 |

        ## {0} *now*

        | A | B |
        | - | - |
        | 1 | 2 |

        Between the tables.

        | C | D |
        | - | - |
        | 3 | 4 |

        ### {1}

        - In a list:

          | E | F |
          | - | - |
          | 5 | 6 |
        """;

    private static readonly string[] Headings = ["Costs", "Staff", "Table", "Udgifter *nu*", "`code` here", ""];

    private readonly TestSite _site = built.Site;

    private static TestSite Create() => TestSite.Create(PlanSite.WithWebGoal(
        ("content/cities/berlin.en.md", TestSite.Page("Berlin", string.Format(System.Globalization.CultureInfo.InvariantCulture, Tables, "Costs", "Staff"), "country: Germany\n" + PlanSite.AsOf)),
        ("content/cities/berlin.da.md", TestSite.Page("Berlin", string.Format(System.Globalization.CultureInfo.InvariantCulture, Tables, "Udgifter", "Personale"), "country: Germany\n" + PlanSite.AsOf))));

    private IDocument Read(string path) => new HtmlParser().ParseDocument(_site.ReadOutput(path));

    /// <summary>The name a screen reader gives a region: its aria-label, or the text of the elements it is labelled by.</summary>
    private static string NameOf(IElement region, IDocument page) =>
        region.GetAttribute("aria-label")
        ?? string.Join(" ", (region.GetAttribute("aria-labelledby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => page.GetElementById(id)?.TextContent ?? ""));

    [Fact]
    public void Every_table_in_both_languages_is_in_a_focusable_region_with_a_name_of_its_own()
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in new[] { "en", "da" })
        {
            var files = Directory.EnumerateFiles(Path.Combine(_site.Output, language), "*.html", SearchOption.AllDirectories)
                .Where(f => !File.ReadAllText(f).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal));
            foreach (var file in files)
            {
                var page = new HtmlParser().ParseDocument(File.ReadAllText(file));
                var names = new List<string>();
                foreach (var table in page.QuerySelectorAll("table"))
                {
                    var region = table.ParentElement!;
                    Assert.True(region.Matches("div.table-region[role=region][tabindex='0']"), $"{file}: {region.OuterHtml[..Math.Min(120, region.OuterHtml.Length)]}");
                    Assert.Single(region.Children);
                    var name = NameOf(region, page);
                    Assert.False(string.IsNullOrWhiteSpace(name), $"{file}: a region with no name");
                    if (region.GetAttribute("aria-labelledby") is { } caption)
                    {
                        // The theme's regions are named by their own table's caption.
                        Assert.Same(table.QuerySelector("caption"), page.GetElementById(caption));
                    }

                    names.Add(name);
                    kinds.Add(table.ClassName is { Length: > 0 } kind ? kind : "body");
                }

                Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
            }
        }

        Assert.Equal(["body", "figures", "goals-table", "measured", "register", "timeline"], kinds.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("en/status/2008/index.html", "figures-caption", "Goals by status per focus area, 2008")]
    [InlineData("da/status/2008/index.html", "figures-caption", "Mål efter status pr. fokusområde, 2008")]
    [InlineData("en/focus-areas/fa-02/index.html", "goals-caption", "The goals of focus area 2 and their latest status")]
    [InlineData("en/focus-areas/fa-02/index.html", "measured-1-caption", "Goal 1, year by year")]
    [InlineData("da/focus-areas/fa-02/index.html", "measured-1-caption", "Mål 1, år for år")]
    public void A_theme_table_is_named_by_its_caption_in_the_pages_language(string path, string caption, string name)
    {
        var page = Read(path);
        var region = page.QuerySelectorAll($"[role=region][aria-labelledby='{caption}']").Single();
        Assert.Equal(name, NameOf(region, page));
        Assert.Equal("0", region.GetAttribute("tabindex"));
    }

    [Theory]
    [InlineData("en/cities/berlin/index.html", "Table", "Costs now, table 1", "Costs now, table 2", "Staff")]
    [InlineData("da/cities/berlin/index.html", "Tabel", "Udgifter now, tabel 1", "Udgifter now, tabel 2", "Personale")]
    public void A_table_in_a_pages_text_is_named_after_the_heading_above_it_or_Table_and_numbered_under_one_heading(string path, params string[] names)
    {
        var page = Read(path);
        var regions = page.QuerySelectorAll(".prose [role=region]").ToList();
        Assert.Equal(names, regions.Select(r => r.GetAttribute("aria-label")).ToArray());
        Assert.All(regions, r => Assert.Equal("0", r.GetAttribute("tabindex")));
        // The table inside is Markdig's own, unchanged.
        Assert.Equal(["Year", "Visits", "2007", "2"], regions[0].QuerySelectorAll("th, td").Select(c => c.TextContent).ToArray());
        Assert.NotNull(regions[3].Closest("li"));
    }

    [Fact]
    public void Whatever_the_headings_and_tables_every_table_gets_one_region_and_no_two_regions_share_a_name()
    {
        var block = Gen.OneOf(
            Gen.Select(Gen.Int[1, 3], Gen.Int[0, Headings.Length - 1], (level, text) => $"{new string('#', level)} {Headings[text]}".TrimEnd()),
            Gen.Const("| A | B |\n| - | - |\n| 1 | 2 |"),
            Gen.Const("Some text."));
        block.Array[0, 12].Sample(blocks =>
        {
            var document = Markdown.Parse(string.Join("\n\n", blocks), MarkupParser.Pipeline);
            var html = new StringWriter();
            var renderer = new HtmlRenderer(html);
            MarkupParser.Pipeline.Setup(renderer);
            renderer.ObjectRenderers.Replace<Markdig.Extensions.Tables.HtmlTableRenderer>(TableRegionRenderer.For(document, "Table", "{0}, table {1}"));
            renderer.Render(document);
            var page = new HtmlParser().ParseDocument(html.ToString());
            var regions = page.QuerySelectorAll("[role=region]").ToList();
            var names = regions.Select(r => r.GetAttribute("aria-label")).ToList();
            return regions.Count == blocks.Count(b => b.StartsWith('|'))
                   && regions.All(r => r.Children.Length == 1 && r.Children[0].LocalName == "table" && r.GetAttribute("tabindex") == "0")
                   && names.All(n => !string.IsNullOrWhiteSpace(n))
                   && names.Distinct(StringComparer.Ordinal).Count() == names.Count;
        });
    }
}

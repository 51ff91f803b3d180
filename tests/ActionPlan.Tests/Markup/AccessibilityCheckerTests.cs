using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Markup;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Markup;

/// <summary>
/// The accessibility warnings the build gives without a browser: faults of every kind planted at once in both languages
/// are each reported at their place in the source file, and what is right is not.
/// </summary>
public sealed class AccessibilityCheckerTests
{
    /// <summary>The English page: faults, and beside them what is right (marked "fine").</summary>
    private const string English = """
        Intro: see [click here](../projects/_index.md), [Read more…](#costs), [More.](../projects/_index.md) and [www.kk.dk](https://www.kk.dk/).

        # A second title

        ## Costs

        #### Details

        ### Fine, one level down

        ## Pictures

        ![berlin-map.png](berlin-map.png) ![berlin-map](berlin-map.png) ![Berlin map](berlin-map.png) ![Map](map.png)

        [![](berlin-map.png "decorative")](../projects/_index.md) [![A map of Berlin](berlin-map.png)](https://example.com/map) ![](map.png "decorative")

        Write to <international@example.org>, see <https://eurocities.eu/>, https://example.com/report or [Eurocities](https://eurocities.eu/), [her page](../projects/_index.md).

        +-----+-----+
        | a   | b   |
        +-----+-----+

        |   |   |
        |---|---|
        | 1 | 2 |

        | Year | Goals |
        |------|-------|
        | 2008 | 3     |

        +------+-------+
        | Year | Goals |
        +======+=======+
        | 2008 | 3     |
        +------+-------+

        """;

    /// <summary>The Danish twin: its first heading skips level 2, and Danish texts that say nothing.</summary>
    private const string Danish = """
        ### Indledning

        Læs [her](../projects/_index.md) eller [Klik her!](../projects/_index.md), [»læs mere«](#indledning). Se også [mere om projekterne](../projects/_index.md), og []( ../projects/_index.md).

        ## Tal

        | | |
        |-|-|
        | a | b |

        ![](berlin-map.png)

        """;

    /// <summary>Where a text first occurs in a body that starts on file line 4 (after a three-line front matter): line and column, one-based.</summary>
    private static string At(string file, string body, string text, string code, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = body.IndexOf(text, index + 1, StringComparison.Ordinal);
        }

        Assert.True(index >= 0, $"'{text}' is not in the body");
        var line = body[..index].Count(c => c == '\n');
        var column = index - (body.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        if (index > 0 && body[index - 1] == '\n')
        {
            column = 1;
        }

        return $"{file}:{4 + line}:{column}: {code}";
    }

    [Fact]
    public async Task Every_kind_of_fault_planted_several_times_in_both_languages_is_reported_at_its_line_and_column_and_nothing_else()
    {
        const string en = "content/about/access.en.md";
        const string da = "content/about/access.da.md";
        using var site = TestSite.Create(Minimal.Files(
            ("content/about/_index.en.md", TestSite.Page("About")),
            ("content/about/_index.da.md", TestSite.Page("Om")),
            ("content/about/berlin-map.png", TestSite.Png(40, 30)),
            ("content/about/map.png", TestSite.Png(40, 30)),
            (en, TestSite.Page("Access", English)),
            (da, TestSite.Page("Adgang", Danish)),
            // The file-name alt texts are prose too: the site knows the name, so only the accessibility faults are reported.
            ("words.en.txt", "berlin\nEurocities\n"),
            ("words.da.txt", "berlin\nEurocities\n")));

        var result = await site.BuildAsync();

        string[] expected =
        [
            At(en, English, "[click here]", "link-text"),
            At(en, English, "[Read more…]", "link-text"),
            At(en, English, "[More.]", "link-text"),
            At(en, English, "[www.kk.dk]", "link-address"),
            At(en, English, "# A second title", "heading-level"),
            At(en, English, "#### Details", "heading-skip"),
            At(en, English, "![berlin-map.png]", "image-alt-file"),
            At(en, English, "![berlin-map]", "image-alt-file"),
            At(en, English, "![](berlin-map.png \"decorative\")", "image-alt"),
            At(en, English, "<https://eurocities.eu/>", "link-address"),
            At(en, English, "https://example.com/report", "link-address"),
            At(en, English, "+-----+-----+", "table-header"),
            At(en, English, "|   |   |", "table-header"),
            At(da, Danish, "### Indledning", "heading-skip"),
            At(da, Danish, "[her]", "link-text"),
            At(da, Danish, "[Klik her!]", "link-text"),
            At(da, Danish, "[»læs mere«]", "link-text"),
            At(da, Danish, "[](", "link-text"),
            At(da, Danish, "| | |", "table-header"),
            At(da, Danish, "![](berlin-map.png)", "image-alt"),
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), result.Diagnostics.Select(d => $"{d.Location}: {d.Code}").Order(StringComparer.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.True(result.Published);
    }

    [Fact]
    public async Task Each_warning_says_what_is_wrong_and_what_to_write_instead()
    {
        using var site = TestSite.Create(Minimal.Files(
            ("content/about/_index.en.md", TestSite.Page("About")),
            ("content/about/_index.da.md", TestSite.Page("Om")),
            ("content/about/berlin-map.png", TestSite.Png(40, 30)),
            ("content/about/access.en.md", TestSite.Page("Access", English))));

        var result = await site.BuildAsync();
        var messages = result.Diagnostics.Select(d => d.ToString()).ToList();

        Assert.Contains("content/about/access.en.md:4:12: warning: the link text 'click here' says nothing out of context, and screen readers list a page's links by their text alone: make the words that name what it leads to the link, e.g. [the status report 2008](../projects/_index.md) (WCAG 2.4.4). [link-text]", messages);
        Assert.Contains("content/about/access.en.md:10:1: warning: '#### Details' comes after '## Costs' (level 2) and skips level 3, which screen reader users moving from heading to heading take for a missing part: make it '###', or add the heading it belongs under. [heading-skip]", messages);
        Assert.Contains("content/about/access.en.md:16:1: warning: the alternative text 'berlin-map.png' is the image's file name, which tells a screen reader user nothing: write what the image shows, ![like this](berlin-map.png) (WCAG 1.1.1). [image-alt-file]", messages);
        Assert.Contains("content/about/access.en.md:22:1: warning: this table has no header row, so a screen reader cannot name the column a cell is in: mark the header row with a line of '=' under it (+======+=======+), or write the table as a pipe table, whose first row is its header (WCAG 1.3.1). [table-header]", messages);
    }

    [Fact]
    public async Task A_site_adds_its_own_texts_that_say_nothing_for_a_language_in_site_yml()
    {
        using var site = TestSite.Create(Minimal.Files(
            ("content/projects/_index.da.md", TestSite.Page("Projekter", "Se [dokumentet](../_index.md) og [forsiden](../_index.md).\n"))));
        site.AppendToConfig("\nvague_link_text: { da: [\"Dokumentet!\"] }\n");

        var result = await site.BuildAsync();

        Assert.Equal(["content/projects/_index.da.md:4:4: link-text"], result.Diagnostics.Select(d => $"{d.Location}: {d.Code}"));
    }

    [Fact]
    public void An_html_table_is_not_a_table_but_text_so_it_is_told_as_raw_html_not_as_a_table_without_a_header()
    {
        var markdown = MarkupParser.Parse("<table><tr><td>2008</td><td>3</td></tr></table>\n", firstLine: 4);
        var diagnostics = new DiagnosticBag();

        new AccessibilityChecker(Config()).Check("page.md", markdown, "en", diagnostics);

        Assert.Empty(markdown.Tables);
        Assert.Equal("<table>", markdown.RawHtml[0].Tag);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Theory]
    [InlineData("Read more…", "read more")]
    [InlineData("  »Læs   MERE«! ", "læs mere")]
    [InlineData("click-here", "click here")]
    [InlineData("the 2008 status", "the 2008 status")]
    public void Link_texts_are_compared_without_case_and_punctuation(string text, string normal) =>
        Assert.Equal(normal, VagueLinkTexts.Normalize(text));

    [Theory]
    [InlineData("www.kk.dk", "https://www.kk.dk/", true)]
    [InlineData("https://eurocities.eu", "https://eurocities.eu", true)]
    [InlineData("kk.dk", "https://www.kk.dk/", true)]
    [InlineData("kk.dk", "../projects/x.md", false)]
    [InlineData("the municipality's website, www.kk.dk", "https://www.kk.dk/", false)]
    [InlineData("Eurocities", "https://eurocities.eu/", false)]
    [InlineData("international@example.org", "mailto:international@example.org", false)]
    public void A_link_text_is_a_web_address_when_it_is_written_as_one(string text, string url, bool address) =>
        Assert.Equal(address, AccessibilityChecker.IsWebAddress(text, url));

    [Theory]
    [InlineData("map.png", "map.png", true)]
    [InlineData("MAP.PNG", "images/map.png", true)]
    [InlineData("berlin-map", "berlin-map.png", true)]
    [InlineData("IMG_2301", "IMG_2301.jpg", true)]
    [InlineData("Map", "map.png", false)]
    [InlineData("Berlin map", "berlin-map.png", false)]
    [InlineData("A map of Berlin", "berlin-map.png", false)]
    public void An_alternative_text_is_the_file_name_when_it_copies_it(string alt, string url, bool fileName) =>
        Assert.Equal(fileName, AccessibilityChecker.IsFileName(alt, url));

    /// <summary>The configuration of the test sites, with its English and Danish.</summary>
    internal static SiteConfig Config() => SiteConfigReader.Parse(TestSite.Config, new DiagnosticBag())!;
}

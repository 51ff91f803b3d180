using ActionPlan.Diagnostics;
using ActionPlan.Yaml;

namespace ActionPlan.Tests.Yaml;

/// <summary>The YAML stage on its own: parsing with file lines, explaining syntax errors where they are, and the mapping's positions.</summary>
public sealed class YamlTextTests
{
    private static (YamlMap? Map, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, int firstLine = 2)
    {
        var diagnostics = new DiagnosticBag();
        var map = YamlText.ParseMapping(text, "content/x.en.md", firstLine, diagnostics);
        return (map, diagnostics.ToSortedList());
    }

    [Theory]
    [InlineData("title: A\n\tweight: 2\n", 3, 1, "line 3 is indented with a tab; YAML needs spaces: replace the tab with spaces.")]
    [InlineData("title: \"Unclosed\nsummary: x\n", 2, 8, "the quote \" opened here is never closed: end the value with \".")]
    [InlineData("title: A\ntitle: B\n", 3, 1, "'title' is given twice (first on line 2); keep one of them.")]
    [InlineData("title: A\nsummary: Note: this breaks\n", 3, 14, "the value of 'summary' holds ': ', which YAML reads as a new key: put the whole value in quotes, e.g. summary: \"…\".")]
    public void A_syntax_error_is_explained_at_its_own_file_line_and_column(string text, int line, int column, string message)
    {
        var (map, diagnostics) = Parse(text);

        Assert.Null(map);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("yaml", line, column, message), (error.Code, error.Line, error.Column, error.Message));
    }

    [Fact]
    public void Positions_are_file_lines_and_columns_of_values_and_list_items()
    {
        var diagnostics = new DiagnosticBag();
        var map = YamlText.ParseMapping("title: Housing\ncities: [berlin, oslo]\nweight: heavy\n", "content/x.en.md", 5, diagnostics)!;

        Assert.Equal((5, 8), map.PositionOf("title"));
        Assert.Equal([("berlin", 6, 10), ("oslo", 6, 18)], map.StringItems("cities"));
        Assert.Null(map.Int("weight"));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((7, 9), (error.Line, error.Column));
        Assert.True(map.IsBroken("weight"));
        Assert.False(map.IsBroken("title"));
    }

    [Fact]
    public void Unknown_keys_are_warnings_with_the_nearest_known_key_and_keys_read_are_never_unknown()
    {
        var diagnostics = new DiagnosticBag();
        var map = YamlText.ParseMapping("title: A\nsumary: B\nzzz: C\n", "content/x.en.md", 2, diagnostics)!;

        map.ReportUnknownKeys(["title", "summary"]);

        Assert.Equal(
            [
                "content/x.en.md:3:1: warning: unknown key 'sumary' is ignored; did you mean 'summary'? [unknown-key]",
                "content/x.en.md:4:1: warning: unknown key 'zzz' is ignored; known keys are: summary, title. [unknown-key]",
            ],
            diagnostics.ToSortedList().Select(d => d.ToString()));
    }

    [Fact]
    public void An_empty_front_matter_is_an_empty_mapping_and_a_list_is_not_one()
    {
        Assert.Empty(Parse("").Map!.Keys);
        var (map, diagnostics) = Parse("- a\n- b\n");
        Assert.Null(map);
        Assert.Equal("yaml", Assert.Single(diagnostics).Code);
    }
}

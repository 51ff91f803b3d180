using ActionPlan.Markup;

namespace ActionPlan.Tests.Markup;

public sealed class MarkupParserTests
{
    [Fact]
    public void Heading_ids_follow_GitHub_and_keep_Danish_letters()
    {
        var parsed = MarkupParser.Parse("## Æblegrød på Ø\n\n### Housing First og ABCD-metoden\n", firstLine: 5);

        Assert.Equal(["æblegrød-på-ø", "housing-first-og-abcd-metoden"], parsed.Headings.Select(h => h.Id));
        Assert.Equal([5, 7], parsed.Headings.Select(h => h.Line));
    }

    [Fact]
    public void Links_carry_their_file_line_and_column()
    {
        var parsed = MarkupParser.Parse("Intro.\n\nSee [Eurocities](../networks/eurocities.md#members) and ![logo](logo.png).\n", firstLine: 4);

        Assert.Collection(parsed.Links,
            link =>
            {
                Assert.Equal("../networks/eurocities.md#members", link.Url);
                Assert.Equal((6, 5), (link.Line, link.Column));
                Assert.False(link.IsImage);
            },
            image =>
            {
                Assert.Equal("logo.png", image.Url);
                Assert.Equal(6, image.Line);
                Assert.True(image.IsImage);
            });
    }

    [Fact]
    public void Raw_html_is_shown_as_text_not_passed_through()
    {
        var page = MarkupParser.Parse("<script>alert(1)</script>\n", 1);

        var html = Markdig.Markdown.ToHtml(page.Document, MarkupParser.Pipeline);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_and_image_syntax_escaped_into_text_is_found_at_its_backslash_and_nothing_else_is()
    {
        var parsed = MarkupParser.Parse(string.Join('\n',
            "See \\[focus area 7](../focus-areas/fa-07.md) and \\!\\[a chart](chart.png).",
            "",
            "A [real link](a.md), ![an image](b.png), `\\[in code](c.md)`, \\[just brackets] and \\[a space](my file.md).",
            "",
            "    \\[in a code block](d.md)",
            ""), firstLine: 4);

        Assert.Equal(
            [("\\[focus area 7](../focus-areas/fa-07.md)", 4, 5), ("\\!\\[a chart](chart.png)", 4, 50)],
            parsed.EscapedLinks);
    }
}

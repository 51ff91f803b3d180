using System.Text.RegularExpressions;
using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Rendering;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Model;

/// <summary>Runs the examples of Specs/links.md: Markdown in, HTML or a diagnostic out.</summary>
public sealed partial class LinkSpecTests
{
    public static TheoryData<string> Examples() => [.. ReadExamples().Keys];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Link_example_behaves_as_documented(string title)
    {
        var (markdown, kind, expected) = ReadExamples()[title];
        using var site = TestSite.Create(Minimal.Files(
            ("content/networks/_index.en.md", TestSite.Page("Networks")),
            ("content/networks/_index.da.md", TestSite.Page("Netværk")),
            ("content/networks/eurocities.en.md", TestSite.Page("Eurocities", "## Æblegrød på Ø\n", "kind: page")),
            ("content/networks/eurocities.da.md", TestSite.Page("Eurocities", "## Æblegrød på Ø\n", "kind: page\nslug: eurocities-netvaerket")),
            ("content/projects/berlin.da.md", TestSite.Page("Berlin")),
            ("content/projects/photo.png", TestSite.Png(40, 30)),
            ("static/files/report.pdf", "pdf"),
            ("content/projects/example.en.md", "---\ntitle: Example\n---\n" + markdown)));
        var diagnostics = new DiagnosticBag();

        var model = SiteBuilder.LoadSite(site.Root, diagnostics, cancellation: TestContext.Current.CancellationToken)!;

        // The examples are about links: that the example project says nowhere as of when (its line would shift every
        // example's line numbers) is not part of any of them, nor, but in its own example, that a link's text is a web
        // address (the example of how such a link is written shows one).
        var all = diagnostics.ToSortedList().Where(d => d.Code != "as-of" && (d.Code != "link-address" || kind == "warning")).Select(d => d.ToString()).ToList();
        if (kind is "error" or "warning")
        {
            Assert.Equal([expected], all);
        }
        else
        {
            Assert.Empty(all);
            var page = model.Find("projects/example", model.In("en"))!;
            var links = model.LinksOf(page);
            List<(string?, string?)> Nodes() => ActionPlan.Markup.MarkupParser.LinkNodes(page.Markdown.Document).Select(n => (n.Url, n.Title)).ToList();
            var written = Nodes();
            var images = ActionPlan.Images.ImageResizer.Prepare(model.Assets, Path.Combine(site.Root, ".actionplan", ActionPlan.Images.ImageResizer.CacheFolder), model.Config.Images, diagnostics);
            var html = PageRenderer.RenderBody(model, page, images);
            Assert.Contains(expected, html, StringComparison.Ordinal);

            // The resolved addresses are read from the page's links: the parsed tree keeps what the editor wrote,
            // so rendering again gives the same page.
            Assert.Equal(written, Nodes());
            Assert.Equal(page.Markdown.Links.Select(l => (l.Url, l.Title)), written.Select(w => (w.Item1!, w.Item2)));
            Assert.Equal(html, PageRenderer.RenderBody(model, page, images));
        }
    }

    [Fact]
    public void Every_example_in_the_spec_is_read()
    {
        var headings = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Specs", "links.md")).Count(l => l.StartsWith("## ", StringComparison.Ordinal));

        Assert.Equal(headings, ReadExamples().Count);
    }

    private static Dictionary<string, (string Markdown, string Kind, string Expected)> ReadExamples()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "links.md"));
        var examples = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        foreach (Match match in Example().Matches(text))
        {
            examples[match.Groups["title"].Value.Trim()] =
                (match.Groups["markdown"].Value, match.Groups["kind"].Value, match.Groups["expected"].Value.Trim());
        }

        return examples;
    }

    [GeneratedRegex(@"^## (?<title>[^\n]+)\n\n```markdown\n(?<markdown>.*?)```\n\n```(?<kind>html|error|warning)\n(?<expected>.*?)```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Example();
}

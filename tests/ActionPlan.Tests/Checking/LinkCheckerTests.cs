using ActionPlan.Checking;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Checking;

public sealed class LinkCheckerTests : IDisposable
{
    private readonly string _root = Scratch.NewFolder();
    private readonly SiteConfig _config = SiteConfigReader.Parse(TestSite.Config, new DiagnosticBag())!;

    public LinkCheckerTests()
    {
        Write("en/networks/index.html", """<html><body><h2 id="members">Members</h2><h2 id="æblegrød-på-ø">Æ</h2><a name="old-anchor"></a></body></html>""");
        Write("assets/site.css", "body{}");
        Write("files/report.pdf", "%PDF");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private IReadOnlyList<string> Check(string body, IReadOnlyDictionary<string, LinkOrigin>? origins = null)
    {
        Write("en/page/index.html", $"<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"/international/assets/site.css\"></head><body>{body}</body></html>");
        var diagnostics = new DiagnosticBag();
        LinkChecker.CheckFolder(_root, _config, origins ?? new Dictionary<string, LinkOrigin>(), "output", diagnostics);
        return diagnostics.ToSortedList().Select(d => d.ToString()).ToList();
    }

    [Theory]
    [InlineData("""<a href="/international/en/networks/">root-relative folder</a>""")]
    [InlineData("""<a href="/international/en/networks/index.html#members">file with fragment</a>""")]
    [InlineData("""<a href="../networks/#members">relative with fragment</a>""")]
    [InlineData("""<a href="/international/en/networks/#%C3%A6blegr%C3%B8d-p%C3%A5-%C3%B8">escaped Danish fragment</a>""")]
    [InlineData("""<a href="/international/en/networks/#æblegrød-på-ø">raw Danish fragment</a>""")]
    [InlineData("""<a href="/international/en/networks/#old-anchor">named anchor</a>""")]
    [InlineData("""<a href="https://example.org/international/en/networks/">absolute on this site</a>""")]
    [InlineData("""<img src="/international/files/report.pdf" alt="">""")]
    [InlineData("""<a href="https://eurocities.eu/missing">another site is not checked here</a> <a href="mailto:x@example.org">mail</a>""")]
    [InlineData("""<a href="#top" id="top">same page</a>""")]
    public void Working_addresses_pass(string body)
    {
        Assert.Empty(Check(body));
    }

    [Theory]
    [InlineData("""<a href="/international/en/nowhere/">x</a>""", "nothing is written at en/nowhere/")]
    [InlineData("""<a href="/international/en/networks/#nobody">x</a>""", "there is no heading or element with id 'nobody' on en/networks/index.html")]
    [InlineData("""<a href="#missing">x</a>""", "there is no heading or element with id 'missing' on en/page/index.html")]
    [InlineData("""<img src="../../files/missing.png" alt="">""", "nothing is written at files/missing.png")]
    [InlineData("""<a href="/en/networks/">x</a>""", "it is outside the site's base path /international/")]
    [InlineData("""<script src="https://example.org/international/app.js"></script>""", "nothing is written at app.js")]
    public void Broken_addresses_from_templates_are_reported_at_the_output_file(string body, string problem)
    {
        var error = Assert.Single(Check(body));

        Assert.StartsWith("output/en/page/index.html: error: the theme wrote a broken link", error, StringComparison.Ordinal);
        Assert.Contains(problem, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_addresses_from_content_are_reported_at_every_markdown_line_that_wrote_them()
    {
        const string href = "/international/en/networks/#nobody";
        var origins = new Dictionary<string, LinkOrigin>
        {
            ["en/page/index.html"] = new("content/page.en.md", new Dictionary<string, IReadOnlyList<(int, int)>> { [href] = [(7, 3), (12, 1)] }),
        };

        var errors = Check($"""<p><a href="{href}">one</a> <a href="{href}">two</a></p>""", origins);

        Assert.Equal(
            [
                "content/page.en.md:7:3: error: the link to '/international/en/networks/#nobody' is broken: there is no heading or element with id 'nobody' on en/networks/index.html. [broken-link]",
                "content/page.en.md:12:1: error: the link to '/international/en/networks/#nobody' is broken: there is no heading or element with id 'nobody' on en/networks/index.html. [broken-link]",
            ],
            errors);
    }
}

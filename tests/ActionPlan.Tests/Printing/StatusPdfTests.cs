using System.Diagnostics;
using ActionPlan.Build;
using ActionPlan.Printing;
using ActionPlan.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace ActionPlan.Tests.Printing;

/// <summary>
/// The real site's 2008 status report printed to PDF by Debian's Chromium, read back with poppler's pdftotext and
/// PdfPig: the year's figures in each language, A4, page numbers and the running head, tagged with the language,
/// an outline of the headings, a link from the page, and the same bytes from a second build. They start Chromium, so
/// they run only when asked for (explicit, category Chromium), as .ci/run does after the fast suite.
/// </summary>
[Trait("Category", "Chromium")]
public sealed class StatusPdfTests(StatusPdfTests.Printed built) : IClassFixture<StatusPdfTests.Printed>
{
    /// <summary>The real site built with its status reports printed to PDF, where Chromium is installed: once, by the first test that runs.</summary>
    public sealed class Printed() : RealSiteBuild(printPdfs: PdfPrinter.FindChromium() is not null);

    private static string? Missing() =>
        PdfPrinter.FindChromium() is null ? "no Chromium: install Debian's chromium package (.ci/run does)"
        : !File.Exists("/usr/bin/pdftotext") ? "no pdftotext: install Debian's poppler-utils package (.ci/run does)"
        : null;

    private static string Text(string pdf)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }

    [Theory(Explicit = true)]
    [InlineData("en", "18 goals in 12 focus areas, with the status each was given in the latest assessment up to 2008.", "Achieved: 4", "City of Copenhagen, Social Services", "Goal fulfilment per focus area")]
    [InlineData("da", "18 mål i 12 fokusområder med den status, hvert mål fik ved den seneste vurdering til og med", "Opnået: 4", "Københavns Kommune,", "Målopfyldelse pr. fokusområde")]
    public async Task The_2008_report_is_a_tagged_A4_pdf_in_its_language_with_its_figures_page_numbers_and_outline(string language, string goals, string achieved, string issuer, string heading)
    {
        if (Missing() is { } why)
        {
            Assert.Skip(why);
        }

        await built.BuildAsync();

        var pdf = Path.Combine(built.Output, language, "status", "2008", $"status-2008-{language}.pdf");
        Assert.True(File.Exists(pdf), $"no {pdf}");
        var page = File.ReadAllText(Path.Combine(built.Output, language, "status", "2008", "index.html"));
        Assert.Contains($"<a href=\"/international/{language}/status/2008/status-2008-{language}.pdf\" type=\"application/pdf\" hreflang=\"{language}\">", page, StringComparison.Ordinal);

        var text = Text(pdf);
        // The sentence is read across its line breaks: where a line ends depends on the paper's width and the font.
        Assert.Contains(goals, string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Contains(achieved, text, StringComparison.Ordinal);
        Assert.Contains(issuer, text, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^2008\s+1/\d+\s*$", text);

        using var document = PdfDocument.Open(pdf);
        var first = document.GetPage(1);
        Assert.Equal((595.92, 841.92), (Math.Round(first.Width, 2), Math.Round(first.Height, 2)));
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Assert.Equal(language, (catalog.Data["Lang"] as StringToken)?.Data);
        Assert.True(catalog.Data.ContainsKey("StructTreeRoot"), "not tagged");
        Assert.True(document.TryGetBookmarks(out var bookmarks), "no outline");
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToList();
        Assert.Contains(heading, titles);
        Assert.DoesNotContain(titles, t => t.Contains("Search", StringComparison.Ordinal) || t.Contains("Søg", StringComparison.Ordinal));
    }

    [Theory(Explicit = true)]
    [InlineData("en")]
    [InlineData("da")]
    public async Task The_figures_table_is_printed_whole_on_one_upright_page_with_every_row_and_its_total_column(string language)
    {
        if (Missing() is { } why)
        {
            Assert.Skip(why);
        }

        await built.BuildAsync();

        // What the table holds, read from the web page: its caption, each row's heading and the grand total.
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(built.Output, language, "status", "2008", "index.html")));
        var table = html.QuerySelector("table.figures")!;
        static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var caption = Words(table.QuerySelector("caption")!.TextContent);
        var rows = table.QuerySelectorAll("tbody th, tfoot th").Select(th => Words(th.TextContent)).ToList();
        var total = table.QuerySelector("tfoot td[data-status=total]")!.TextContent;
        Assert.Equal(13, rows.Count);

        using var document = PdfDocument.Open(Path.Combine(built.Output, language, "status", "2008", $"status-2008-{language}.pdf"));
        var pages = document.GetPages().Where(p => ContainsRun(p.GetWords().Select(w => w.Text).ToList(), caption)).ToList();
        var page = Assert.Single(pages);
        Assert.True(page.Width < page.Height, "the table's page is not upright");
        var words = page.GetWords().ToList();
        // Every word of every row's heading is on the page, as often as the rows hold it (a wrapped cell's words need
        // not come out of the PDF in reading order, and a line may break after a hyphen).
        static IEnumerable<string> Parts(string word) => System.Text.RegularExpressions.Regex.Split(word, "(?<=-)").Where(p => p.Length > 0);
        var left = words.SelectMany(w => Parts(w.Text)).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var word in rows.SelectMany(row => row).SelectMany(Parts))
        {
            if (left.GetValueOrDefault(word) == 0)
            {
                missing.Add(word);
            }
            else
            {
                left[word]--;
            }
        }

        Assert.Empty(missing);
        // The grand total is the table's last cell: there, and inside the page's margin (18 mm), nothing was cut off.
        var last = words.Last(w => w.Text == total);
        Assert.True(last.BoundingBox.Right <= page.Width - (18 / 25.4 * 72) + 1, $"the total column ends at {last.BoundingBox.Right:0} pt of {page.Width:0}");
    }

    /// <summary>True when <paramref name="run"/> appears in <paramref name="words"/> as consecutive words.</summary>
    private static bool ContainsRun(IReadOnlyList<string> words, IReadOnlyList<string> run) =>
        Enumerable.Range(0, Math.Max(0, words.Count - run.Count + 1)).Any(i => run.Select((w, j) => words[i + j] == w).All(x => x));

    [Fact(Explicit = true)]
    public async Task The_same_content_gives_the_same_pdf_bytes_dated_by_the_year_it_reports_on()
    {
        if (Missing() is { } why)
        {
            Assert.Skip(why);
        }

        await built.BuildAsync();

        var again = Path.Combine(Scratch.NewFolder(), "output");
        var cache = Path.Combine(Path.GetDirectoryName(again)!, "cache");
        try
        {
            // With a cache of its own, so the reports are printed afresh, not taken from the first build's.
            var options = new BuildOptions(RealSite.Folder, again) { CompiledTemplateFolder = TestSite.SharedTemplates, CacheFolder = cache };
            var result = await SiteBuilder.BuildAsync(options, TestContext.Current.CancellationToken);
            Assert.True(result.Published, string.Join("\n", result.Diagnostics));
            var printed = Directory.GetFiles(Path.Combine(cache, PdfPrinter.CacheFolder));
            Assert.Equal(2, printed.Length);
            var times = printed.Select(File.GetLastWriteTimeUtc).ToList();
            foreach (var language in new[] { "en", "da" })
            {
                var path = Path.Combine(language, "status", "2008", $"status-2008-{language}.pdf");
                var bytes = await File.ReadAllBytesAsync(Path.Combine(again, path), TestContext.Current.CancellationToken);
                Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(built.Output, path), TestContext.Current.CancellationToken), bytes);
                var text = System.Text.Encoding.Latin1.GetString(bytes);
                Assert.Contains("/CreationDate (D:20081231000000", text, StringComparison.Ordinal);
                Assert.DoesNotContain($"D:{DateTime.UtcNow:yyyyMMdd}", text, StringComparison.Ordinal);
            }

            // Built again with that cache: the documents are taken from it, not printed again.
            Assert.True((await SiteBuilder.BuildAsync(options, TestContext.Current.CancellationToken)).Published);
            Assert.Equal(times, printed.Select(File.GetLastWriteTimeUtc));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(again)!, recursive: true);
        }
    }
}

using System.Text.RegularExpressions;
using ActionPlan.Build;
using ActionPlan.Tests.Support;
using AngleSharp.Html.Parser;

namespace ActionPlan.Tests.Build;

/// <summary>
/// The Swedish/English example site in examples/stockholm-europaforum (made with <c>actionplan init --languages sv,en</c>
/// and written from Stockholm's Europaforum report of 2004) builds cleanly and shows no personal contact details.
/// </summary>
public sealed partial class StockholmExampleTests(StockholmExampleTests.Built built) : IClassFixture<StockholmExampleTests.Built>
{
    private const string Example = "stockholm-europaforum";

    /// <summary>A copy of the example (so the build's own files stay out of the repository), built once for the class.</summary>
    public sealed class Built : IAsyncLifetime
    {
        internal TestSite Site { get; } = CopyOfExample();

        public BuildResult? Result { get; private set; }

        public async ValueTask InitializeAsync() => Result = await Site.BuildAsync();

        public ValueTask DisposeAsync()
        {
            Site.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    [Fact]
    public void The_Stockholm_example_builds_in_Swedish_and_English_without_errors_or_warnings()
    {
        // Given the example, made with 'init --languages sv,en', built
        var (site, result) = (built.Site, built.Result!);

        // Then nothing is reported, and both languages have a home page and the same pages
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.True(result.Published);
        var parser = new HtmlParser();
        foreach (var language in new[] { "sv", "en" })
        {
            var home = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, language, "index.html")));
            Assert.Equal(language, home.DocumentElement.GetAttribute("lang"));
        }

        int PagesIn(string language) => Directory.EnumerateFiles(Path.Combine(site.Output, language), "index.html", SearchOption.AllDirectories).Count();
        Assert.True(PagesIn("sv") >= 40, $"only {PagesIn("sv")} Swedish pages");
        Assert.Equal(PagesIn("sv"), PagesIn("en"));

        // The root page leads to Swedish, the default language.
        Assert.Contains("/sv/", File.ReadAllText(Path.Combine(site.Output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_Stockholm_example_shows_no_e_mail_address_or_phone_number_in_its_pages_or_its_sources()
    {
        // Given the example built (its report names officials with a direct phone number)
        var (site, result) = (built.Site, built.Result!);
        Assert.True(result.Published);

        // Then no page's text and no content file holds an e-mail address or anything written like a phone number
        var parser = new HtmlParser();
        var texts = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => (f, parser.ParseDocument(File.ReadAllText(f)).Body!.TextContent))
            .Concat(Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories).Select(f => (f, File.ReadAllText(f))))
            .ToList();
        Assert.NotEmpty(texts);
        foreach (var (file, text) in texts)
        {
            Assert.False(Email().IsMatch(text), $"{file} shows an e-mail address: {Email().Match(text).Value}");
            Assert.False(Phone().IsMatch(text), $"{file} shows a phone number: {Phone().Match(text).Value}");
        }
    }

    [Theory]
    [InlineData("Handläggare: en handläggare, tfn 508 12 345")]
    [InlineData("Ring 08-508 12 345")]
    [InlineData("Call +46 8 508 12 345")]
    [InlineData("skriv till fornamn.efternamn@example.se")]
    public void The_personal_data_check_finds_a_phone_number_or_e_mail_address_written_as_the_report_writes_them(string text) =>
        Assert.True(Phone().IsMatch(text) || Email().IsMatch(text));

    [Theory]
    [InlineData("DNR 115-239/2002, 24 November 2004")]
    [InlineData("16 of 20, that is 80 %, and 105 caseworkers until September 2006")]
    [InlineData("15 districts and four municipalities; 2007-2009")]
    public void The_personal_data_check_passes_the_numbers_the_site_states(string text)
    {
        Assert.DoesNotMatch(Phone(), text);
        Assert.DoesNotMatch(Email(), text);
    }

    /// <summary>A copy of the example's site.yml, content/ and own theme files (if any) in a temporary folder.</summary>
    private static TestSite CopyOfExample()
    {
        var source = Path.Combine(RealSite.Folder, "examples", Example);
        var site = TestSite.Create();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
                     .Where(f => Path.GetRelativePath(source, f).Split(Path.DirectorySeparatorChar)[0] is var top && top != "output" && !top.StartsWith('.')))
        {
            var target = Path.Combine(site.Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        return site;
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    // Three or more groups of two or three digits with spaces between, as Swedish and Danish numbers are written
    // ("508 12 345", "08-508 12 345", "33 66 33 66"); a year span (2007-2009) or a case number (115-239/2002) is not.
    [GeneratedRegex(@"(?<![\d/])\d{2,3}(?: \d{2,3}){2,}(?![\d/])")]
    private static partial Regex Phone();
}

using ActionPlan.Printing;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Printing;

/// <summary>The content types Chromium is told while printing, from the printer's own table.</summary>
public sealed class ContentTypesTests
{
    [Theory]
    [InlineData("en/index.html", "text/html; charset=utf-8")]
    [InlineData("assets/site.0123abcd.css", "text/css; charset=utf-8")]
    [InlineData("assets/search.0123abcd.js", "text/javascript; charset=utf-8")]
    [InlineData("assets/favicon.svg", "image/svg+xml")]
    [InlineData("images/berlin-640w.webp", "image/webp")]
    [InlineData("images/Berlin.JPG", "image/jpeg")]
    [InlineData("search/en/ab.json", "application/json; charset=utf-8")]
    [InlineData("sitemap.xml", "text/xml; charset=utf-8")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("fonts/body.woff2", "font/woff2")]
    [InlineData("files/plan.pdf", "application/pdf")]
    public void A_file_of_a_built_site_has_its_type_and_text_is_UTF_8(string file, string expected) =>
        Assert.Equal(expected, ContentTypes.Of(file));

    [Fact]
    public void A_file_of_an_unlisted_kind_is_bytes() =>
        Assert.Equal("application/octet-stream", ContentTypes.Of("files/data.bin"));

    [Fact]
    public void Every_file_the_default_theme_ships_has_a_listed_type()
    {
        var files = Directory.EnumerateFiles(TestSite.BuiltInTheme, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(TestSite.BuiltInTheme, f).StartsWith("static", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.NotEqual(ContentTypes.Unknown, ContentTypes.Of(file)));
    }
}

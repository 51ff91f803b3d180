using ActionPlan.Configuration;

namespace ActionPlan.Model;

/// <summary>
/// The one place that turns output paths into the addresses written into pages, and names the files the build
/// writes itself besides the pages.
/// </summary>
public static class SiteUrls
{
    /// <summary>The sitemap.</summary>
    public const string Sitemap = "sitemap.xml";

    /// <summary>The instructions for crawlers.</summary>
    public const string Robots = "robots.txt";

    /// <summary>The root page that offers the languages.</summary>
    public const string LanguageChoice = "index.html";

    /// <summary>The page servers show for a missing address: the default language's not-found page.</summary>
    public const string NotFound = "404.html";

    /// <summary>Where a language's Atom feed is written.</summary>
    public static string Feed(Language language) => $"{language.Code}/feed.xml";

    /// <summary>The files the build writes itself besides the pages (before aliases), by output path.</summary>
    public static IEnumerable<string> BuiltFiles(SiteConfig config) =>
        [Sitemap, Robots, LanguageChoice, NotFound, .. config.Languages.Select(Feed),
         .. config.Footer.AccessibilityStatement is null ? [] : new[] { FileOf(FooterConfig.StatementPath) }];

    /// <summary>The file an address is written to: its index.html, or the address itself where it names a file.</summary>
    public static string FileOf(string address) => address.EndsWith(".html", StringComparison.Ordinal) ? address : address + "index.html";

    /// <summary>Escapes each segment of a '/'-separated path, keeping the slashes.</summary>
    public static string EscapePath(string path) =>
        string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The root-relative address of an output path under the base path: <c>/international/en/x/</c>.</summary>
    public static string Href(string basePath, string outputPath) => basePath + EscapePath(outputPath);

    /// <summary>The absolute address of an output path: <c>https://example.org/international/en/x/</c>.</summary>
    public static string Absolute(Uri baseUrl, string outputPath) => baseUrl.GetLeftPart(UriPartial.Authority) + Href(baseUrl.AbsolutePath, outputPath);

    /// <summary>A fragment as written into an address (escaped, with its '#'), or '' for none.</summary>
    public static string Fragment(string? fragment) => string.IsNullOrEmpty(fragment) ? "" : "#" + Uri.EscapeDataString(fragment);
}

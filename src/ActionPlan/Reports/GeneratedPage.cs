using ActionPlan.Configuration;
using ActionPlan.Model;

namespace ActionPlan.Reports;

/// <summary>A page the build makes, in one language.</summary>
/// <param name="Key">The same for its versions in every language (e.g. <c>register/2008</c>), so they are twins.</param>
/// <param name="Language">Its language.</param>
/// <param name="UrlPath">The path below the base URL, ending in '/' (or in '.html' for the not-found page).</param>
/// <param name="Kind">What it shows.</param>
/// <param name="Parent">The written page it sits under (its section page, or home).</param>
/// <param name="Year">The year it is about, for yearly pages.</param>
/// <param name="Facet">The focus area or city a filtered listing is about.</param>
/// <param name="Items">The pages a filtered listing lists.</param>
public sealed record GeneratedPage(
    string Key,
    Language Language,
    string UrlPath,
    GeneratedPageKind Kind,
    Page Parent,
    int? Year = null,
    Page? Facet = null,
    IReadOnlyList<Page>? Items = null)
{
    /// <summary>The file written, relative to the output folder: the URL's index.html, or the URL itself when it names a file.</summary>
    public string OutputPath => UrlPath.EndsWith(".html", StringComparison.Ordinal) ? UrlPath : UrlPath + "index.html";
}

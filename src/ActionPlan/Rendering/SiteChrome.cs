namespace ActionPlan.Rendering;

/// <summary>What every page of one language shows around its content: site title, home, search, feed and footer.</summary>
/// <param name="SiteTitle">The site title.</param>
/// <param name="BasePath">The path the site is served under (e.g. <c>/international/</c>).</param>
/// <param name="HomeHref">The home page's address.</param>
/// <param name="SearchHref">The search page's address.</param>
/// <param name="SearchIndexHref">The search index's address.</param>
/// <param name="FeedHref">The Atom feed's address, or null when the language has no feed (no dated page).</param>
/// <param name="Authority">The responsible authority, or null.</param>
/// <param name="Contact">The contact page, or null.</param>
/// <param name="Privacy">The privacy page, or null.</param>
/// <param name="StatementHref">The accessibility statement's redirect address, or null.</param>
/// <param name="Sections">The site's top-level sections in this language, in the site's order: the main navigation, and ways around the site when search cannot run.</param>
/// <param name="Assets">Resolves a theme or static file's plain path to its written (fingerprinted) path.</param>
public sealed record SiteChrome(
    string SiteTitle,
    string BasePath,
    string HomeHref,
    string SearchHref,
    string SearchIndexHref,
    string? FeedHref,
    string? Authority,
    LinkView? Contact,
    LinkView? Privacy,
    string? StatementHref,
    IReadOnlyList<LinkView> Sections,
    [property: Digest(DigestAs.Covered)] Func<string, string> Assets); // the theme's files are in every fingerprint's shell part

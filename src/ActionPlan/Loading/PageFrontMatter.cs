using ActionPlan.Domain;

namespace ActionPlan.Loading;

/// <summary>The front matter every page may have.</summary>
/// <param name="Title">The page title (required).</param>
/// <param name="Summary">One or two sentences for listings and the meta description.</param>
/// <param name="Slug">The URL name in this language; default: the file name.</param>
/// <param name="Date">When the page was first published (YYYY-MM-DD).</param>
/// <param name="Updated">When the page was last changed in substance (YYYY-MM-DD).</param>
/// <param name="Layout">A layout to use instead of the section's (a name under the theme's Layouts/).</param>
/// <param name="Weight">Orders pages in listings: lower first; then by title.</param>
public sealed record PageFrontMatter(
    string Title,
    string? Summary,
    string? Slug,
    DateOnly? Date,
    DateOnly? Updated,
    string? Layout,
    int Weight)
{
    /// <summary>What the page describes: from <c>kind:</c>, else from its top-level folder (section pages are plain pages).</summary>
    public ContentKind Kind => Facts.Kind;

    /// <summary>The kind's own fields, references and facts.</summary>
    public KindFacts Facts { get; init; } = new PageFacts();

    /// <summary>False when the front matter could not be read at all (the error is reported; the title is the file name).</summary>
    public bool Readable { get; init; } = true;

    /// <summary>
    /// A shorter title where space is short and context says the rest (<c>short_title:</c>): the main navigation,
    /// breadcrumbs, chart labels; null to use the title.
    /// </summary>
    public string? ShortTitle { get; init; }

    /// <summary>True for a draft: built only with <c>--drafts</c>.</summary>
    public bool Draft { get; init; }

    /// <summary>The day from which the page is no longer published, or null.</summary>
    public DateOnly? Expires { get; init; }

    /// <summary>Old addresses of the page (paths below the base URL) that redirect to it.</summary>
    public IReadOnlyList<(string Path, int Line)> Aliases { get; init; } = [];

    /// <summary>The file line of each key present, for messages about a field (empty when unknown).</summary>
    public IReadOnlyDictionary<string, int> Lines { get; init; } = new Dictionary<string, int>();

    /// <summary>The file line of a key, or 1 (the top of the file) when it is absent.</summary>
    public int LineOf(string key) => Lines.TryGetValue(key, out var line) ? line : 1;

    /// <summary>
    /// The language whose version of the page is the source the others are translated from (<c>source_language:</c>);
    /// null for the site's <c>default_language</c>.
    /// </summary>
    public string? SourceLanguage { get; init; }

    /// <summary>
    /// In a translation: the day of the source version it follows (<c>translated: 2008-04-02</c>), so a change to the
    /// source that needs no new translation can be marked as followed; null when not given.
    /// </summary>
    public DateOnly? Translated { get; init; }

    /// <summary>Words the page spells right that the dictionary does not know (<c>words:</c>); default: none.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>
    /// The file line and column of the summary's first letter when it is written on one line without escapes (so each
    /// word's column is known); null otherwise, and then the summary is not read as prose.
    /// </summary>
    public (int Line, int Column)? SummaryAt { get; init; }
}

namespace ActionPlan.Configuration;

/// <summary>A site's settings from <c>site.yml</c>.</summary>
/// <param name="Title">The site title per language.</param>
/// <param name="BaseUrl">The public address of the site's root, ending in '/'; its path prefixes every URL written.</param>
/// <param name="Languages">The languages, in the order given (the switcher's order).</param>
/// <param name="DefaultLanguage">The language the root page leads to.</param>
/// <param name="SectionNames">URL names per language for top-level content folders; a folder not listed keeps its own name.</param>
/// <param name="Theme">The theme's folder name under themes/ (default: <c>default</c>).</param>
/// <param name="Footer">What every footer names: the authority, the contact and privacy pages, the accessibility statement.</param>
public sealed record SiteConfig(
    LocalizedText Title,
    Uri BaseUrl,
    IReadOnlyList<Language> Languages,
    Language DefaultLanguage,
    IReadOnlyDictionary<string, LocalizedText> SectionNames,
    string Theme,
    FooterConfig Footer)
{
    /// <summary>The path the site is served under, always starting and ending with '/' (e.g. <c>/international/</c>).</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    /// <summary>The kinds whose pages must cite a source (<c>sources_required</c>); default: none.</summary>
    public IReadOnlySet<Domain.ContentKind> SourcesRequired { get; init; } = new HashSet<Domain.ContentKind>();

    /// <summary>For each language code, the top-level sections whose pages must exist in that language (from <c>translations_required</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> RequiredTranslations { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>HTML tags editors may write in Markdown (from <c>allowed_html</c>), without attributes; every other tag is shown as text.</summary>
    public IReadOnlySet<string> AllowedHtml { get; init; } = new HashSet<string>();

    /// <summary>
    /// Link texts that say nothing out of context, per language code, that the site adds to the build's own list
    /// (<c>vague_link_text: { da: [se dokumentet] }</c>); default: none.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> VagueLinkText { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The language with a code, or null.</summary>
    public Language? FindLanguage(string code) => Languages.FirstOrDefault(l => l.Code == code);

    /// <summary>How many entries a listing page shows where site.yml does not say.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>How many entries a listing page shows (from <c>pagination: { size: }</c>).</summary>
    public int DefaultListingSize { get; init; } = DefaultPageSize;

    /// <summary>Page sizes of single sections by top-level folder (from <c>pagination: { sections: }</c>).</summary>
    public IReadOnlyDictionary<string, int> PageSizes { get; init; } = new Dictionary<string, int>();

    /// <summary>How many entries a listing page of a section shows.</summary>
    public int PageSize(string section) => PageSizes.GetValueOrDefault(section, DefaultListingSize);

    /// <summary>The search page's URL name per language (from <c>search_page</c>); null: <c>search</c> in every language.</summary>
    public LocalizedText? SearchPageNames { get; init; }

    /// <summary>The git host the browser editor commits to (<c>editor_backend</c>); null: it saves into the preview's content/.</summary>
    public EditorBackend? EditorBackend { get; init; }

    /// <summary>How content images are resized, and the size above which an image gets a warning (<c>images</c>).</summary>
    public ImageSettings Images { get; init; } = ImageSettings.Default;

    /// <summary>True when each year's status report is also printed to PDF in each language (<c>status_pdf</c>).</summary>
    public bool StatusPdf { get; init; }

    /// <summary>The line of site.yml that says <c>status_pdf</c>, for messages about it.</summary>
    public int StatusPdfLine { get; init; }

    /// <summary>The tags pages may name (<c>tags:</c>), in the order declared; default: none.</summary>
    public IReadOnlyList<Tag> Tags { get; init; } = [];

    /// <summary>The tag index's URL name per language (from <c>tags_page</c>); null: <c>tags</c> in every language.</summary>
    public LocalizedText? TagPageNames { get; init; }

    /// <summary>The declared tag with an id, or null.</summary>
    public Tag? FindTag(string id) => Tags.FirstOrDefault(t => t.Id == id);

    /// <summary>The tag index's URL name in a language, below the language's home.</summary>
    public string TagsUrlName(Language language) =>
        TagPageNames?.Values.TryGetValue(language.Code, out var name) == true ? name : "tags";

    /// <summary>The LIX above which a page gets a warning (<c>lix_max</c>); null: none.</summary>
    public int? LixMax { get; init; }

    /// <summary>The line of site.yml that says <c>lix_max</c>, for messages about it.</summary>
    public int LixMaxLine { get; init; }

    /// <summary>The line of site.yml that names each language, by code, for messages about its dictionary.</summary>
    public IReadOnlyDictionary<string, int> LanguageLines { get; init; } = new Dictionary<string, int>();

    /// <summary>The search page's URL name in a language, below the language's home.</summary>
    public string SearchUrlName(Language language) =>
        SearchPageNames?.Values.TryGetValue(language.Code, out var name) == true ? name : "search";

    /// <summary>The URL name of a top-level content folder in a language.</summary>
    public string SectionUrlName(string folder, Language language) =>
        SectionNames.TryGetValue(folder, out var names) && names.Values.TryGetValue(language.Code, out var name) ? name : folder;
}

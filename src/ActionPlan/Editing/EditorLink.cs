using ActionPlan.Loading;

namespace ActionPlan.Editing;

/// <summary>
/// The one rule for addresses into the browser editor: a page of a section folder opens as its collection's entry
/// (<c>/admin/#/collections/&lt;section&gt;/entries/&lt;name&gt;</c>), a section's or the home page in one language as
/// its entry among the section pages (<see cref="CmsConfig.SectionPagesName"/>); other files have no entry.
/// </summary>
public static class EditorLink
{
    /// <summary>Where the preview serves the editor.</summary>
    public const string Root = "/admin/";

    /// <summary>The editor's address for a page, or null when the editor cannot open it (see <see cref="For(string)"/>).</summary>
    public static string? For(SourceFile source) => For(source.Folder, source.Name, source.Language.Code);

    /// <summary>
    /// The editor's address for a file given as the build names it (relative to the site folder, e.g.
    /// <c>content/projects/berlin.en.md</c>), or null when it is not a page the editor opens: site.yml, a theme or
    /// static file, a page directly in content/ or in a folder below a section.
    /// </summary>
    public static string? For(string sitePath)
    {
        ArgumentNullException.ThrowIfNull(sitePath);
        var prefix = ContentScanner.ContentFolder + "/";
        if (!sitePath.StartsWith(prefix, StringComparison.Ordinal) || !sitePath.EndsWith(".md", StringComparison.Ordinal))
        {
            return null;
        }

        // <folder>/<name>.<language>.md: the language is the last part before .md, as the build reads it.
        var inContent = sitePath[prefix.Length..^".md".Length];
        var slash = inContent.LastIndexOf('/');
        var file = inContent[(slash + 1)..];
        var dot = file.LastIndexOf('.');
        return dot <= 0 ? null : For(slash < 0 ? "" : inContent[..slash], file[..dot], file[(dot + 1)..]);
    }

    /// <summary>
    /// The editor's address for the page <paramref name="name"/> in the content folder <paramref name="folder"/>, in
    /// <paramref name="language"/> where that makes another entry (a section's own page), or null.
    /// </summary>
    public static string? For(string folder, string name, string language) =>
        folder.Contains('/') ? null
        : name == SourceFile.IndexName ? $"{Root}#/collections/{CmsConfig.SectionPagesName}/entries/{(folder.Length == 0 ? CmsConfig.HomeName : folder)}.{language}"
        : folder.Length == 0 ? null
        : $"{Root}#/collections/{folder}/entries/{name}";
}

using ActionPlan.Configuration;
using ActionPlan.Loading;

namespace ActionPlan.Editing;

/// <summary>A page's entry in the browser editor (<see cref="EditorLink"/>), or why the editor has none and the file is edited instead.</summary>
/// <param name="File">The page's file, relative to the site.</param>
/// <param name="Address">The editor's address for the page, or null when it has none.</param>
/// <param name="Unavailable">Why the editor has no entry for it ("a nested folder is not in the editor"), or null when it has.</param>
public sealed record EditorEntry(string File, string? Address, string? Unavailable)
{
    /// <summary>The entry for <paramref name="source"/>'s page in <paramref name="language"/> (its twin there, if another).</summary>
    public static EditorEntry For(SourceFile source, Language language)
    {
        ArgumentNullException.ThrowIfNull(source);
        return EditorLink.For(source.Folder, source.Name, language.Code) is { } address ? new(source.Path, address, null)
            : source.Folder.Contains('/') ? new(source.Path, null, "a nested folder is not in the editor")
            : new(source.Path, null, $"a page directly in {ContentScanner.ContentFolder}/ is not in the editor");
    }
}

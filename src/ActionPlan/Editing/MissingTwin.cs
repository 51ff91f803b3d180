using ActionPlan.Configuration;

namespace ActionPlan.Editing;

/// <summary>A page with no twin in a language: the twin to write.</summary>
/// <param name="Path">The page's file, relative to the site (<c>content/networks/ecacp.da.md</c>).</param>
/// <param name="Language">The language it has no twin in.</param>
/// <param name="UrlPath">The page's address below the base path.</param>
/// <param name="Editor">Where the editor writes the twin, or why it cannot.</param>
public sealed record MissingTwin(string Path, Language Language, string UrlPath, EditorEntry Editor);

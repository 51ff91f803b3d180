namespace ActionPlan.Editing;

/// <summary>A translation whose source changed after it.</summary>
/// <param name="Path">The translation's file, relative to the site.</param>
/// <param name="SourcePath">Its source's file, relative to the site.</param>
/// <param name="UrlPath">The translation's address below the base path.</param>
/// <param name="SourceUrlPath">The source's address below the base path.</param>
/// <param name="Editor">Where the editor opens both, or why it cannot.</param>
public sealed record StaleTranslation(string Path, string SourcePath, string UrlPath, string SourceUrlPath, EditorEntry Editor);

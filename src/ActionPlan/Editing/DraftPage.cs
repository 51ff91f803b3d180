namespace ActionPlan.Editing;

/// <summary>A page marked <c>draft: true</c>.</summary>
/// <param name="Path">Its file, relative to the site.</param>
/// <param name="Title">Its title.</param>
/// <param name="Editor">Where the editor opens it, or why it cannot.</param>
public sealed record DraftPage(string Path, string Title, EditorEntry Editor);

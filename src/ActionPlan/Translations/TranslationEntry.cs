using ActionPlan.Configuration;

namespace ActionPlan.Translations;

/// <summary>One translation problem: a page with no twin in a language, or a twin that has fallen behind.</summary>
/// <param name="Path">The page's source file.</param>
/// <param name="Language">The language that is missing or behind.</param>
/// <param name="Missing">True when there is no page in that language; false when it exists but is older.</param>
/// <param name="Newer">For a stale twin: the file changed after it.</param>
public sealed record TranslationEntry(string Path, Language Language, bool Missing, string? Newer = null);

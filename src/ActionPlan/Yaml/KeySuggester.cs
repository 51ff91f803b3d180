using ActionPlan.Diagnostics;

namespace ActionPlan.Yaml;

/// <summary>Finds the known key nearest to a mistyped one, so a warning can say what was meant.</summary>
internal static class KeySuggester
{
    /// <summary>The nearest known key within a small edit distance, or null when none is close.</summary>
    public static string? Nearest(string key, IEnumerable<string> known) => Suggestions.Nearest(key, known, 1).FirstOrDefault();
}

using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Yaml;

namespace ActionPlan.Rendering;

/// <summary>The theme's interface texts for one language, from <c>i18n/&lt;code&gt;.yml</c> (flat 'key: text' lines).</summary>
public sealed class UiStrings
{
    private readonly IReadOnlyDictionary<string, string> _texts;

    private UiStrings(string file, IReadOnlyDictionary<string, string> texts)
    {
        File = file;
        _texts = texts;
    }

    /// <summary>The file the texts came from, for messages.</summary>
    public string File { get; }

    /// <summary>The text for a key; a missing key is a theme bug and throws <see cref="MissingUiStringException"/>.</summary>
    public string this[string key] => _texts.TryGetValue(key, out var text) ? text : throw new MissingUiStringException(key, File);

    /// <summary>The text for a key, or null where the theme gives none (for texts named after a site's own values).</summary>
    public string? TryGet(string key) => _texts.GetValueOrDefault(key);

    /// <summary>Reads each language's file from the theme; a missing file or bad YAML becomes a diagnostic.</summary>
    public static IReadOnlyDictionary<string, UiStrings>? ReadAll(ThemeFiles theme, IReadOnlyList<Language> languages, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, UiStrings>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var relative = $"i18n/{language.Code}.yml";
            var path = theme.Find(relative);
            if (path is null)
            {
                diagnostics.Error("theme", $"themes/…/{relative}", 0, 0, $"the theme has no interface texts for {language.Name}: add {relative} to the theme.");
                continue;
            }

            var file = ThemeFiles.Describe(path);
            var map = YamlText.ParseMapping(System.IO.File.ReadAllText(path), file, 1, diagnostics);
            if (map is null)
            {
                continue;
            }

            var texts = map.Keys.ToDictionary(k => k, k => map.String(k) ?? "", StringComparer.Ordinal);
            result[language.Code] = new UiStrings(file, texts);
        }

        // Every language needs every text any language has: a gap found while rendering would stop the build midway.
        var keys = result.Values.SelectMany(s => s._texts.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var strings in result.Values)
        {
            var missing = keys.Where(k => !strings._texts.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                var named = string.Join(", ", missing.Take(5).Select(k => $"'{k}'")) + (missing.Count > 5 ? $" and {missing.Count - 5} more" : "");
                diagnostics.Error("theme", strings.File, 0, 0,
                    $"the theme's interface texts lack {named}, which the other languages have: add a line 'key: text' for each.");
            }
        }

        return result.Count == languages.Count && !diagnostics.HasErrors ? result : null;
    }
}

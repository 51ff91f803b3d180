namespace ActionPlan.Configuration;

/// <summary>A text given once per language code, such as the site title.</summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The text in a language, falling back to any language that has one (ordinal order of codes).</summary>
    public string For(Language language) =>
        Values.TryGetValue(language.Code, out var text)
            ? text
            : Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Value).FirstOrDefault() ?? "";
}

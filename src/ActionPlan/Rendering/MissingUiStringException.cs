namespace ActionPlan.Rendering;

/// <summary>A template asked for an interface text that the language's i18n file does not have.</summary>
public sealed class MissingUiStringException(string key, string file)
    : Exception($"the UI text '{key}' is missing from {file}; add a line '{key}: ...'.")
{
    /// <summary>The missing key.</summary>
    public string Key { get; } = key;
}

namespace ActionPlan.Domain;

/// <summary>The code of one of the site's languages (<c>source_language: da</c>).</summary>
public sealed class LanguageField(string key, bool required, string help) : Field<string?>(key, required, help), IChoiceField
{
    /// <inheritdoc/>
    public bool Many => false;

    /// <inheritdoc/>
    public IReadOnlyList<string> Options(IReadOnlyList<string> languageCodes) => languageCodes;

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: en   # {Help}";

    internal override string? ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes)
    {
        var code = reader.Text(Key, Required);
        if (code is not null && !languageCodes.Contains(code))
        {
            reader.Fail(Key, "bad-value", $"'{Key}' must be one of the site's languages: {string.Join(", ", languageCodes)} — not '{code}'.");
            return null;
        }

        return code;
    }
}

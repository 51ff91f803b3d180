namespace ActionPlan.Domain;

/// <summary>True or false (a page's <c>draft:</c>), one switch for the page in every language; optional.</summary>
public sealed class SwitchField(string key, string help) : Field<bool?>(key, false, help)
{
    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: false   # {Help}";

    internal override bool? ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.Map.Bool(Key);
}

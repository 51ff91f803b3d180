namespace ActionPlan.Domain;

/// <summary>Any whole number, negative ones too (a page's <c>weight:</c>); optional.</summary>
public sealed class IntegerField(string key, string help) : Field<int?>(key, false, help)
{
    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: 0   # {Help}";

    internal override int? ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.Map.Int(Key);
}

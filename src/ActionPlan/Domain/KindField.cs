namespace ActionPlan.Domain;

/// <summary>The name of a kind (<c>kind: presentation</c>, a measure's <c>count: presentation</c>).</summary>
public sealed class KindField(string key, bool required, string help) : Field<ContentKind?>(key, required, help), IChoiceField
{
    /// <inheritdoc/>
    public bool Many => false;

    /// <inheritdoc/>
    public IReadOnlyList<string> Options(IReadOnlyList<string> languageCodes) => ContentKind.Names;

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: {ContentKind.Project.Name}   # {Help}";

    internal override ContentKind? ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes)
    {
        var name = reader.Text(Key, Required);
        var kind = name is null ? null : ContentKind.Parse(name);
        if (name is not null && kind is null)
        {
            reader.Fail(Key, "bad-value", $"'{Key}' must be one of: {string.Join(", ", ContentKind.Names)} — not '{name}'.");
        }

        return kind;
    }
}

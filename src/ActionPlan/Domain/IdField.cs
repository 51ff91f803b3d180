namespace ActionPlan.Domain;

/// <summary>
/// The id of an element of a list, the same in every language, by which twins' elements are matched (a goal's
/// <c>id: "2"</c>); YAML may read it as a number, which is taken as its text.
/// </summary>
public sealed class IdField(string key, string help) : Field<string?>(key, true, help)
{
    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: \"1\"   # {Help}";

    internal override string? ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.Map.String(Key, required: true);
}

namespace ActionPlan.Domain;

/// <summary>Notes for the editors only (a person's name, a direct phone): checked to be a mapping, never published, hidden in the editor's form.</summary>
public sealed class InternalField(string key, string help) : Field<bool>(key, false, help)
{
    /// <inheritdoc/>
    public override bool Prose => true;

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: {{}}   # {Help}";

    /// <summary>True when the page has the notes; their content is never read.</summary>
    internal override bool ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.Map.Has(Key) && reader.Map.Map(Key) is not null;
}

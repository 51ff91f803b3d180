namespace ActionPlan.Domain;

/// <summary>
/// The ids of pages of a kind a page relates to (<c>cities: [berlin]</c>): a list every page may have, one per kind
/// others refer to, read as a set that the twins share.
/// </summary>
public sealed class ReferencesField(string key, ContentKind target)
    : Field<IReadOnlyList<string>>(key, false, $"the {target.Name} pages it relates to")
{
    /// <summary>The kind whose pages it names.</summary>
    public ContentKind Target => target;

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: []   # ids of {target.Name} pages it relates to";

    internal override IReadOnlyList<string> ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.References(Key, target);
}

namespace ActionPlan.Domain;

/// <summary>
/// The tags a page has (<c>tags: [child-poverty]</c>), each by the id site.yml declares it under: read as a set the
/// twins share, and checked like a reference once the declared tags are known.
/// </summary>
/// <param name="key">The key editors write.</param>
public sealed class TagsField(string key) : Field<IReadOnlyList<TagReference>>(key, false, "the tags of the page")
{
    /// <inheritdoc/>
    public override string? Values => "ids of tags declared under tags: in site.yml";

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: []   # {Help}";

    internal override IReadOnlyList<TagReference> ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.Tags(Key);
}

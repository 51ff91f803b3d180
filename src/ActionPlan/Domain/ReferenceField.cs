namespace ActionPlan.Domain;

/// <summary>The id of one page of another kind (<c>contact: project-office</c>), checked like every reference.</summary>
/// <param name="key">The key editors write.</param>
/// <param name="help">What it names.</param>
/// <param name="target">The name of the kind it must point at (a name, as the kinds are still being declared).</param>
/// <param name="example">An id to show in a new page.</param>
/// <param name="required">False for an optional reference (a page's <c>owner:</c>).</param>
public sealed class ReferenceField(string key, string help, string target, string example, bool required = true) : Field<string?>(key, required, help)
{
    /// <summary>The kind it points at.</summary>
    public ContentKind Target => ContentKind.Parse(target)!;

    /// <inheritdoc/>
    public override string? Values => $"the id of a {target}";

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: {example}   # {Help}: the id of a {target}";

    internal override string? ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.Reference(Key, Target, Required);
}

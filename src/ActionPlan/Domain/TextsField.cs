namespace ActionPlan.Domain;

/// <summary>A list of texts in the order written: facts (<c>case_numbers: ["2007-43994"]</c>) or each language's own (a page's <c>aliases:</c>).</summary>
/// <param name="key">The key editors write.</param>
/// <param name="help">What it holds.</param>
/// <param name="example">An item in a new page.</param>
/// <param name="prose">True when each language writes its own list.</param>
public sealed class TextsField(string key, string help, string example, bool prose = false) : Field<IReadOnlyList<string>>(key, false, help)
{
    /// <inheritdoc/>
    public override bool Prose => prose;

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: [{Quoted(example)}]   # {Help}";

    internal override IReadOnlyList<string> ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes) =>
        prose ? reader.Map.StringItems(Key).Select(i => i.Value).ToList() : reader.Texts(Key);
}

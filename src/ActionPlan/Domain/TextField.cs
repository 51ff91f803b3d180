namespace ActionPlan.Domain;

/// <summary>A text: prose written in each language (a theme, a country), or a fact the twins share.</summary>
/// <param name="key">The key editors write.</param>
/// <param name="required">True when it must be given and not empty.</param>
/// <param name="help">What it holds.</param>
/// <param name="example">The value in a new page.</param>
/// <param name="prose">False for a fact the twins share.</param>
/// <param name="paragraph">True for a text of a few sentences (a summary, a reason), false for one line.</param>
/// <param name="maxLength">The most characters it may have, or null.</param>
public sealed class TextField(string key, bool required, string help, string example, bool prose = true, bool paragraph = false, int? maxLength = null)
    : Field<string?>(key, required, help)
{
    /// <inheritdoc/>
    public override bool Prose => prose;

    /// <summary>True for a text of a few sentences, false for one line.</summary>
    public bool Paragraph => paragraph;

    /// <summary>The most characters it may have, or null.</summary>
    public int? MaxLength => maxLength;

    /// <inheritdoc/>
    public override string? Values => maxLength is { } max ? $"at most {max} characters" : null;

    /// <summary>The length rule as a pattern, for the schemas and the browser editor, which can check only a pattern; null without one.</summary>
    public string? LengthPattern => maxLength is { } max ? $"^.{{0,{max}}}$" : null;

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: {Quoted(example)}   # {Help}";

    internal override string? ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes) =>
        prose ? reader.Map.String(Key, Required) : reader.Text(Key, Required);
}

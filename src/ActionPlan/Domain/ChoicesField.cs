namespace ActionPlan.Domain;

/// <summary>A list of an enum's written names (<c>aims: [learning, growing]</c>), read as a set; required means at least one.</summary>
/// <typeparam name="T">The enum; its members are written in lower case with '-'.</typeparam>
public sealed class ChoicesField<T>(string key, bool required, string help, T example) : Field<IReadOnlyList<T>>(key, required, help), IChoiceField
    where T : struct, Enum
{
    /// <inheritdoc/>
    public override string? Values => string.Join(", ", Choices.Names<T>());

    /// <inheritdoc/>
    public bool Many => true;

    /// <inheritdoc/>
    public IReadOnlyList<string> Options(IReadOnlyList<string> languageCodes) => Choices.Names<T>();

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: [{Choices.Name(example)}]   # {Values}";

    internal override IReadOnlyList<T> ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.ChoiceList<T>(Key, Required);
}

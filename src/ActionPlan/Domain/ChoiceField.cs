namespace ActionPlan.Domain;

/// <summary>One of an enum's written names (<c>status: ongoing</c>).</summary>
/// <typeparam name="T">The enum; its members are written in lower case with '-' (<c>InProgress</c> is <c>in-progress</c>).</typeparam>
public sealed class ChoiceField<T>(string key, bool required, string help, T example) : Field<T?>(key, required, help), IChoiceField
    where T : struct, Enum
{
    /// <inheritdoc/>
    public override string? Values => string.Join(", ", Choices.Names<T>());

    /// <inheritdoc/>
    public bool Many => false;

    /// <inheritdoc/>
    public IReadOnlyList<string> Options(IReadOnlyList<string> languageCodes) => Choices.Names<T>();

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: {Choices.Name(example)}   # {Values}";

    internal override T? ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.Choice<T>(Key, Required);
}

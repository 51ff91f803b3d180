namespace ActionPlan.Domain;

/// <summary>A year, month or day (<c>2007</c>, <c>2007-11</c>, <c>2007-11-05</c>).</summary>
public sealed class DateField(string key, bool required, string help) : Field<PartialDate?>(key, required, help)
{
    /// <inheritdoc/>
    public override string? Values => "a year, month or day";

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: {year}   # {Help}: a year, month (2007-11) or day (2007-11-05)";

    internal override PartialDate? ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.Date(Key, Required);
}

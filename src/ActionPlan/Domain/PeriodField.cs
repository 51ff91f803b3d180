using System.Globalization;

namespace ActionPlan.Domain;

/// <summary>A run of years (<c>period: 2007-2009</c>), a fact the twins share.</summary>
public sealed class PeriodField(string key, bool required, string help) : Field<YearSpan?>(key, required, help)
{
    /// <inheritdoc/>
    public override string? Values => "first-last year, e.g. 2007-2009";

    /// <inheritdoc/>
    public override string Example(int year) => string.Create(CultureInfo.InvariantCulture, $"{Key}: {year}-{year + 2}   # {Help}: the first and last year");

    internal override YearSpan? ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.Period(Key, Required);
}

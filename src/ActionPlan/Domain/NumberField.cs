using System.Globalization;

namespace ActionPlan.Domain;

/// <summary>A whole number in a range (<c>number: 13</c>).</summary>
/// <param name="key">The key editors write.</param>
/// <param name="required">True when it must be given.</param>
/// <param name="help">What it holds.</param>
/// <param name="min">The least allowed.</param>
/// <param name="max">The greatest allowed.</param>
/// <param name="example">The value in a new page; 0 for the year the page is started.</param>
/// <param name="values">What editors may write, where the range does not say it well ("a year").</param>
public sealed class NumberField(string key, bool required, string help, int min, int max, int example, string? values = null) : Field<int?>(key, required, help)
{
    /// <summary>The least allowed.</summary>
    public int Min => min;

    /// <summary>The greatest allowed.</summary>
    public int Max => max;

    /// <inheritdoc/>
    public override string? Values => values ?? string.Create(CultureInfo.InvariantCulture, $"{min}-{max}");

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: {(example == 0 ? year : example).ToString(CultureInfo.InvariantCulture)}   # {Help}";

    internal override int? ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.Number(Key, min, max, Required);
}

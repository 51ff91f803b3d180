using System.Globalization;

namespace ActionPlan.Domain;

/// <summary>A list of whole numbers in a range (<c>objectives: [2, 5]</c>); required means at least one.</summary>
/// <param name="key">The key editors write.</param>
/// <param name="required">True when it must list at least one.</param>
/// <param name="help">What it holds.</param>
/// <param name="min">The least allowed.</param>
/// <param name="max">The greatest allowed.</param>
/// <param name="example">The value in a new page; 0 for the year the page is started.</param>
/// <param name="missing">The message when a required list is missing or empty, where the default does not say it well.</param>
/// <param name="values">What editors may write, where the range does not say it well.</param>
public sealed class NumbersField(string key, bool required, string help, int min, int max, int example, string? missing = null, string? values = null) : Field<IReadOnlyList<int>>(key, required, help)
{
    /// <summary>The least allowed.</summary>
    public int Min => min;

    /// <summary>The greatest allowed.</summary>
    public int Max => max;

    /// <inheritdoc/>
    public override string? Values => values ?? string.Create(CultureInfo.InvariantCulture, $"{min}-{max}");

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: [{(example == 0 ? year : example).ToString(CultureInfo.InvariantCulture)}]   # {Help}";

    internal override IReadOnlyList<int> ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes)
    {
        var numbers = reader.Numbers(Key, min, max);
        if (Required && numbers.Count == 0 && !reader.Map.IsBroken(Key))
        {
            reader.Fail(Key, "missing-field", missing ?? $"'{Key}' must list {Help}, e.g. '{Key}: [{min}]'.");
        }

        return numbers;
    }
}

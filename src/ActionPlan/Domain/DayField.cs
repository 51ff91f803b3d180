namespace ActionPlan.Domain;

/// <summary>A day, written as YYYY-MM-DD (<c>review_by: 2009-06-30</c>); optional.</summary>
/// <param name="key">The key editors write.</param>
/// <param name="help">What it holds.</param>
/// <param name="prose">True when each language writes its own day (a page's <c>date:</c>); false for a fact the twins share.</param>
public sealed class DayField(string key, string help, bool prose = false) : Field<DateOnly?>(key, false, help)
{
    /// <inheritdoc/>
    public override bool Prose => prose;

    /// <inheritdoc/>
    public override string? Values => "a day, YYYY-MM-DD";

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: {year + 1}-01-31   # {Help} (YYYY-MM-DD)";

    internal override DateOnly? ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.Day(Key);
}

using ActionPlan.Configuration;

namespace ActionPlan.Domain;

/// <summary>
/// A name that becomes part of an address or names a file (a page's <c>slug:</c>, <c>layout:</c>): it must meet the
/// build's one rule for names (<see cref="UrlName.Pattern"/>), which the reader that uses it checks with its own advice.
/// </summary>
/// <param name="key">The key editors write.</param>
/// <param name="help">What it names.</param>
/// <param name="example">A name in a new page.</param>
/// <param name="prose">True when each language writes its own (a slug).</param>
public sealed class NameField(string key, string help, string example, bool prose = false) : Field<string?>(key, false, help)
{
    /// <summary>The rule a name must meet, the build's own.</summary>
    public static string Pattern => UrlName.Pattern;

    /// <inheritdoc/>
    public override bool Prose => prose;

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: {example}   # {Help}";

    internal override string? ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.Map.String(Key);
}

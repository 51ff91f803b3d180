namespace ActionPlan.Diagnostics;

/// <summary>
/// The occurrences of one warning (or one error) that a text report may print as one line: the same code and the same
/// message once the place-specific parts are left out (see <see cref="DiagnosticGroups.KeyOf"/>).
/// </summary>
/// <param name="Occurrences">Every occurrence, in the report's order; never empty.</param>
/// <param name="Message">The message all of them give, or where they differ, its shape with "…" for the parts that differ.</param>
public sealed record DiagnosticGroup(IReadOnlyList<Diagnostic> Occurrences, string Message)
{
    /// <summary>The first occurrence.</summary>
    public Diagnostic First => Occurrences[0];

    /// <summary>How many files the occurrences are in.</summary>
    public int Files => Occurrences.Select(d => d.File).Distinct(StringComparer.Ordinal).Count();
}

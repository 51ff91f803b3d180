namespace ActionPlan.Diagnostics;

/// <summary>
/// One problem found in a site, located in a file (relative to the site folder, with '/' separators)
/// and, where known, a one-based line and column (0 when unknown).
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message)
{
    /// <summary>
    /// The other place of a two-place problem (the twin that disagrees), or null. The message names it too;
    /// the GitHub and JSON reports annotate it as well.
    /// </summary>
    public Location? Also { get; init; }

    /// <summary>Where the problem is.</summary>
    public Location Location => new(File, Line, Column);

    /// <summary>Every place of the problem: its own, then <see cref="Also"/>.</summary>
    public IReadOnlyList<Location> Locations => Also is null ? [Location] : [Location, Also];

    /// <summary>The severity as printed: <c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    public string SeverityName => Severity switch
    {
        Severity.Error => "error",
        Severity.Note => "note",
        _ => "warning",
    };

    /// <summary>The editor-facing form: <c>file:line:column: error: message [code]</c>.</summary>
    public override string ToString()
    {
        var severity = SeverityName;
        return $"{Location}: {severity}: {Message} [{Code}]";
    }
}

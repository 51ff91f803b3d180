namespace ActionPlan.Diagnostics;

/// <summary>
/// One problem found in a site, located in a file (relative to the site folder, with '/' separators)
/// and, where known, a one-based line and column (0 when unknown).
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message)
{
    /// <summary>The editor-facing form: <c>file:line:column: error: message [code]</c>.</summary>
    public override string ToString()
    {
        var location = Line > 0 ? (Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}") : File;
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{location}: {severity}: {Message} [{Code}]";
    }
}

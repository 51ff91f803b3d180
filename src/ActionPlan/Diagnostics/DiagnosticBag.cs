using System.Collections.Concurrent;

namespace ActionPlan.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage, safely from parallel work, and hands them out in one
/// deterministic order (file, line, column, message) whatever order they were found in.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    /// <summary>True once any error has been added.</summary>
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    /// <summary>Adds an error at a file position.</summary>
    public void Error(string code, string file, int line, int column, string message) =>
        Add(new Diagnostic(Severity.Error, code, file, line, column, message));

    /// <summary>Adds a warning at a file position.</summary>
    public void Warning(string code, string file, int line, int column, string message) =>
        Add(new Diagnostic(Severity.Warning, code, file, line, column, message));

    /// <summary>Adds a note: something the build could not do, said once.</summary>
    public void Note(string code, string file, int line, int column, string message) =>
        Add(new Diagnostic(Severity.Note, code, file, line, column, message));

    /// <summary>All diagnostics so far, sorted by file (ordinal), line, column and message.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .Distinct()
            .ToList();
}

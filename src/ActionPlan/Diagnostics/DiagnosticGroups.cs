using System.Globalization;
using System.Text.RegularExpressions;

namespace ActionPlan.Diagnostics;

/// <summary>
/// Groups the same warning given in many places, so that a few thousand of one kind do not hide the errors in a text
/// report: the same code and the same message once the place-specific parts are left out (the file's own path, and
/// numbers such as lines, sizes and dates). Quoted names stay, so two different mistakes are never one group.
/// </summary>
public static partial class DiagnosticGroups
{
    /// <summary>Groups with more occurrences than this are printed as one line (default 5); smaller ones one line each.</summary>
    public const int Threshold = 5;

    /// <summary>How many places the line of a group names.</summary>
    public const int PlacesShown = 3;

    /// <summary>What the parts of a message that differ from place to place are written as.</summary>
    public const string Elided = "…";

    /// <summary>The grouping key: code and message, with the diagnostic's own file and every number (with its separators) left out.</summary>
    public static string KeyOf(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Code + "\n" + Template(diagnostic);
    }

    /// <summary>The message without its place-specific parts, each written as <see cref="Elided"/>.</summary>
    private static string Template(Diagnostic diagnostic)
    {
        var message = diagnostic.File.Length > 0 ? diagnostic.Message.Replace(diagnostic.File, Elided, StringComparison.Ordinal) : diagnostic.Message;
        return Number().Replace(message, Elided);
    }

    /// <summary>
    /// The diagnostics for a person to read: the errors first, each on its own, then the warnings, a group of more than
    /// <see cref="Threshold"/> as one, each in the order of its first occurrence.
    /// </summary>
    public static IReadOnlyList<DiagnosticGroup> ForText(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).Select(d => new DiagnosticGroup([d], d.Message));
        var warnings = diagnostics.Select((d, i) => (Diagnostic: d, Index: i)).Where(d => d.Diagnostic.Severity != Severity.Error)
            .GroupBy(d => KeyOf(d.Diagnostic), StringComparer.Ordinal)
            .SelectMany(g =>
            {
                var all = g.ToList();
                if (all.Count <= Threshold)
                {
                    return all.Select(d => (Group: new DiagnosticGroup([d.Diagnostic], d.Diagnostic.Message), d.Index));
                }

                var occurrences = all.Select(d => d.Diagnostic).ToList();
                var same = occurrences.All(d => d.Message == occurrences[0].Message);
                return [(Group: new DiagnosticGroup(occurrences, same ? occurrences[0].Message : Template(occurrences[0])), all[0].Index)];
            })
            .OrderBy(g => g.Index)
            .Select(g => g.Group);
        return [.. errors, .. warnings];
    }

    /// <summary>
    /// A group as a line: a single diagnostic as itself (<c>file:line:col: warning: message [code]</c>); a larger group as
    /// its message, how often and where it is given first, e.g. <c>warning: unknown key 'tags' is ignored; … [unknown-key]
    /// in 3,212 files, first content/a/b.en.md:4:1, content/a/c.en.md:4:1, content/a/d.en.md:4:1, …</c>.
    /// </summary>
    public static string Describe(DiagnosticGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.Occurrences.Count == 1)
        {
            return group.First.ToString();
        }

        var severity = group.First.Severity == Severity.Error ? "error" : "warning";
        var count = group.Occurrences.Count;
        var files = group.Files;
        var where = count == files ? $"in {Count(files)} files" : $"{Count(count)} times in {Count(files)} file{(files == 1 ? "" : "s")}";
        var first = string.Join(", ", group.Occurrences.Take(PlacesShown).Select(d => d.Location.ToString()));
        return $"{severity}: {group.Message} [{group.First.Code}] {where}, first {first}, … (every one: --format json)";
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d+(?:[-.:,/]\d+)*")]
    private static partial Regex Number();
}

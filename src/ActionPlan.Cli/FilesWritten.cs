using ActionPlan.Diagnostics;

namespace ActionPlan.Cli;

/// <summary>How the commands that write into a site (<c>init</c>, <c>new</c>) report: the problems, then each file, then what to do next.</summary>
internal static class FilesWritten
{
    /// <summary>
    /// Prints the problems, and the files created and changed with the next steps; gives the exit code: 0 when
    /// something was written, 1 when nothing was because a file is there already, 2 for any other refusal.
    /// </summary>
    public static int Report(DiagnosticBag diagnostics, IReadOnlyList<string>? created, IReadOnlyList<string> changed, string nextSteps, TextWriter stdout, TextWriter stderr)
    {
        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            stderr.WriteLine(diagnostic);
        }

        if (created is null)
        {
            return diagnostics.ToSortedList().Any(d => d.Code == "exists") ? 1 : 2;
        }

        foreach (var path in created)
        {
            stdout.WriteLine($"Created {path}");
        }

        foreach (var path in changed)
        {
            stdout.WriteLine($"Changed {path}");
        }

        stdout.WriteLine(nextSteps);
        return 0;
    }
}

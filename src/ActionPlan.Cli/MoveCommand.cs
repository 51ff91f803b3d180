using ActionPlan.Diagnostics;
using ActionPlan.Scaffolding;

namespace ActionPlan.Cli;

/// <summary>The <c>move</c> command: renames a page's twins, keeps their old addresses as aliases and rewrites the links to them.</summary>
internal static class MoveCommand
{
    public static int Run(string site, string from, string to, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var report = PageMover.Move(new PageMoveOptions(site, from, to), diagnostics);
        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            stderr.WriteLine(diagnostic);
        }

        // A refusal changes nothing: a usage problem, not a broken site, so exit code 2.
        if (report is null)
        {
            return 2;
        }

        foreach (var (old, now) in report.Renamed)
        {
            stdout.WriteLine($"Moved {old} to {now}");
        }

        foreach (var (file, alias) in report.Aliases)
        {
            stdout.WriteLine($"Kept the old address /{alias} in {file} (aliases:)");
        }

        foreach (var (file, links, references) in report.Rewritten)
        {
            stdout.WriteLine($"Rewrote {Count(links, "link")} and {Count(references, "reference")} in {file}");
        }

        stdout.WriteLine("Build to check, then commit the change (git sees the renames).");
        return 0;
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}

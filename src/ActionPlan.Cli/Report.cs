using ActionPlan.Build;

namespace ActionPlan.Cli;

/// <summary>Prints a build result for people: each diagnostic as 'file:line:column: severity: message', then a summary.</summary>
internal static class Report
{
    public static void Print(BuildResult result, string output, TextWriter stdout, TextWriter stderr)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(diagnostic);
        }

        var problems = $"{result.ErrorCount} error(s), {result.WarningCount} warning(s)";
        if (result.Published)
        {
            stdout.WriteLine($"Built {result.Pages} pages and {result.Assets} files into {output}; checked {result.LinksChecked} internal links; {problems}.");
        }
        else
        {
            stderr.WriteLine($"Build failed: {problems}. The output folder was not changed.");
        }
    }
}

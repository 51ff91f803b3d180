using System.Globalization;
using ActionPlan.Build;
using ActionPlan.Checking;
using ActionPlan.Diagnostics;

namespace ActionPlan.Cli;

/// <summary>
/// The <c>check</c> command: exactly the checks <c>build</c> runs (the pages are rendered for the link check, and
/// nothing is written), and with <c>--external</c> the links to other sites.
/// </summary>
internal static class CheckCommand
{
    public static async Task<int> RunAsync(string site, bool external, ExternalCheckOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(site, Path.Combine(site, "output")) { CheckOnly = true }, cancellation);
        var diagnostics = result.Diagnostics.ToList();
        var externalSummary = "";
        if (external && !result.ConfigurationFailed)
        {
            var bag = new DiagnosticBag();
            if (SiteBuilder.LoadSite(site, new DiagnosticBag(), cancellation: cancellation) is { } model)
            {
                var places = ExternalLinks.Find(model);
                using var checker = new ExternalLinkChecker(options);
                var results = await checker.CheckAsync(places.Keys, cancellation);
                ExternalLinks.Report(places, results, bag);
                externalSummary = $"; {Count(results.Count)} external addresses ({Count(results.Count(r => r.FromCache))} from the cache), {Count(results.Count(r => !r.Ok))} broken";
                diagnostics.AddRange(bag.ToSortedList());
            }
        }

        Report.WriteProblems(diagnostics, stderr);

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        if (!result.ConfigurationFailed)
        {
            var problems = errors + warnings == 0 ? "no problems" : $"{Count(errors)} error(s), {Count(warnings)} warning(s)";
            var what = result.Pages > 0 ? $"checked {Count(result.Pages)} pages, {Count(result.LinksChecked)} links" : "checked the content";
            // The writing figures, then the sum of the problems as the last line.
            foreach (var line in Report.WritingLines(result))
            {
                stdout.WriteLine(line);
            }

            stdout.WriteLine($"{what}{externalSummary}: {problems}");
        }

        return result.ConfigurationFailed ? 2 : errors > 0 ? 1 : 0;
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}

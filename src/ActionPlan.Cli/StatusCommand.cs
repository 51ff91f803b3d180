using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Products.StatusReports;

namespace ActionPlan.Cli;

/// <summary>The <c>status</c> command: the figures of the annual status reports, from the same computation as the pages.</summary>
internal static class StatusCommand
{
    public static int Run(string site, string? year, TextWriter stdout, TextWriter stderr)
    {
        int? wanted = null;
        if (year is not null)
        {
            if (year.Length != 4 || !int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y))
            {
                stderr.WriteLine($"actionplan: --year '{year}' is not a year: write it with four digits, e.g. --year 2008.");
                return 2;
            }

            wanted = y;
        }

        var diagnostics = new DiagnosticBag();
        var model = SiteBuilder.LoadSite(site, diagnostics);
        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            stderr.WriteLine(diagnostic);
        }

        if (model is null)
        {
            return 2;
        }

        if (diagnostics.HasErrors)
        {
            stderr.WriteLine("The content has errors; fix them for reliable figures.");
            return 1;
        }

        var reportYears = StatusReportProduct.Years(model);
        // Without a year, the latest report: the one the Social Committee would be shown now.
        if (reportYears.Count == 0)
        {
            stderr.WriteLine("No status report: the content has no goal assessments (a status report is made for each year in which goals were assessed).");
            return 1;
        }

        if (wanted is { } asked && !reportYears.Contains(asked))
        {
            stderr.WriteLine($"actionplan: there is no status report for {asked}; the years with one are {string.Join(", ", reportYears)}.");
            return 1;
        }

        IReadOnlyList<int> years = [wanted ?? reportYears[^1]];

        var language = model.Config.FindLanguage("en") ?? model.Config.DefaultLanguage;
        foreach (var (each, index) in years.Select((each, index) => (each, index)))
        {
            if (index > 0)
            {
                stdout.WriteLine();
            }

            StatusReportWriter.Write(StatusReportProduct.ReportFor(model, each, language), StatusReportProduct.MeasuredGoals(model, language), stdout);
        }

        return 0;
    }
}

using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Reports;

namespace ActionPlan.Cli;

/// <summary>The <c>status</c> command: the figures of the annual status reports, from the same computation as the pages.</summary>
internal static class StatusCommand
{
    public static int Run(string site, int? year, TextWriter stdout, TextWriter stderr)
    {
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

        var reports = new SiteReports(model);
        var years = year is { } y ? [y] : reports.ReportYears;
        if (years.Count == 0)
        {
            stderr.WriteLine("No status report: the content has no goal assessments, activities or register editions.");
            return 1;
        }

        var language = model.Config.FindLanguage("en")?.Code ?? model.Config.DefaultLanguage.Code;
        foreach (var (each, index) in years.Select((each, index) => (each, index)))
        {
            if (index > 0)
            {
                stdout.WriteLine();
            }

            StatusReportWriter.Write(reports.StatusReport(each, language), stdout);
        }

        return 0;
    }
}

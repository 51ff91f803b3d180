using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Products;

namespace ActionPlan.Cli;

/// <summary>A yearly product's report command (<c>status</c>): its figures for a year, from the same computation as the pages.</summary>
internal static class YearReportCommand
{
    public static int Run(IYearReport report, string site, string? year, TextWriter stdout, TextWriter stderr)
    {
        int? wanted = null;
        if (year is not null)
        {
            if (Years.Parse(year) is not { } y)
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

        var reportYears = report.Years(model);
        if (reportYears.Count == 0)
        {
            stderr.WriteLine(report.NoYears);
            return 1;
        }

        if (wanted is { } asked && !reportYears.Contains(asked))
        {
            stderr.WriteLine($"actionplan: there is no {report.Command} report for {asked}; the years with one are {string.Join(", ", reportYears)}.");
            return 1;
        }

        // Without a year, the latest report: the one the committee would be shown now.
        report.Write(model, wanted ?? reportYears[^1], stdout);
        return 0;
    }
}

/// <summary>How the command line reads a year.</summary>
internal static class Years
{
    /// <summary>A year written with four digits, or null.</summary>
    public static int? Parse(string text) =>
        text.Length == 4 && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : null;
}

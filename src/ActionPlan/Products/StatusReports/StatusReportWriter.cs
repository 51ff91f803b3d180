using System.Globalization;
using ActionPlan.Domain;
using ActionPlan.Model;

namespace ActionPlan.Products.StatusReports;

/// <summary>Writes a status report's figures as plain text for the terminal (in English, whatever the site's languages).</summary>
public sealed class StatusReportWriter : IYearReport
{
    /// <inheritdoc/>
    public string Command => "status";

    /// <inheritdoc/>
    public string Description => "Print the action plan's status figures: goals per status and focus area, activities, register, web goal.";

    /// <inheritdoc/>
    public string NoYears => "No status report: the content has no goal assessments (a status report is made for each year in which goals were assessed).";

    /// <inheritdoc/>
    public IReadOnlyList<int> Years(Site site) => StatusReportProduct.Years(site);

    /// <inheritdoc/>
    public void Write(Site site, int year, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(site);
        var language = site.Config.FindLanguage("en") ?? site.Config.DefaultLanguage;
        Write(StatusReportProduct.ReportFor(site, year, language), StatusReportProduct.MeasuredGoals(site, language), output);
    }

    private static readonly Dictionary<GoalStatus, string> Names = new()
    {
        [GoalStatus.Achieved] = "achieved",
        [GoalStatus.InProgress] = "in progress",
        [GoalStatus.NotAchieved] = "not achieved",
        [GoalStatus.Postponed] = "postponed",
        [GoalStatus.Dropped] = "dropped",
        [GoalStatus.Changed] = "changed",
    };

    /// <summary>
    /// Writes the report: goal counts overall (how many assessed in the year, how many carried over) and per focus
    /// area, activities and register, then every goal the site measures, year by year up to the report's year (the
    /// report's year alone would hide a goal that ended before it; a later year is not the report's to tell).
    /// </summary>
    public static void Write(StatusReport report, IReadOnlyList<MeasuredGoal> measuredGoals, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Status report {report.Year}"));
        output.WriteLine(string.Create(c, $"Goals: {report.GoalCount} in {report.FocusAreas.Count} focus areas: {report.AssessedInYear} assessed in {report.Year}, {report.CarriedOver} carried over from earlier years (their latest status), {report.Count(null)} not yet assessed"));
        foreach (var status in StatusReport.Statuses)
        {
            output.WriteLine(string.Create(c, $"  {Name(status),-18}{report.Count(status),4}"));
        }

        output.WriteLine("Per focus area:");
        foreach (var area in report.FocusAreas)
        {
            var counts = StatusReport.Statuses.Where(s => area.Count(s) > 0).Select(s => $"{area.Count(s)} {Name(s)}");
            output.WriteLine(string.Create(c, $"  {area.Page.Title}: {string.Join(", ", counts)}"));
        }

        var held = report.Activities.Count(a => a.FrontMatter.Facts is ActivityFacts { Status: ActivityStatus.Held });
        output.WriteLine(string.Create(c, $"Activities: {report.Activities.Count} ({held} held)"));
        output.WriteLine(string.Create(c, $"Register: {report.Register.Count} networks"));
        foreach (var measured in measuredGoals.Where(m => m.Counted is { } counted && counted.First <= report.Year))
        {
            var counted = measured.ByEvent ? "by the year each took place" : $"first published in '{measured.Measure.LanguageCode}'";
            output.WriteLine(string.Create(c, $"Measured: focus area {measured.Area.Number}, goal {measured.Goal.Id} ({measured.Measure.Counts.Name} pages {counted}):"));
            WriteYears(measured, report.Year, output);
        }
    }

    /// <summary>Writes a measured goal year by year: its pages, whether the year met the goal, or that it is off the record.</summary>
    private static void WriteYears(MeasuredGoal measured, int reportYear, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var year in measured.Years.Where(y => y.Year <= reportYear))
        {
            var until = Math.Min(year.Until, reportYear);
            var span = until > year.Year ? $"{year.Year}-{until}" : $"{year.Year}";
            if (!year.Recorded)
            {
                var begins = measured.HistoryStart is { } start ? $": the site's record begins in {start}" : measured.ByEvent ? ": none on this site" : ": no counted page has a known date then";
                output.WriteLine(string.Create(c, $"  {span}: no record{begins}"));
                continue;
            }

            var met = year.Met switch { true => $", {year.Target} needed: met", false => $", {year.Target} needed: not met", null => "" };
            var pages = year.Pages.Count > 0 ? $" ({string.Join(", ", year.Pages.Select(p => p.Id))})" : "";
            output.WriteLine(string.Create(c, $"  {span}: {year.Pages.Count}{pages}{met}"));
        }
    }

    private static string Name(GoalStatus? status) => status is { } s ? Names[s] : "not yet assessed";
}

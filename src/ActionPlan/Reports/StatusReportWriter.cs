using System.Globalization;
using ActionPlan.Domain;

namespace ActionPlan.Reports;

/// <summary>Writes a status report's figures as plain text for the terminal (in English, whatever the site's languages).</summary>
public static class StatusReportWriter
{
    private static readonly Dictionary<GoalStatus, string> Names = new()
    {
        [GoalStatus.Achieved] = "achieved",
        [GoalStatus.InProgress] = "in progress",
        [GoalStatus.NotAchieved] = "not achieved",
        [GoalStatus.Postponed] = "postponed",
        [GoalStatus.Dropped] = "dropped",
        [GoalStatus.Changed] = "changed",
    };

    /// <summary>Writes the report: goal counts overall and per focus area, activities, register and the web goal.</summary>
    public static void Write(StatusReport report, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Status report {report.Year}"));
        output.WriteLine(string.Create(c, $"Goals: {report.GoalCount} in {report.FocusAreas.Count} focus areas, as assessed for {report.Year}"));
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
        output.WriteLine(string.Create(c, $"Web goal (focus area 11): {report.EnglishProjects.Count} of {StatusReport.EnglishProjectsGoal} projects presented in English: {(report.WebGoalMet ? "met" : "not met")}"));
    }

    private static string Name(GoalStatus? status) => status is { } s ? Names[s] : "not yet assessed";
}

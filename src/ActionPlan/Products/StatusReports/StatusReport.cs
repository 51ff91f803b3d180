using ActionPlan.Domain;
using ActionPlan.Model;
using ActionPlan.Products.Register;
using ActionPlan.Rendering;
using ActionPlan.Search;

namespace ActionPlan.Products.StatusReports;

/// <summary>
/// The action plan's annual status report for a year, in one language: goal fulfilment per focus area,
/// the year's activities, that year's register edition, and the goals the site measures from its own pages.
/// </summary>
/// <param name="Year">The year reported on.</param>
/// <param name="FocusAreas">Each focus area with its goals as they stood at the end of the year.</param>
/// <param name="Activities">The year's activities, in date order.</param>
/// <param name="Register">The networks in the year's register edition.</param>
/// <param name="Measured">The goals measured from the site's pages that apply in the year (<see cref="MeasuredGoal.In"/>).</param>
public sealed record StatusReport(
    int Year,
    IReadOnlyList<FocusAreaLine> FocusAreas,
    IReadOnlyList<Page> Activities,
    IReadOnlyList<RegisterEntry> Register,
    IReadOnlyList<MeasuredGoal> Measured) : ICitingData, ISearchText
{
    /// <summary>The documents the goals' statuses are taken from, in the report's order.</summary>
    public IEnumerable<Citation> Citations => FocusAreas.SelectMany(a => a.Goals).SelectMany(g => g.Assessment?.Citations ?? []);

    /// <inheritdoc/>
    public IEnumerable<string?> SearchTexts =>
        FocusAreas.SelectMany(area => area.Goals.SelectMany(g => new[] { g.Goal.Text, g.Assessment?.Reason }).Prepend(area.Page.Title))
            .Concat(Activities.SelectMany(a => new[] { a.Title, a.FrontMatter.Summary }));

    /// <summary>All goals with a status in the year (null: not yet assessed), over every focus area.</summary>
    public int Count(GoalStatus? status) => FocusAreas.Sum(f => f.Count(status));

    /// <summary>How many goals a document assessed in the report's year.</summary>
    public int AssessedInYear => FocusAreas.Sum(f => f.Goals.Count(g => g.AssessedInYear));

    /// <summary>How many goals' statuses are carried over from an earlier year's assessment.</summary>
    public int CarriedOver => FocusAreas.Sum(f => f.Goals.Count(g => g.CarriedOver));

    /// <summary>The number of goals.</summary>
    public int GoalCount => FocusAreas.Sum(f => f.Goals.Count);

    /// <summary>The statuses in display order, with null (not yet assessed) last.</summary>
    public static IReadOnlyList<GoalStatus?> Statuses { get; } = [.. Enum.GetValues<GoalStatus>().Select(s => (GoalStatus?)s), null];
}

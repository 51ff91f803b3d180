using ActionPlan.Domain;
using ActionPlan.Model;

namespace ActionPlan.Products.StatusReports;

/// <summary>
/// A goal the site measures from its own pages: counted year by year inside its plan's period (and not past the
/// assessment that closed it), and, apart from that and without a verdict, what the site holds today.
/// </summary>
/// <param name="FocusArea">The focus area's page, in the language shown.</param>
/// <param name="Area">The focus area's facts.</param>
/// <param name="Goal">The goal, with its <see cref="Goal.Measure"/>.</param>
/// <param name="Counted">The years counted (<see cref="Goal.CountedYears"/>), or null when none are (no plan period, or none left).</param>
/// <param name="Years">Each counted year, years off the record merged into spans.</param>
/// <param name="HistoryStart">The year the site's record of publications begins (its first commit), or null without history or when counting events.</param>
/// <param name="Own">The site's own record: every page of the kind it holds now, whenever published.</param>
public sealed record MeasuredGoal(Page FocusArea, FocusAreaFacts Area, Goal Goal, YearSpan? Counted, IReadOnlyList<MeasuredYear> Years, int? HistoryStart, SiteRecord Own)
{
    /// <summary>The measure.</summary>
    public GoalMeasure Measure => Goal.Measure!;

    /// <summary>True when the pages count in the year their event took place, not the year they were published.</summary>
    public bool ByEvent => Measure.Counts.CountedOn is not null;

    /// <summary>The row that holds a year (a span when the year is off the record), or null outside the counted years.</summary>
    public MeasuredYear? In(int year) => Years.FirstOrDefault(y => y.Year <= year && year <= y.Until);
}

/// <summary>A year of a measured goal: the pages first published in it, or a span of years the site has no record of.</summary>
/// <param name="Year">The year (the first of a span).</param>
/// <param name="Until">The last year of the span (the same year when on record).</param>
/// <param name="Recorded">False when the site cannot say what was published then: a count of none would be a guess.</param>
/// <param name="Pages">The pages counted, in the language shown, by day of first publication.</param>
/// <param name="Target">The number that meets the goal, or null when it sets none.</param>
public sealed record MeasuredYear(int Year, int Until, bool Recorded, IReadOnlyList<Page> Pages, int? Target)
{
    /// <summary>Whether the year met the goal: null when it is off the record or the goal sets no number.</summary>
    public bool? Met => Recorded && Target is { } target ? Pages.Count >= target : null;
}

/// <summary>
/// What the site holds of the kind a goal counts, now: shown as the site's own record, never as the goal's status,
/// since a plan is judged only inside its period and only by the documents that assess it.
/// </summary>
/// <param name="Pages">Every counted page, in the language shown, earliest first.</param>
/// <param name="Years">The years they were first published (or took place), earliest first.</param>
/// <param name="Undated">How many of them the build cannot date (outside git, a shallow clone, not committed yet).</param>
public sealed record SiteRecord(IReadOnlyList<Page> Pages, IReadOnlyList<int> Years, int Undated);

using ActionPlan.Domain;

namespace ActionPlan.Products.StatusReports;

/// <summary>A goal with its status as it stood in a report's year (null when not yet assessed).</summary>
/// <param name="Goal">The goal.</param>
/// <param name="Assessment">Its latest assessment made in or before the year, or null.</param>
/// <param name="Year">The report's year.</param>
public sealed record GoalLine(Goal Goal, Assessment? Assessment, int Year)
{
    /// <summary>The status in the year, or null when the goal had not been assessed by then.</summary>
    public GoalStatus? Status => Assessment?.Status;

    /// <summary>True when a document assessed the goal in the report's year itself.</summary>
    public bool AssessedInYear => Assessment?.Year == Year;

    /// <summary>True when the status is carried over from an earlier year's assessment.</summary>
    public bool CarriedOver => Assessment is not null && Assessment.Year < Year;
}

using ActionPlan.Domain;

namespace ActionPlan.Reports;

/// <summary>A goal with its status as it stood in a report's year (null when not yet assessed).</summary>
public sealed record GoalLine(Goal Goal, Assessment? Assessment)
{
    /// <summary>The status in the year, or null when the goal had not been assessed by then.</summary>
    public GoalStatus? Status => Assessment?.Status;
}

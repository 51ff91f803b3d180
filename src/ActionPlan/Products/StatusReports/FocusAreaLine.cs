using ActionPlan.Domain;
using ActionPlan.Model;

namespace ActionPlan.Products.StatusReports;

/// <summary>One focus area in a status report: its page, its goals as they stood, and the count per status.</summary>
public sealed record FocusAreaLine(Page Page, FocusAreaFacts Facts, IReadOnlyList<GoalLine> Goals)
{
    /// <summary>How many goals had a status in the year (null: not yet assessed).</summary>
    public int Count(GoalStatus? status) => Goals.Count(g => g.Status == status);
}

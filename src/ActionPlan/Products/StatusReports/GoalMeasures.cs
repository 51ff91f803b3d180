namespace ActionPlan.Products.StatusReports;

/// <summary>A focus area's goals that the site measures from its own pages, counted year by year, as its page shows them.</summary>
/// <param name="Goals">The measured goals, in the focus area's order.</param>
public sealed record GoalMeasures(IReadOnlyList<MeasuredGoal> Goals);

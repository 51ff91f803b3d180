namespace ActionPlan.Domain;

/// <summary>A goal of a focus area and its assessments over the years.</summary>
/// <param name="Id">Its id within the focus area (e.g. <c>1</c>), the same in both languages.</param>
/// <param name="Text">What the goal is (prose).</param>
/// <param name="Assessments">Its status as assessed in given years, earliest first.</param>
/// <param name="Line">The file line the goal starts on.</param>
public sealed record Goal(string Id, string Text, IReadOnlyList<Assessment> Assessments, int Line)
{
    /// <summary>The latest assessment made in or before a year, or null when none was made yet.</summary>
    public Assessment? AssessmentIn(int year) => Assessments.Where(a => a.Year <= year).MaxBy(a => a.Year);
}

/// <summary>A goal's status as assessed in a year, with the reason given (prose) and the sources it is taken from.</summary>
public sealed record Assessment(int Year, GoalStatus Status, string? Reason)
{
    /// <summary>The documents the status is taken from (<c>sources:</c> in the assessment).</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];
}

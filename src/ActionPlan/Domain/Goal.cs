namespace ActionPlan.Domain;

/// <summary>A goal of a focus area and its assessments over the years.</summary>
/// <param name="Id">Its id within the focus area (e.g. <c>1</c>), the same in both languages.</param>
/// <param name="Text">What the goal is (prose).</param>
/// <param name="Assessments">Its status as assessed in given years, earliest first.</param>
/// <param name="Line">The file line the goal starts on.</param>
public sealed record Goal(string Id, string Text, IReadOnlyList<Assessment> Assessments, int Line)
{
    /// <summary>How the site itself measures the goal (<c>measure:</c>), or null for a goal only assessed.</summary>
    public GoalMeasure? Measure { get; init; }

    /// <summary>
    /// The years the goal's measure counts, inside its plan's period: from the measure's first year (or the plan's) to
    /// its last (or the plan's), and not past the assessment that closed the goal (achieved or dropped). Null when the
    /// goal has no measure or no year is left.
    /// </summary>
    public YearSpan? CountedYears(YearSpan plan)
    {
        if (Measure is not { } measure)
        {
            return null;
        }

        var first = Math.Max(measure.From, plan.First);
        var last = Math.Min(measure.Until ?? plan.Last, plan.Last);
        if (Assessments.FirstOrDefault(a => a.Status is GoalStatus.Achieved or GoalStatus.Dropped) is { } closed)
        {
            last = Math.Min(last, closed.Year);
        }

        return first <= last ? new YearSpan(first, last) : null;
    }

    /// <summary>The latest assessment made in or before a year, or null when none was made yet.</summary>
    public Assessment? AssessmentIn(int year) => Assessments.Where(a => a.Year <= year).MaxBy(a => a.Year);
}

/// <summary>A goal's status as assessed in a year, with the reason given (prose) and the sources it is taken from.</summary>
public sealed record Assessment(int Year, GoalStatus Status, string? Reason)
{
    /// <summary>The documents the status is taken from (<c>sources:</c> in the assessment).</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];
}

/// <summary>
/// A goal the site can measure from its own pages: how many pages of a kind were first published in a language
/// each year (focus area 11's "two projects presented in English on the website each year"), or, for a kind that
/// records events, how many took place each year (<see cref="ContentKind.CountedOn"/>).
/// </summary>
/// <param name="Counts">The kind of page counted.</param>
/// <param name="LanguageCode">The language whose pages are counted.</param>
/// <param name="From">The first year the goal applies to.</param>
/// <param name="PerYear">The number a year must reach to meet the goal, or null when the goal sets none.</param>
/// <param name="Until">The last year the goal applies to ("one presentation in 2007"), or null: to the end of its plan's period.</param>
public sealed record GoalMeasure(ContentKind Counts, string LanguageCode, int From, int? PerYear, int? Until = null);

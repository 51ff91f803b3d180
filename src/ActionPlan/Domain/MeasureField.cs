namespace ActionPlan.Domain;

/// <summary>
/// A goal's <c>measure: { count: project, language: en, from: 2007, per_year: 2, until: 2009 }</c>: the site counts
/// the goal's progress from its own pages, inside the focus area's plan. One fact for the whole measure: a twin
/// without it, or with another, is one difference, not one per field.
/// </summary>
public sealed class MeasureField() : Field<GoalMeasure?>("measure", false, "where the site counts the goal's progress itself"), IGroupField
{
    /// <summary>The kind of page counted.</summary>
    public static readonly KindField Count = new("count", true, "the kind of page counted");

    /// <summary>The language whose pages are counted.</summary>
    public static readonly LanguageField Language = new("language", true, "the language whose pages are counted");

    /// <summary>The first year counted.</summary>
    public static readonly NumberField From = new("from", true, "the first year counted", 1900, 2999, 0);

    /// <summary>How many a year the goal asks for.</summary>
    public static readonly NumberField PerYear = new("per_year", false, "how many a year", 1, 999, 2);

    /// <summary>The last year counted.</summary>
    public static readonly NumberField Until = new("until", false, "the last year counted", 1900, 2999, 0);

    /// <inheritdoc/>
    public IReadOnlyList<Field> Fields { get; } = [Count, Language, From, PerYear, Until];

    /// <inheritdoc/>
    public override string? Values => string.Join(", ", Fields.Select(f => f.Key));

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: {{ count: presentation, language: en, from: {year}, per_year: 2 }}   # {Help}";

    internal override GoalMeasure? ReadValue(FieldReader goalReader, IReadOnlyList<string> languageCodes)
    {
        var goal = goalReader.Map;
        if (goal.Map(Key) is not { } map)
        {
            if (goal.IsBroken(Key))
            {
                goalReader.MarkUnknown(Key);
            }

            return null;
        }

        var own = new FieldReader.Sheet();
        var reader = goalReader.Apart(map, own);
        var counts = Count.ReadValue(reader, languageCodes);
        var language = Language.ReadValue(reader, languageCodes);
        var from = From.ReadValue(reader, languageCodes);
        var perYear = PerYear.ReadValue(reader, languageCodes);
        var until = Until.ReadValue(reader, languageCodes);
        if (until is not null && from is not null && until < from)
        {
            reader.Fail(Until.Key, "bad-value", $"'{Until.Key}' ({until}) may not come before '{From.Key}' ({from}).");
        }

        map.ReportUnknownKeys([.. Fields.Select(f => f.Key)]);
        if (!goalReader.Root.Has(FocusAreaFields.Plan.Key))
        {
            // Outside its plan's years a count would judge the plan by what the site holds today.
            goal.ErrorAt(Key, "missing-field",
                $"this goal is measured from the site's pages, which are counted only inside its action plan's period: name the plan in the focus area, '{FocusAreaFields.Plan.Key}: <publication id>' (a publication with 'period:', e.g. period: 2007-2009).");
            goalReader.MarkUnknown(Key);
            return null;
        }

        if (own.Unknown.Count > 0 || counts is null || language is null || from is null)
        {
            goalReader.MarkUnknown(Key);
            return null;
        }

        goalReader.Add(Key, string.Join(", ", own.Facts.Select(f => $"{f.Path}: {f.Value}")));
        return new GoalMeasure(counts, language, from.Value, perYear, until);
    }
}

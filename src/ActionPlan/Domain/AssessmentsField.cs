namespace ActionPlan.Domain;

/// <summary>
/// A goal's assessments, one a year (<c>- { year: 2008, status: achieved, reason: ..., sources: [status-2008] }</c>),
/// each naming the document that gives its status. Read inside a goal, whose id its messages name.
/// </summary>
public sealed class AssessmentsField() : Field<IReadOnlyList<Assessment>>("assessments", false, "each year a document assesses the goal"), IKeyedListField
{
    /// <summary>The year assessed, by which the twins' assessments are matched.</summary>
    public static readonly NumberField Year = new("year", true, "the year assessed", 1900, 2999, 0);

    /// <summary>The status the document gives.</summary>
    public static readonly ChoiceField<GoalStatus> Status = new("status", true, "the status the document gives", GoalStatus.Achieved);

    /// <summary>Why, in each language.</summary>
    public static readonly TextField Reason = new("reason", false, "why, in the document's words", "Why", paragraph: true);

    /// <summary>The documents that give the status.</summary>
    public static readonly CitationsField Sources = new(KindBinder.SourcesKey, true, "the documents that give the status, each with the place in it if you like");

    /// <inheritdoc/>
    public IReadOnlyList<Field> Fields { get; } = [Year, Status, Reason, Sources];

    /// <inheritdoc/>
    public Field ItemKey => Year;

    /// <inheritdoc/>
    public Field ItemLabel => Status;

    /// <inheritdoc/>
    /// <remarks>A list per language, since the reason is prose; the years, statuses and sources are facts the twins share.</remarks>
    public override bool Prose => true;

    /// <inheritdoc/>
    public override string? Values => string.Join(", ", Fields.Select(f => f.Key));

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: []   # {Help}";

    internal override IReadOnlyList<Assessment> ReadValue(FieldReader goalReader, IReadOnlyList<string> languageCodes)
    {
        var entry = goalReader.Map;
        var id = entry.String(GoalsField.Id.Key);
        var assessments = new List<Assessment>();
        foreach (var item in entry.MapList(Key))
        {
            var own = new FieldReader.Sheet();
            var y = Year.ReadValue(goalReader.Apart(item, own), languageCodes);
            if (y is null)
            {
                goalReader.MarkUnknown(Key);
                continue;
            }

            var at = $"{Key}[{y}]";
            if (assessments.Any(a => a.Year == y))
            {
                item.ErrorAt(Year.Key, "duplicate-id", $"goal '{id}' has two assessments for {y}; give each year one.");
                goalReader.MarkUnknown(at);
                continue;
            }

            goalReader.AddElement(at, item.String(Year.Key)!, item);
            var assessmentReader = goalReader.Nested(item, $"{goalReader.Path}.{at}");
            var status = Status.ReadValue(assessmentReader, languageCodes);
            var reason = Reason.ReadValue(assessmentReader, languageCodes);
            var sources = Sources.ReadValue(assessmentReader, languageCodes);
            if (sources.Count == 0 && !item.IsBroken(Sources.Key))
            {
                // A status is the administration's word: it always names the document that gives it.
                item.ErrorAt(Sources.Key, "source-required", $"the {y} assessment of goal '{id}' cites no source; every status must name the document that gives it: add 'sources: [<publication id>]' to it, e.g. sources: [{{ id: status-2008, at: annex 1 }}].");
                assessmentReader.MarkUnknown(Sources.Key);
            }

            item.ReportUnknownKeys([.. Fields.Select(f => f.Key)]);
            if (status is not null)
            {
                assessments.Add(new Assessment(y.Value, status.Value, reason) { Citations = sources });
            }
        }

        if (entry.IsBroken(Key))
        {
            goalReader.MarkUnknown(Key);
        }

        return assessments;
    }
}

namespace ActionPlan.Domain;

/// <summary>
/// A focus area's goals, each with its id, text, assessments (year, status, reason, sources) and optional measure.
/// Facts are recorded under full paths with ids and years (<c>goals[2].assessments[2008].status</c>), so twins
/// are compared element by element.
/// </summary>
public sealed class GoalsField() : Field<IReadOnlyList<Goal>?>("goals", true, "its goals, each with its assessments"), IKeyedListField
{
    /// <summary>A goal's id, by which the twins' goals are matched.</summary>
    public static readonly IdField Id = new("id", help: "the goal's id, the same in both languages");

    /// <summary>What the goal is, in each language.</summary>
    public static readonly TextField Text = new("text", true, "what the goal is", "What the goal is", paragraph: true);

    /// <summary>Each year a document assesses the goal.</summary>
    public static readonly AssessmentsField Assessments = new();

    /// <summary>Where the site counts the goal's progress itself.</summary>
    public static readonly MeasureField Measure = new();

    /// <inheritdoc/>
    public IReadOnlyList<Field> Fields { get; } = [Id, Text, Assessments, Measure];

    /// <inheritdoc/>
    public Field ItemKey => Id;

    /// <inheritdoc/>
    public Field ItemLabel => Text;

    /// <inheritdoc/>
    public override string? Values => "id, text, assessments (year, status, reason, sources), measure";

    /// <inheritdoc/>
    public override string Example(int year) => string.Join('\n',
        $"{Key}:   # each with 'id', 'text' and 'assessments'",
        $"  - {Id.Key}: \"1\"",
        $"    {Text.Key}: \"What the goal is\"",
        $"    {Assessments.Key}: []   # once a document assesses it: - {{ year: 2008, status: achieved, reason: \"Why\", sources: [status-2008] }}");

    internal override IReadOnlyList<Goal>? ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes)
    {
        var map = reader.Map;
        var goals = new List<Goal>();
        var entries = map.MapList(Key);
        if (entries.Count == 0 && !map.IsBroken(Key))
        {
            reader.Fail(Key, "missing-field", $"'{Key}' must list the focus area's goals, each with '{Id.Key}', '{Text.Key}' and '{Assessments.Key}'.");
        }
        else if (map.IsBroken(Key))
        {
            reader.MarkUnknown(Key);
        }

        foreach (var entry in entries)
        {
            var id = Id.ReadValue(reader.Apart(entry, new FieldReader.Sheet()), languageCodes);
            var text = Text.ReadValue(reader.Apart(entry, new FieldReader.Sheet()), languageCodes);
            if (id is null)
            {
                // Without its id a goal cannot be matched with its twin's: the goals are not compared.
                reader.MarkUnknown(Key);
                continue;
            }

            var path = $"{Key}[{id}]";
            if (goals.Any(g => g.Id == id))
            {
                entry.ErrorAt(Id.Key, "duplicate-id", $"two goals have the id '{id}'; give each goal its own.");
                reader.MarkUnknown(path);
                continue;
            }

            reader.AddElement(path, id, entry);
            var goalReader = reader.Nested(entry, path);
            var assessments = Assessments.ReadValue(goalReader, languageCodes);
            var measure = Measure.ReadValue(goalReader, languageCodes);
            entry.ReportUnknownKeys([.. Fields.Select(f => f.Key)]);
            if (text is not null)
            {
                goals.Add(new Goal(id, text, assessments.OrderBy(a => a.Year).ToList(), entry.Line) { Measure = measure });
            }
        }

        return map.IsBroken(Key) ? null : goals;
    }
}

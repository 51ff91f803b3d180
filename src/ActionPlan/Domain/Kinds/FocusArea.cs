using System.Globalization;
using System.Text.Json.Nodes;

namespace ActionPlan.Domain;

public sealed partial class ContentKind
{
    /// <summary>A strategic focus area of the action plan, with its goals.</summary>
    public static readonly ContentKind FocusArea = new(order: 4, name: "focus-area", folder: "focus-areas", description: "A strategic focus area of the action plan, with its goals and their status.",
        [
            new NumberField("number", true, "its number in the action plan", 1, 99, 13),
            new ReferenceField("office", help: "the responsible office", "contact", "project-office"),
            new ReferenceField(PlanKey, help: "the action plan it belongs to (a publication with 'period:')", "publication", "action-plan-2007-2009", required: false),
            new ChoiceField<CityAim>("aims", true, "the city's international aims it serves", CityAim.Learning, many: true),
            new NumberField("objectives", false, "the administration's objectives it serves", 1, 6, 5, many: true),
            new GoalsField(),
        ],
        v => v.Number("number") is { } number && v.Get<string>("office") is { } office && v.Get<IReadOnlyList<CityAim>>("aims") is { Count: > 0 } aims
             && v.Get<IReadOnlyList<Goal>>("goals") is { } goals
            ? new FocusAreaFacts(number, office, aims, v.Get<IReadOnlyList<int>>("objectives") ?? [], goals) { Plan = v.Get<string>(PlanKey) }
            : null)
    {
        ReferenceKey = "focus_areas", Facet = true,
    };

    /// <summary>The focus area's key for the plan it belongs to.</summary>
    internal const string PlanKey = "plan";
}

/// <summary>The City of Copenhagen's three international aims.</summary>
public enum CityAim
{
    /// <summary>The learning city: knowledge and experience shared with other cities.</summary>
    Learning,

    /// <summary>The influential city: Copenhagen's interests in European bodies and alliances.</summary>
    Influential,

    /// <summary>The growing city: Copenhagen profiled as a safe city marked by welfare.</summary>
    Growing,
}

/// <summary>A strategic focus area.</summary>
/// <param name="Number">Its number in the action plan (1-12).</param>
/// <param name="Office">The id of the responsible office (a contact).</param>
/// <param name="Aims">The city aims it serves.</param>
/// <param name="Objectives">The administration's objectives (1-6) it serves.</param>
/// <param name="Goals">Its goals, in order.</param>
public sealed record FocusAreaFacts(int Number, string Office, IReadOnlyList<CityAim> Aims, IReadOnlyList<int> Objectives, IReadOnlyList<Goal> Goals) : KindFacts
{
    /// <summary>The id of the action plan (a publication with a period) the focus area belongs to, or null when not named.</summary>
    public string? Plan { get; init; }

    /// <inheritdoc/>
    public override ContentKind Kind => ContentKind.FocusArea;

    /// <inheritdoc/>
    public override IEnumerable<string?> Prose => Goals.SelectMany(g => g.Assessments.Select(a => a.Reason).Prepend(g.Text));
}

/// <summary>
/// A focus area's goals, each with its id, text, assessments (year, status, reason, sources) and optional measure.
/// Facts are recorded under full paths with ids and years (<c>goals[2].assessments[2008].status</c>), so twins
/// are compared element by element.
/// </summary>
public sealed class GoalsField() : Field("goals", true, "its goals, each with its assessments")
{
    private const string MeasureKey = "measure";

    /// <inheritdoc/>
    public override string? Values => "id, text, assessments (year, status, reason, sources), measure";

    /// <inheritdoc/>
    public override string Example(int year) => string.Join('\n',
        "goals:   # each with 'id', 'text' and 'assessments'",
        "  - id: \"1\"",
        "    text: \"What the goal is\"",
        "    assessments: []   # once a document assesses it: - { year: 2008, status: achieved, reason: \"Why\", sources: [status-2008] }");

    /// <inheritdoc/>
    public override JsonObject Schema(IReadOnlyList<string> languageCodes)
    {
        var assessment = new JsonObject
        {
            ["type"] = "object",
            ["required"] = Array(["year", "status", "sources"]),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["year"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1900, ["maximum"] = 2999 },
                ["status"] = new JsonObject { ["enum"] = Array(Choices.Names<GoalStatus>()) },
                ["reason"] = new JsonObject { ["type"] = "string" },
                [KindBinder.SourcesKey] = KindBinder.SourcesSchema(required: true),
            },
        };
        var measure = new JsonObject
        {
            ["type"] = "object",
            ["required"] = Array(["count", "language", "from"]),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["count"] = new JsonObject { ["enum"] = Array(ContentKind.Names) },
                ["language"] = new JsonObject { ["enum"] = Array(languageCodes) },
                ["from"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1900, ["maximum"] = 2999 },
                ["per_year"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 999 },
                ["until"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1900, ["maximum"] = 2999 },
            },
        };
        var goal = new JsonObject
        {
            ["type"] = "object",
            ["required"] = Array(["id", "text", "assessments"]),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["id"] = new JsonObject { ["type"] = new JsonArray("string", "integer"), ["description"] = "the goal's id, the same in both languages" },
                ["text"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
                ["assessments"] = new JsonObject { ["type"] = "array", ["items"] = assessment },
                [MeasureKey] = measure,
            },
        };
        return Described(new JsonObject { ["type"] = "array", ["items"] = goal, ["minItems"] = 1 });
    }

    /// <inheritdoc/>
    /// <remarks>A list per language, since each goal's text is prose; its id, years, statuses and sources are facts the twins share.</remarks>
    public override JsonObject Editor(IReadOnlyList<string> languageCodes)
    {
        JsonObject Year(string name, bool required) =>
            EditorField(name, "number", required, "a year", perLanguage: false, WholeNumber(1900, 2999));
        var assessment = new JsonArray(
            Year("year", required: true),
            EditorField("status", "select", true, $"the status the document gives ({string.Join(", ", Choices.Names<GoalStatus>())})", perLanguage: false, new JsonObject { ["options"] = Array(Choices.Names<GoalStatus>()) }),
            EditorField("reason", "text", false, "why, in the document's words", perLanguage: true),
            KindBinder.SourcesEditor(required: true));
        // Not required in the form: the CMS checks an optional group's required fields even when it is left empty
        // (decap-cms#7748), which would refuse every goal without a measure; the build says what a measure lacks.
        var measure = new JsonArray(
            EditorField("count", "select", false, "the kind of page counted (required in a measure)", perLanguage: false, new JsonObject { ["options"] = Array(ContentKind.Names) }),
            EditorField("language", "select", false, "the language whose pages are counted (required in a measure)", perLanguage: false, new JsonObject { ["options"] = Array(languageCodes) }),
            Year("from", required: false),
            EditorField("per_year", "number", false, "how many a year", perLanguage: false, WholeNumber(1, 999)),
            Year("until", required: false));
        var goal = new JsonArray(
            EditorField("id", "string", true, "the goal's id, the same in both languages", perLanguage: false),
            EditorField("text", "text", true, "what the goal is", perLanguage: true),
            EditorField("assessments", "list", false, "each year a document assesses the goal", perLanguage: true,
                new JsonObject { ["fields"] = assessment, ["collapsed"] = false, ["summary"] = "{{fields.year}}: {{fields.status}}" }),
            EditorField(MeasureKey, "object", false, "where the site counts the goal's progress itself", perLanguage: false, new JsonObject { ["fields"] = measure, ["collapsed"] = true }));
        // Shown open: the CMS opens a collapsed item only by its small arrow, not by its title, and a focus area has a few goals.
        return Widget("list", new JsonObject { ["fields"] = goal, ["min"] = 1, ["summary"] = "{{fields.id}}: {{fields.text}}", ["collapsed"] = false });
    }

    internal override object? Read(FieldReader reader, IReadOnlyList<string> languageCodes)
    {
        var map = reader.Map;
        var goals = new List<Goal>();
        var entries = map.MapList(Key);
        if (entries.Count == 0 && !map.IsBroken(Key))
        {
            reader.Fail(Key, "missing-field", "'goals' must list the focus area's goals, each with 'id', 'text' and 'assessments'.");
        }
        else if (map.IsBroken(Key))
        {
            reader.MarkUnknown(Key);
        }

        foreach (var entry in entries)
        {
            var id = entry.String("id", required: true);
            var text = entry.String("text", required: true);
            if (id is null)
            {
                // Without its id a goal cannot be matched with its twin's: the goals are not compared.
                reader.MarkUnknown(Key);
                continue;
            }

            var path = $"goals[{id}]";
            if (goals.Any(g => g.Id == id))
            {
                entry.ErrorAt("id", "duplicate-id", $"two goals have the id '{id}'; give each goal its own.");
                reader.MarkUnknown(path);
                continue;
            }

            reader.AddElement(path, id, entry);
            var goalReader = reader.Nested(entry, path);
            var assessments = ReadAssessments(goalReader, entry, id, path);
            var measure = ReadMeasure(goalReader, entry, languageCodes, hasPlan: map.Has(ContentKind.PlanKey));
            entry.ReportUnknownKeys(["id", "text", "assessments", MeasureKey]);
            if (text is not null)
            {
                goals.Add(new Goal(id, text, assessments.OrderBy(a => a.Year).ToList(), entry.Line) { Measure = measure });
            }
        }

        return map.IsBroken(Key) ? null : goals;
    }

    private static List<Assessment> ReadAssessments(FieldReader goalReader, Yaml.YamlMap entry, string id, string path)
    {
        var assessments = new List<Assessment>();
        foreach (var item in entry.MapList("assessments"))
        {
            var year = item.String("year", required: true);
            if (year is null || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1900 or > 2999)
            {
                if (year is not null)
                {
                    item.ErrorAt("year", "bad-value", $"'year' must be a whole number from 1900 to 2999, not '{year}'.");
                }

                goalReader.MarkUnknown("assessments");
                continue;
            }

            var at = $"assessments[{y}]";
            if (assessments.Any(a => a.Year == y))
            {
                item.ErrorAt("year", "duplicate-id", $"goal '{id}' has two assessments for {y}; give each year one.");
                goalReader.MarkUnknown(at);
                continue;
            }

            goalReader.AddElement(at, year, item);
            var assessmentReader = goalReader.Nested(item, $"{path}.{at}");
            var status = assessmentReader.Choice<GoalStatus>("status", required: true);
            var reason = item.String("reason");
            var sources = assessmentReader.Citations(KindBinder.SourcesKey);
            if (sources.Count == 0 && !item.IsBroken(KindBinder.SourcesKey))
            {
                // A status is the administration's word: it always names the document that gives it.
                item.ErrorAt(KindBinder.SourcesKey, "source-required", $"the {y} assessment of goal '{id}' cites no source; every status must name the document that gives it: add 'sources: [<publication id>]' to it, e.g. sources: [{{ id: status-2008, at: annex 1 }}].");
                assessmentReader.MarkUnknown(KindBinder.SourcesKey);
            }

            item.ReportUnknownKeys(["year", "status", "reason", KindBinder.SourcesKey]);
            if (status is not null)
            {
                assessments.Add(new Assessment(y, status.Value, reason) { Citations = sources });
            }
        }

        if (entry.IsBroken("assessments"))
        {
            goalReader.MarkUnknown("assessments");
        }

        return assessments;
    }

    /// <summary>A goal's <c>measure: { count: project, language: en, from: 2007, per_year: 2, until: 2009 }</c>, or null when it has none.</summary>
    private static GoalMeasure? ReadMeasure(FieldReader goalReader, Yaml.YamlMap goal, IReadOnlyList<string> languageCodes, bool hasPlan)
    {
        if (goal.Map(MeasureKey) is not { } map)
        {
            if (goal.IsBroken(MeasureKey))
            {
                goalReader.MarkUnknown(MeasureKey);
            }

            return null;
        }

        // One fact for the whole measure: a twin without it, or with another, is one difference, not one per field.
        var own = new FieldReader.Sheet();
        var reader = new FieldReader(map, own);
        var countName = reader.Text("count", required: true);
        var counts = countName is null ? null : ContentKind.Parse(countName);
        if (countName is not null && counts is null)
        {
            reader.Fail("count", "bad-value", $"'count' must be one of: {string.Join(", ", ContentKind.Names)} — not '{countName}'.");
        }

        var language = reader.Text("language", required: true);
        if (language is not null && !languageCodes.Contains(language))
        {
            reader.Fail("language", "bad-value", $"'language' must be one of the site's languages: {string.Join(", ", languageCodes)} — not '{language}'.");
            language = null;
        }

        var from = reader.Number("from", 1900, 2999, required: true);
        var perYear = reader.Number("per_year", 1, 999, required: false);
        var until = reader.Number("until", 1900, 2999, required: false);
        if (until is not null && from is not null && until < from)
        {
            reader.Fail("until", "bad-value", $"'until' ({until}) may not come before 'from' ({from}).");
        }

        map.ReportUnknownKeys(["count", "language", "from", "per_year", "until"]);
        if (!hasPlan)
        {
            // Outside its plan's years a count would judge the plan by what the site holds today.
            goal.ErrorAt(MeasureKey, "missing-field",
                "this goal is measured from the site's pages, which are counted only inside its action plan's period: name the plan in the focus area, 'plan: <publication id>' (a publication with 'period:', e.g. period: 2007-2009).");
            goalReader.MarkUnknown(MeasureKey);
            return null;
        }

        if (own.Unknown.Count > 0 || counts is null || language is null || from is null)
        {
            goalReader.MarkUnknown(MeasureKey);
            return null;
        }

        goalReader.Add(MeasureKey, string.Join(", ", own.Facts.Select(f => $"{f.Path}: {f.Value}")));
        return new GoalMeasure(counts, language, from.Value, perYear, until);
    }
}

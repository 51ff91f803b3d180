using ActionPlan.Yaml;

namespace ActionPlan.Domain;

/// <summary>
/// Reads a page's kind-specific front matter into its typed facts: required fields, allowed values, dates,
/// numbers and references are checked here, each problem an error at its line.
/// </summary>
internal static class KindBinder
{
    /// <summary>The reference fields every kind may use, and the kind each must point at.</summary>
    public static readonly IReadOnlyList<(string Key, ContentKind Target)> ReferenceFields =
    [
        ("focus_areas", ContentKind.FocusArea), ("projects", ContentKind.Project), ("best_practice", ContentKind.BestPractice),
        ("networks", ContentKind.Network), ("cities", ContentKind.City), ("publications", ContentKind.Publication),
    ];

    private static readonly Dictionary<ContentKind, string[]> KindKeys = new()
    {
        [ContentKind.Page] = [],
        [ContentKind.Project] = ["status", "started"],
        [ContentKind.BestPractice] = [],
        [ContentKind.Network] = ["theme", "contact", "register"],
        [ContentKind.FocusArea] = ["number", "office", "aims", "objectives", "goals"],
        [ContentKind.Activity] = ["type", "when", "status"],
        [ContentKind.Publication] = ["year", "files"],
        [ContentKind.Contact] = ["type", "internal"],
        [ContentKind.City] = ["country"],
    };

    /// <summary>The front matter keys a kind reads beyond the common ones.</summary>
    public static IEnumerable<string> KeysOf(ContentKind kind) => KindKeys[kind].Concat(ReferenceFields.Select(r => r.Key));

    /// <summary>Binds a kind's fields; null when a required field is missing or wrong (the error is reported).</summary>
    public static KindFacts? Bind(ContentKind kind, YamlMap map, IReadOnlyList<string> languageCodes)
    {
        var facts = new List<Fact>();
        var references = new List<Reference>();
        foreach (var (key, target) in ReferenceFields)
        {
            var items = map.StringItems(key);
            references.AddRange(items.Select(i => new Reference(key, target, i.Value, i.Line)));
            if (items.Count > 0)
            {
                facts.Add(new Fact(key, string.Join(", ", items.Select(i => i.Value).Order(StringComparer.Ordinal)), map.LineOf(key)));
            }
        }

        var reader = new FieldReader(map, facts, references);
        KindFacts? bound = kind switch
        {
            ContentKind.Page => new PageFacts(),
            ContentKind.BestPractice => new BestPracticeFacts(),
            ContentKind.Project => new ProjectFacts(reader.Choice<ProjectStatus>("status", required: false), reader.Date("started", required: false)),
            ContentKind.Network => BindNetwork(reader, map),
            ContentKind.FocusArea => BindFocusArea(reader, map),
            ContentKind.Activity => BindActivity(reader),
            ContentKind.Publication => BindPublication(reader, map, languageCodes),
            ContentKind.Contact => BindContact(reader, map),
            ContentKind.City => map.String("country", required: true) is { } country ? new CityFacts(country) : null,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        return reader.Failed || bound is null ? null : bound with { Facts = facts, References = references };
    }

    private static NetworkFacts? BindNetwork(FieldReader reader, YamlMap map)
    {
        var theme = map.String("theme", required: true);
        var contact = reader.Reference("contact", ContentKind.Contact);
        var years = reader.Years("register");
        if (years.Count == 0)
        {
            map.ErrorAt("register", "missing-field", "'register' must list the years whose register edition includes the network, e.g. 'register: [2007, 2008]'.");
        }

        return theme is null || contact is null || years.Count == 0 ? null : new NetworkFacts(theme, contact, years);
    }

    private static FocusAreaFacts? BindFocusArea(FieldReader reader, YamlMap map)
    {
        var number = reader.Number("number", 1, 99, required: true);
        var office = reader.Reference("office", ContentKind.Contact);
        var aims = reader.ChoiceList<CityAim>("aims", required: true);
        var objectives = reader.Numbers("objectives", 1, 6);
        var goals = new List<Goal>();
        var entries = map.MapList("goals");
        if (entries.Count == 0)
        {
            map.ErrorAt("goals", "missing-field", "'goals' must list the focus area's goals, each with 'id', 'text' and 'assessments'.");
        }

        foreach (var (entry, index) in entries.Select((e, i) => (e, i)))
        {
            var id = entry.String("id", required: true);
            var text = entry.String("text", required: true);
            var path = $"goals[{id ?? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
            var goalReader = reader.Nested(entry, path);
            var assessments = new List<Assessment>();
            foreach (var item in entry.MapList("assessments"))
            {
                var itemReader = goalReader.Nested(item, $"{path}.assessments");
                var year = itemReader.Number("year", 1900, 2999, required: true);
                var status = itemReader.Choice<GoalStatus>("status", required: true);
                var reason = item.String("reason");
                item.ReportUnknownKeys(["year", "status", "reason"]);
                if (year is not null && status is not null)
                {
                    assessments.Add(new Assessment(year.Value, status.Value, reason));
                }
            }

            entry.ReportUnknownKeys(["id", "text", "assessments"]);
            if (id is not null && text is not null)
            {
                goals.Add(new Goal(id, text, assessments.OrderBy(a => a.Year).ToList(), entry.Line));
            }
        }

        if (goals.Select(g => g.Id).Distinct(StringComparer.Ordinal).Count() != goals.Count)
        {
            map.ErrorAt("goals", "duplicate-id", "two goals have the same 'id'; give each goal its own.");
        }

        return number is null || office is null || aims.Count == 0 ? null
            : new FocusAreaFacts(number.Value, office, aims, objectives, goals);
    }

    private static ActivityFacts? BindActivity(FieldReader reader)
    {
        var type = reader.Choice<ActivityType>("type", required: true);
        var when = reader.Date("when", required: true);
        var status = reader.Choice<ActivityStatus>("status", required: true);
        return type is null || when is null || status is null ? null : new ActivityFacts(type.Value, when, status.Value);
    }

    private static PublicationFacts? BindPublication(FieldReader reader, YamlMap map, IReadOnlyList<string> languageCodes)
    {
        var year = reader.Number("year", 1900, 2999, required: true);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (map.Map("files") is { } fileMap)
        {
            foreach (var code in languageCodes)
            {
                if (fileMap.String(code) is { } file)
                {
                    files[code] = file;
                    reader.Add($"files.{code}", file, fileMap.LineOf(code));
                }
            }

            fileMap.ReportUnknownKeys(languageCodes.ToList());
        }

        return year is null ? null : new PublicationFacts(year.Value, files);
    }

    private static ContactFacts? BindContact(FieldReader reader, YamlMap map)
    {
        var type = map.String("type", required: true);
        if (type is not null and not ("unit" or "role"))
        {
            map.ErrorAt("type", "bad-value", $"'type' must be one of: unit, role — not '{type}'.");
            return null;
        }

        // Internal fields (a person's name, direct phone, e-mail) are for the editors only: checked, then dropped.
        if (map.Has("internal"))
        {
            map.Map("internal");
        }

        if (type is not null)
        {
            reader.Add("type", type, map.LineOf("type"));
        }

        return type is null ? null : new ContactFacts(type == "role");
    }
}

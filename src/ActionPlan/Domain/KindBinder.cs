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
        [ContentKind.Publication] = ["year", "issued", "issued_by", "case_numbers", "files"],
        [ContentKind.Contact] = ["type", "internal"],
        [ContentKind.City] = ["country"],
    };

    /// <summary>The front matter keys a kind reads beyond the common ones.</summary>
    public static IEnumerable<string> KeysOf(ContentKind kind) => KindKeys[kind].Concat(ReferenceFields.Select(r => r.Key)).Append(SourcesKey);

    /// <summary>The key under which a page, or a goal's assessment, cites its sources.</summary>
    public const string SourcesKey = "sources";

    /// <summary>
    /// Binds a kind's fields. A field with an error is reported and recorded as unknown; the page keeps its kind
    /// either way (as <see cref="UnreadFacts"/> when a value the kind needs could not be read).
    /// </summary>
    public static KindFacts Bind(ContentKind kind, YamlMap map, IReadOnlyList<string> languageCodes)
    {
        var sheet = new FieldReader.Sheet();
        var reader = new FieldReader(map, sheet);
        foreach (var (key, target) in ReferenceFields)
        {
            reader.References(key, target);
        }

        var citations = reader.Citations(SourcesKey);

        KindFacts? bound = kind switch
        {
            ContentKind.Page => new PageFacts(),
            ContentKind.BestPractice => new BestPracticeFacts(),
            ContentKind.Project => new ProjectFacts(reader.Choice<ProjectStatus>("status", required: false), reader.Date("started", required: false)),
            ContentKind.Network => BindNetwork(reader, map),
            ContentKind.FocusArea => BindFocusArea(reader, map, languageCodes),
            ContentKind.Activity => BindActivity(reader),
            ContentKind.Publication => BindPublication(reader, map, languageCodes),
            ContentKind.Contact => BindContact(reader, map),
            ContentKind.City => map.String("country", required: true) is { } country ? new CityFacts(country) : null,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        return (reader.Failed || bound is null ? new UnreadFacts(kind) : bound) with
        {
            Facts = sheet.Facts, References = sheet.References, Unknown = sheet.Unknown, Citations = citations,
        };
    }

    /// <summary>The facts of a page whose kind is not known: only what every kind shares can be read.</summary>
    public static KindFacts Unknown(ContentKind kind) =>
        new UnreadFacts(kind) { KindKnown = false, Unknown = new HashSet<string>(StringComparer.Ordinal) { "" } };

    private static NetworkFacts? BindNetwork(FieldReader reader, YamlMap map)
    {
        var theme = map.String("theme", required: true);
        var contact = reader.Reference("contact", ContentKind.Contact);
        var years = reader.Years("register");
        if (years.Count == 0 && !map.IsBroken("register"))
        {
            reader.Fail("register", "missing-field", "'register' must list the years whose register edition includes the network, e.g. 'register: [2007, 2008]'.");
        }

        return theme is null || contact is null || years.Count == 0 ? null : new NetworkFacts(theme, contact, years);
    }

    private static FocusAreaFacts? BindFocusArea(FieldReader reader, YamlMap map, IReadOnlyList<string> languageCodes)
    {
        var number = reader.Number("number", 1, 99, required: true);
        var office = reader.Reference("office", ContentKind.Contact);
        var aims = reader.ChoiceList<CityAim>("aims", required: true);
        var objectives = reader.Numbers("objectives", 1, 6);
        var goals = new List<Goal>();
        var entries = map.MapList("goals");
        if (entries.Count == 0 && !map.IsBroken("goals"))
        {
            reader.Fail("goals", "missing-field", "'goals' must list the focus area's goals, each with 'id', 'text' and 'assessments'.");
        }
        else if (map.IsBroken("goals"))
        {
            reader.MarkUnknown("goals");
        }

        foreach (var entry in entries)
        {
            var id = entry.String("id", required: true);
            var text = entry.String("text", required: true);
            if (id is null)
            {
                // Without its id a goal cannot be matched with its twin's: the goals are not compared.
                reader.MarkUnknown("goals");
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
            var assessments = new List<Assessment>();
            foreach (var item in entry.MapList("assessments"))
            {
                var year = item.String("year", required: true);
                if (year is null || !int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) || y is < 1900 or > 2999)
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
                var sources = assessmentReader.Citations(SourcesKey);
                if (sources.Count == 0 && !item.IsBroken(SourcesKey))
                {
                    // A status is the administration's word: it always names the document that gives it.
                    item.ErrorAt(SourcesKey, "source-required", $"the {y} assessment of goal '{id}' cites no source; every status must name the document that gives it: add 'sources: [<publication id>]' to it, e.g. sources: [{{ id: status-2008, at: annex 1 }}].");
                    assessmentReader.MarkUnknown(SourcesKey);
                }

                item.ReportUnknownKeys(["year", "status", "reason", SourcesKey]);
                if (status is not null)
                {
                    assessments.Add(new Assessment(y, status.Value, reason) { Citations = sources });
                }
            }

            if (entry.IsBroken("assessments"))
            {
                goalReader.MarkUnknown("assessments");
            }

            var measure = BindMeasure(goalReader, entry, languageCodes);
            entry.ReportUnknownKeys(["id", "text", "assessments", MeasureKey]);
            if (text is not null)
            {
                goals.Add(new Goal(id, text, assessments.OrderBy(a => a.Year).ToList(), entry.Line) { Measure = measure });
            }
        }

        return number is null || office is null || aims.Count == 0 || map.IsBroken("goals") ? null
            : new FocusAreaFacts(number.Value, office, aims, objectives, goals);
    }

    private const string MeasureKey = "measure";

    /// <summary>A goal's <c>measure: { count: project, language: en, from: 2007, per_year: 2 }</c>, or null when it has none.</summary>
    private static GoalMeasure? BindMeasure(FieldReader goalReader, YamlMap goal, IReadOnlyList<string> languageCodes)
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
        var counts = reader.Choice<ContentKind>("count", required: true);
        var language = reader.Text("language", required: true);
        if (language is not null && !languageCodes.Contains(language))
        {
            reader.Fail("language", "bad-value", $"'language' must be one of the site's languages: {string.Join(", ", languageCodes)} — not '{language}'.");
            language = null;
        }

        var from = reader.Number("from", 1900, 2999, required: true);
        var perYear = reader.Number("per_year", 1, 999, required: false);
        map.ReportUnknownKeys(["count", "language", "from", "per_year"]);
        if (own.Unknown.Count > 0 || counts is null || language is null || from is null)
        {
            goalReader.MarkUnknown(MeasureKey);
        }
        else
        {
            goalReader.Add(MeasureKey, string.Join(", ", own.Facts.Select(f => $"{f.Path}: {f.Value}")));
        }

        return counts is null || language is null || from is null ? null : new GoalMeasure(counts.Value, language, from.Value, perYear);
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
        var issued = reader.Date("issued", required: false);
        if (issued is not null && year is not null && issued.Year != year)
        {
            reader.Fail("issued", "bad-value", $"'issued' ({issued}) must fall in the publication's 'year' ({year}): correct one of them.");
            issued = null;
        }

        var issuedBy = map.String("issued_by");
        var caseNumbers = reader.Texts("case_numbers");
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (map.Map("files") is { } fileMap)
        {
            var fileReader = reader.Nested(fileMap, "files");
            foreach (var code in languageCodes)
            {
                if (fileReader.Text(code, required: false) is { } file)
                {
                    files[code] = file;
                }
            }

            fileMap.ReportUnknownKeys(languageCodes.ToList());
        }
        else if (map.IsBroken("files"))
        {
            reader.MarkUnknown("files");
        }

        return year is null ? null : new PublicationFacts(year.Value, files) { Issued = issued, IssuedBy = issuedBy, CaseNumbers = caseNumbers };
    }

    private static ContactFacts? BindContact(FieldReader reader, YamlMap map)
    {
        var type = reader.Text("type", required: true);
        if (type is not null and not ("unit" or "role"))
        {
            reader.Fail("type", "bad-value", $"'type' must be one of: unit, role — not '{type}'.");
            return null;
        }

        // Internal fields (a person's name, direct phone, e-mail) are for the editors only: checked, then dropped.
        if (map.Has("internal"))
        {
            map.Map("internal");
        }

        return type is null ? null : new ContactFacts(type == "role");
    }
}

using System.Text.Json.Nodes;
using ActionPlan.Configuration;
using ActionPlan.Yaml;

namespace ActionPlan.Domain;

/// <summary>
/// Reads a page's kind-specific front matter into its typed facts, field by field as the kind declares them:
/// required fields, allowed values, dates, numbers and references are checked, each problem an error at its line.
/// </summary>
internal static class KindBinder
{
    /// <summary>The key under which a page, or a goal's assessment, cites its sources.</summary>
    public const string SourcesKey = "sources";

    /// <summary>The key of the date a page's facts hold as of, where its sources do not say it.</summary>
    public const string AsOfKey = "as_of";

    /// <summary>The key under which a page says that what it describes has ended.</summary>
    public const string EndedKey = "ended";

    /// <summary>The key of the contact who owns a page (keeps it right).</summary>
    public const string OwnerKey = "owner";

    /// <summary>The key of the day by which a page is to be reviewed.</summary>
    public const string ReviewByKey = "review_by";

    /// <summary>
    /// The fields every kind has besides its references and sources, declared once: the JSON Schema, the browser
    /// editor and the unknown-key check take them from here as they take a kind's own.
    /// </summary>
    public static readonly IReadOnlyList<Field> CommonFields =
    [
        new DateField(AsOfKey, false, "when the page's facts hold, where its sources do not say (a year, month or day)"),
        new EndedField(),
        new ReferenceField(OwnerKey, help: "who keeps the page right", "contact", "project-office", required: false),
        new DayField(ReviewByKey, "the day by which the page is to be checked again"),
    ];

    /// <summary>
    /// Binds a kind's fields. A field with an error is reported and recorded as unknown; the page keeps its kind
    /// either way (as <see cref="UnreadFacts"/> when a value the kind needs could not be read).
    /// </summary>
    public static KindFacts Bind(ContentKind kind, YamlMap map, IReadOnlyList<string> languageCodes)
    {
        var sheet = new FieldReader.Sheet();
        var reader = new FieldReader(map, sheet);
        foreach (var (key, target) in ContentKind.ReferenceFields)
        {
            reader.References(key, target);
        }

        var citations = reader.Citations(SourcesKey);

        // The common fields have a reader of their own: a mistake in one is its own error and leaves the kind's facts read.
        var common = new FieldReader(map, sheet);
        var shared = CommonFields.ToDictionary(f => f.Key, f => f.Read(common, languageCodes), StringComparer.Ordinal);
        var values = new FieldValues(reader);
        foreach (var field in kind.Fields)
        {
            values.Set(field.Key, field.Read(reader, languageCodes));
        }

        var bound = kind.Create(values);
        return (reader.Failed || bound is null ? new UnreadFacts(kind) : bound) with
        {
            Facts = sheet.Facts, References = sheet.References, Unknown = sheet.Unknown, Citations = citations,
            AsOf = shared[AsOfKey] as PartialDate, Ended = shared[EndedKey] as Ending, Owner = shared[OwnerKey] as string,
            ReviewBy = shared[ReviewByKey] as DateOnly?,
        };
    }

    /// <summary>The facts of a page whose kind is not known: only what every kind shares can be read.</summary>
    public static KindFacts Unknown(ContentKind kind) =>
        new UnreadFacts(kind) { KindKnown = false, Unknown = new HashSet<string>(StringComparer.Ordinal) { "" } };

    /// <summary>
    /// <c>sources:</c> in the browser editor: a list of publications, each chosen from the publications section, with
    /// the place in the document in the page's language. Each language writes its own, as <c>at</c> is prose; the
    /// build checks that twins cite the same documents.
    /// </summary>
    public static JsonObject SourcesEditor(bool required)
    {
        var id = Field.EditorField("id", "relation", true, "the publication", perLanguage: false, ReferenceField.Relation(ContentKind.Publication, multiple: false));

        var sources = Field.EditorField(SourcesKey, "list", required, "the documents the facts come from, each with the place in it if you like", perLanguage: true);
        sources["fields"] = new JsonArray(id, Field.EditorField("at", "string", false, "where in the document (annex 1, bilag 1)", perLanguage: true));
        sources["summary"] = "{{fields.id}} {{fields.at}}";
        if (required)
        {
            sources["min"] = 1;
        }

        return sources;
    }

    /// <summary>The JSON Schema of <c>sources:</c>: publication ids, each alone or with the place in the document.</summary>
    /// <param name="required">True where at least one source is required (a goal's assessment, a kind in <c>sources_required</c>).</param>
    public static JsonObject SourcesSchema(bool required)
    {
        var schema = SourcesSchema();
        if (required)
        {
            schema["minItems"] = 1;
        }

        return schema;
    }

    private static JsonObject SourcesSchema() => new()
    {
        ["type"] = "array",
        ["description"] = "the documents the facts come from: a publication id, or { id, at } with the place in it",
        ["items"] = new JsonObject
        {
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = "string", ["pattern"] = UrlName.Pattern },
                new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = new JsonArray("id"),
                    ["additionalProperties"] = false,
                    ["properties"] = new JsonObject
                    {
                        ["id"] = new JsonObject { ["type"] = "string", ["pattern"] = UrlName.Pattern },
                        ["at"] = new JsonObject { ["type"] = "string" },
                    },
                }),
        },
    };
}

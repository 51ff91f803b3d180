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

    /// <summary>The sources a page cites; required where site.yml's <c>sources_required</c> names its kind.</summary>
    public static readonly CitationsField Sources = new(SourcesKey, false, "the documents the facts come from, each with the place in it if you like");

    /// <summary>When the page's facts hold, where its sources do not say.</summary>
    public static readonly DateField AsOf = new(AsOfKey, false, "when the page's facts hold, where its sources do not say");

    /// <summary>That what the page describes has ended.</summary>
    public static readonly EndedField Ended = new();

    /// <summary>Who keeps the page right.</summary>
    public static readonly ReferenceField Owner = new(OwnerKey, help: "who keeps the page right", "contact", "project-office", required: false);

    /// <summary>The day by which the page is to be checked again.</summary>
    public static readonly DayField ReviewBy = new(ReviewByKey, "the day by which the page is to be checked again");

    /// <summary>The key under which a page names its tags.</summary>
    public const string TagsKey = "tags";

    /// <summary>The tags of the page, by the ids site.yml declares.</summary>
    public static readonly TagsField Tags = new(TagsKey);

    /// <summary>
    /// The fields every kind has besides its references and sources, declared once: the unknown-key check, the
    /// editors' checks and form take them from here as they take a kind's own.
    /// </summary>
    public static readonly IReadOnlyList<Field> CommonFields = [AsOf, Ended, Owner, ReviewBy, Tags];

    /// <summary>
    /// Binds a kind's fields. A field with an error is reported and recorded as unknown; the page keeps its kind
    /// either way (as <see cref="UnreadFacts"/> when a value the kind needs could not be read).
    /// </summary>
    public static KindFacts Bind(ContentKind kind, YamlMap map, IReadOnlyList<string> languageCodes)
    {
        var sheet = new FieldReader.Sheet();
        var reader = new FieldReader(map, sheet);
        foreach (var list in ContentKind.ReferenceLists)
        {
            list.ReadValue(reader, languageCodes);
        }

        var citations = Sources.ReadValue(reader, languageCodes);

        // The common fields have a reader of their own: a mistake in one is its own error and leaves the kind's facts read.
        var commonReader = new FieldReader(map, sheet);
        var common = new FieldValues(commonReader);
        foreach (var field in CommonFields)
        {
            common.Set(field, field.Read(commonReader, languageCodes));
        }

        var values = new FieldValues(reader);
        foreach (var field in kind.Fields)
        {
            values.Set(field, field.Read(reader, languageCodes));
        }

        var bound = kind.Create(values);
        return (reader.Failed || bound is null ? new UnreadFacts(kind) : bound) with
        {
            Facts = sheet.Facts, References = sheet.References, Unknown = sheet.Unknown, Citations = citations,
            AsOf = common.Get(AsOf), Ended = common.Get(Ended), Owner = common.Get(Owner), ReviewBy = common.Get(ReviewBy),
            Tags = common.Get(Tags) ?? [],
        };
    }

    /// <summary>The facts of a page whose kind is not known: only what every kind shares can be read.</summary>
    public static KindFacts Unknown(ContentKind kind) =>
        new UnreadFacts(kind) { KindKnown = false, Unknown = new HashSet<string>(StringComparer.Ordinal) { "" } };
}

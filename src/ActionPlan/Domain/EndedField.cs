using System.Text.Json.Nodes;

namespace ActionPlan.Domain;

/// <summary>
/// <c>ended: { year: 2008, sources: [{ id: status-2008, at: the case text }], note: ... }</c>: that what the page
/// describes has ended, with the documents that say so (required, like an assessment's) and an optional note.
/// </summary>
public sealed class EndedField() : Field(KindBinder.EndedKey, false, "that it has ended: the year, the documents that say so, and a note if you like")
{
    private const string NoteKey = "note";
    private const string YearKey = "year";

    /// <inheritdoc/>
    public override string? Values => "year, sources, note";

    /// <inheritdoc/>
    public override string Example(int year) =>
        $"{Key}: {{ year: {year}, sources: [{{ id: status-{year}, at: annex 1 }}] }}   # {Help}";

    /// <inheritdoc/>
    public override JsonObject Schema(IReadOnlyList<string> languageCodes) => Described(new JsonObject
    {
        ["type"] = "object",
        ["required"] = Array([YearKey, KindBinder.SourcesKey]),
        ["additionalProperties"] = false,
        ["properties"] = new JsonObject
        {
            [YearKey] = new JsonObject { ["type"] = "integer", ["minimum"] = 1900, ["maximum"] = 2999 },
            [KindBinder.SourcesKey] = KindBinder.SourcesSchema(required: true),
            [NoteKey] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
        },
    });

    /// <inheritdoc/>
    /// <remarks>
    /// A group written in each language, since the note is prose; the year and sources are facts the twins share. The
    /// CMS checks a group's required fields even when the group is left empty, which would refuse to save every page
    /// that has not ended: so the form marks none required, and the build says what an end it is given lacks.
    /// </remarks>
    public override JsonObject Editor(IReadOnlyList<string> languageCodes) => Widget("object", new JsonObject
    {
        ["collapsed"] = true,
        ["fields"] = new JsonArray(
            EditorField(YearKey, "number", false, "the year it ended (required once it has ended)", perLanguage: false, WholeNumber(1900, 2999)),
            KindBinder.SourcesEditor(required: false),
            EditorField(NoteKey, "text", false, "the history note in this language (default: the theme's 'this ended in ...')", perLanguage: true)),
    });

    internal override object? Read(FieldReader reader, IReadOnlyList<string> languageCodes)
    {
        var map = reader.Map;
        if (map.Map(Key) is not { } ended)
        {
            if (map.IsBroken(Key))
            {
                reader.MarkUnknown(Key);
            }

            return null;
        }

        var endedReader = reader.Nested(ended, Key);
        var year = endedReader.Number(YearKey, 1900, 2999, required: true);
        var sources = endedReader.Citations(KindBinder.SourcesKey);
        if (sources.Count == 0 && !ended.IsBroken(KindBinder.SourcesKey))
        {
            // That something ended is a fact like a status: it names the document that says so.
            ended.ErrorAt(KindBinder.SourcesKey, "source-required", $"'{Key}' cites no source; name the document that says it ended: add 'sources: [<publication id>]' to it, e.g. {Key}: {{ year: {year ?? 2008}, sources: [{{ id: status-2008, at: annex 1 }}] }}.");
            endedReader.MarkUnknown(KindBinder.SourcesKey);
        }

        var note = ended.String(NoteKey);
        ended.ReportUnknownKeys([YearKey, KindBinder.SourcesKey, NoteKey]);
        return year is null ? null : new Ending(year.Value, sources, note);
    }
}

namespace ActionPlan.Domain;

/// <summary>
/// <c>ended: { year: 2008, sources: [{ id: status-2008, at: the case text }], note: ... }</c>: that what the page
/// describes has ended, with the documents that say so (required, like an assessment's) and an optional note.
/// </summary>
public sealed class EndedField() : Field<Ending?>(KindBinder.EndedKey, false, "that it has ended: the year, the documents that say so, and a note if you like"), IGroupField
{
    /// <summary>The year it ended.</summary>
    public static readonly NumberField Year = new("year", true, "the year it ended", 1900, 2999, 0);

    /// <summary>The documents that say it ended.</summary>
    public static readonly CitationsField Sources = new(KindBinder.SourcesKey, true, "the documents that say it ended, each with the place in it if you like");

    /// <summary>The history note, in each language.</summary>
    public static readonly TextField Note = new("note", false, "the history note in this language (default: the theme's 'this ended in ...')", "It ended when the grant ran out.", paragraph: true);

    /// <inheritdoc/>
    public IReadOnlyList<Field> Fields { get; } = [Year, Sources, Note];

    /// <inheritdoc/>
    public override string? Values => string.Join(", ", Fields.Select(f => f.Key));

    /// <inheritdoc/>
    public override string Example(int year) =>
        $"{Key}: {{ year: {year}, sources: [{{ id: status-{year}, at: annex 1 }}] }}   # {Help}";

    internal override Ending? ReadValue(FieldReader reader, IReadOnlyList<string> languageCodes)
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
        var year = Year.ReadValue(endedReader, languageCodes);
        var sources = Sources.ReadValue(endedReader, languageCodes);
        if (sources.Count == 0 && !ended.IsBroken(Sources.Key))
        {
            // That something ended is a fact like a status: it names the document that says so.
            ended.ErrorAt(Sources.Key, "source-required", $"'{Key}' cites no source; name the document that says it ended: add 'sources: [<publication id>]' to it, e.g. {Key}: {{ year: {year ?? 2008}, sources: [{{ id: status-2008, at: annex 1 }}] }}.");
            endedReader.MarkUnknown(Sources.Key);
        }

        var note = Note.ReadValue(endedReader, languageCodes);
        ended.ReportUnknownKeys([.. Fields.Select(f => f.Key)]);
        return year is null ? null : new Ending(year.Value, sources, note);
    }
}

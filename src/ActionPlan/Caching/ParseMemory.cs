using System.Globalization;
using ActionPlan.Markup;

namespace ActionPlan.Caching;

/// <summary>
/// What parsing each page body gave (<see cref="ParsedMarkdown"/>: its headings and ids, links, tables, search words),
/// kept between builds and keyed by its file's bytes and all else the parse reads (<see cref="KeyOf"/>): a body whose
/// key is unchanged is not parsed again, and its tree is made only if its page is rendered or its writing read again.
/// </summary>
public sealed class ParseMemory : KeptResults<ParseMemory, ParsedMarkdown>
{
    /// <summary>
    /// The key of a body's parse: its file's bytes (<see cref="Loading.SourceFile.Digest"/>, taken as the file is read),
    /// which give the body and the file line it starts on (positions are file positions), its page's culture (search
    /// words) and the tags site.yml lets through as HTML (which end the text they are in).
    /// </summary>
    public static string KeyOf(byte[] fileDigest, CultureInfo culture, IReadOnlySet<string> allowedTags) =>
        new KeyBuilder().Add(fileDigest).Add(culture.Name).Add(allowedTags.Order(StringComparer.Ordinal)).Text();

    /// <inheritdoc/>
    protected override string Kind => "actionplan-parsed-2";

    /// <inheritdoc/>
    protected override void Write(BinaryWriter writer, ParsedMarkdown result)
    {
        writer.WriteList(result.Headings, (w, heading) =>
        {
            w.Write(heading.Level);
            w.Write(heading.Text);
            w.Write(heading.Id);
            w.Write(heading.Line);
            w.Write(heading.Column);
        });
        writer.WriteList(result.Links, (w, link) =>
        {
            w.Write(link.Url);
            w.Write(link.Line);
            w.Write(link.Column);
            w.Write(link.IsImage);
            Write(w, link.Title);
            w.Write(link.Text);
            w.Write(link.HoldsImage);
            Write(w, link.LinkAround);
        });

        Write(writer, result.RawHtml);
        Write(writer, result.UnparsedLinks);
        Write(writer, result.EscapedLinks);
        Write(writer, result.AddressLinks);
        writer.WriteList([.. result.Anchors.Order(StringComparer.Ordinal)], (w, anchor) => w.Write(anchor));
        writer.WriteList(result.Tables, (w, table) =>
        {
            w.Write(table.Line);
            w.Write(table.Column);
            w.Write(table.HasHeaderRow);
            w.Write(table.HeaderBlank);
        });
        writer.Write(result.SearchText.Words);
        writer.WriteList(result.SearchText.Counts, (w, count) => w.Write(count));

        writer.Write(result.SearchText.Start);
    }

    /// <inheritdoc/>
    protected override ParsedMarkdown Read(BinaryReader reader)
    {
        var headings = reader.ReadList(r => new MarkdownHeading(r.ReadInt32(), r.ReadString(), r.ReadString(), r.ReadInt32(), r.ReadInt32()));
        var links = reader.ReadList(r => new MarkdownLink(r.ReadString(), r.ReadInt32(), r.ReadInt32(), r.ReadBoolean())
        {
            Title = ReadOptional(r), Text = r.ReadString(), HoldsImage = r.ReadBoolean(), LinkAround = ReadOptional(r),
        });
        var (html, unparsed, escaped, addresses) = (ReadPlaces(reader), ReadPlaces(reader), ReadPlaces(reader), ReadPlaces(reader));
        var anchors = reader.ReadList(r => r.ReadString()).ToHashSet(StringComparer.Ordinal);
        var tables = reader.ReadList(r => new MarkdownTable(r.ReadInt32(), r.ReadInt32(), r.ReadBoolean(), r.ReadBoolean()));
        var words = reader.ReadString();
        var counts = reader.ReadList(r => r.ReadInt32());
        return new ParsedMarkdown(headings, links)
        {
            RawHtml = html, UnparsedLinks = unparsed, EscapedLinks = escaped, AddressLinks = addresses, Anchors = anchors, Tables = tables,
            SearchText = new BodySearchText(words, counts, reader.ReadString()),
        };
    }

    private static void Write(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void Write(BinaryWriter writer, IReadOnlyList<(string Text, int Line, int Column)> places) =>
        writer.WriteList(places, (w, place) =>
        {
            w.Write(place.Text);
            w.Write(place.Line);
            w.Write(place.Column);
        });

    private static List<(string, int, int)> ReadPlaces(BinaryReader reader) => reader.ReadList(r => (r.ReadString(), r.ReadInt32(), r.ReadInt32()));
}

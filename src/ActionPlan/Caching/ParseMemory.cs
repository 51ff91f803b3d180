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
        writer.Write(result.Headings.Count);
        foreach (var heading in result.Headings)
        {
            writer.Write(heading.Level);
            writer.Write(heading.Text);
            writer.Write(heading.Id);
            writer.Write(heading.Line);
            writer.Write(heading.Column);
        }

        writer.Write(result.Links.Count);
        foreach (var link in result.Links)
        {
            writer.Write(link.Url);
            writer.Write(link.Line);
            writer.Write(link.Column);
            writer.Write(link.IsImage);
            Write(writer, link.Title);
            writer.Write(link.Text);
            writer.Write(link.HoldsImage);
            Write(writer, link.LinkAround);
        }

        Write(writer, result.RawHtml);
        Write(writer, result.UnparsedLinks);
        Write(writer, result.EscapedLinks);
        Write(writer, result.AddressLinks);
        writer.Write(result.Anchors.Count);
        foreach (var anchor in result.Anchors.Order(StringComparer.Ordinal))
        {
            writer.Write(anchor);
        }

        writer.Write(result.Tables.Count);
        foreach (var table in result.Tables)
        {
            writer.Write(table.Line);
            writer.Write(table.Column);
            writer.Write(table.HasHeaderRow);
            writer.Write(table.HeaderBlank);
        }

        writer.Write(result.SearchText.Words);
        writer.Write(result.SearchText.Counts.Count);
        foreach (var count in result.SearchText.Counts)
        {
            writer.Write(count);
        }

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

    private static void Write(BinaryWriter writer, IReadOnlyList<(string Text, int Line, int Column)> places)
    {
        writer.Write(places.Count);
        foreach (var (text, line, column) in places)
        {
            writer.Write(text);
            writer.Write(line);
            writer.Write(column);
        }
    }

    private static List<(string, int, int)> ReadPlaces(BinaryReader reader) => reader.ReadList(r => (r.ReadString(), r.ReadInt32(), r.ReadInt32()));
}

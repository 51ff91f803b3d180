using ActionPlan.Diagnostics;
using ActionPlan.Writing;

namespace ActionPlan.Caching;

/// <summary>How the cached results are written and read back, field by field, the same way in every cache file.</summary>
internal static class CacheCodec
{
    public static void Write(this BinaryWriter writer, Diagnostic diagnostic)
    {
        writer.Write((int)diagnostic.Severity);
        writer.Write(diagnostic.Code);
        writer.Write(diagnostic.File);
        writer.Write(diagnostic.Line);
        writer.Write(diagnostic.Column);
        writer.Write(diagnostic.Message);
        writer.Write(diagnostic.Also is not null);
        if (diagnostic.Also is { } also)
        {
            writer.Write(also.File);
            writer.Write(also.Line);
            writer.Write(also.Column);
        }
    }

    public static Diagnostic ReadDiagnostic(this BinaryReader reader)
    {
        var severity = (Severity)reader.ReadInt32();
        var diagnostic = new Diagnostic(severity, reader.ReadString(), reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadString());
        return reader.ReadBoolean() ? diagnostic with { Also = new Location(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32()) } : diagnostic;
    }

    public static void Write(this BinaryWriter writer, IReadOnlyCollection<Diagnostic> diagnostics) =>
        writer.WriteList(diagnostics, (w, diagnostic) => w.Write(diagnostic));

    public static List<Diagnostic> ReadDiagnostics(this BinaryReader reader) => reader.ReadList(r => r.ReadDiagnostic());

    public static void Write(this BinaryWriter writer, ReadabilityFigures figures)
    {
        writer.Write(figures.Words);
        writer.Write(figures.Sentences);
        writer.Write(figures.LongWords);
        writer.Write(figures.SentencesOverLimit);
        writer.Write(figures.LongestFile ?? "");
        writer.Write(figures.Longest is not null);
        if (figures.Longest is { } longest)
        {
            // The longest sentence is shown by its words and first line; its marks serve only the terms check.
            writer.Write(longest.Language);
            writer.WriteList(longest.Words, (w, word) =>
            {
                w.Write(word.Text);
                w.Write(word.Line);
                w.Write(word.Column);
                w.Write(word.Language);
            });
        }
    }

    public static ReadabilityFigures ReadFigures(this BinaryReader reader)
    {
        var (words, sentences, longWords, over, file) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadString());
        ProseSentence? longest = null;
        if (reader.ReadBoolean())
        {
            var language = reader.ReadString();
            longest = new ProseSentence(reader.ReadList(r => new ProseWord(r.ReadString(), r.ReadInt32(), r.ReadInt32(), r.ReadString())), language);
        }

        return new ReadabilityFigures(words, sentences, longWords, over, longest, file.Length == 0 ? null : file);
    }

    public static void Write(this BinaryWriter writer, PageReadability page)
    {
        writer.Write(page.File);
        writer.Write(page.Language);
        writer.Write(page.Title);
        writer.Write(page.UrlPath);
        writer.Write(page.Figures);
    }

    public static PageReadability ReadPageReadability(this BinaryReader reader) =>
        new(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadFigures());

    public static void Write(this BinaryWriter writer, WritingReport report)
    {
        writer.WriteList(report.Pages, (w, page) => w.Write(page));
        writer.WriteList(report.Languages, (w, language) =>
        {
            w.Write(language.Language);
            w.Write(language.Name);
            w.Write(language.Figures);
        });
    }

    public static WritingReport ReadWritingReport(this BinaryReader reader) =>
        new(reader.ReadList(r => r.ReadPageReadability()), reader.ReadList(r => new LanguageReadability(r.ReadString(), r.ReadString(), r.ReadFigures())));

    /// <summary>Writes a list as its count and its items, as <see cref="ReadList"/> reads it.</summary>
    public static void WriteList<T>(this BinaryWriter writer, IReadOnlyCollection<T> items, Action<BinaryWriter, T> item)
    {
        writer.Write(items.Count);
        foreach (var one in items)
        {
            item(writer, one);
        }
    }

    /// <summary>A list written as its count and its items; a count larger than the bytes left is a damaged file, not an allocation.</summary>
    public static List<T> ReadList<T>(this BinaryReader reader, Func<BinaryReader, T> item)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new FormatException("damaged cache: a count larger than the file");
        }

        var list = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(item(reader));
        }

        return list;
    }
}

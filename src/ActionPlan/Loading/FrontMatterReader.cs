using System.Globalization;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Domain;
using ActionPlan.Yaml;

namespace ActionPlan.Loading;

/// <summary>
/// Splits a source file at its front matter (YAML between two '---' lines at the top) and reads it
/// strictly: a missing title or a wrong type is an error, an unknown key a warning, each at its line.
/// </summary>
public static class FrontMatterReader
{
    private const string Fence = "---";

    // The keys a page of each kind may have, listed once per kind rather than once per page; under a kind not known,
    // every kind's keys are accepted.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<ContentKind, IReadOnlyList<string>> KnownKeys = new();
    private static readonly Lazy<IReadOnlyList<string>> AnyKindKeys = new(() => [.. PageFields.Keys.Concat(ContentKind.All.SelectMany(c => c.Keys)).Distinct()]);

    /// <summary>
    /// Reads one file. Problems are reported, and the page is returned even so: a page whose front matter cannot
    /// be read still exists for links, twins and references (its title unknown), so only its own error is shown.
    /// </summary>
    /// <param name="source">The file.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="languageCodes">The site's language codes (for per-language fields); default: the file's own.</param>
    /// <param name="kept">
    /// Where front matter read before is kept: given the digest of the front matter's bytes (with its fences) and how to
    /// read it, it returns what was read from the same bytes before, or reads it; default: always read.
    /// </param>
    public static ParsedSource Read(SourceFile source, DiagnosticBag diagnostics, IReadOnlyList<string>? languageCodes = null,
        Func<byte[], Func<ReadFrontMatter>, ReadFrontMatter>? kept = null)
    {
        // What is before the body is the front matter, which other pages can show.
        var (parsed, frontDigest) = ReadParts(source, diagnostics, languageCodes, kept);
        var digest = source.Digest.Length > 0 ? source.Digest : SourceFile.DigestOf(source.Text);
        return parsed with { Source = parsed.Source with { Digest = digest, FrontDigest = frontDigest } };
    }

    /// <summary>The source split, and the digest of what is before its body.</summary>
    private static (ParsedSource Parsed, byte[] FrontDigest) ReadParts(SourceFile source, DiagnosticBag diagnostics, IReadOnlyList<string>? languageCodes,
        Func<byte[], Func<ReadFrontMatter>, ReadFrontMatter>? kept)
    {
        var text = source.Text;
        var file = source with { Text = "", Rest = null };
        if (!IsFence(FirstLine(text, 0)))
        {
            diagnostics.Error("no-front-matter", source.Path, 1, 1,
                "the file must start with front matter: a line '---', then 'title: ...', then another '---'.");
            return (new ParsedSource(file, Unreadable(source), text, 1), SourceFile.DigestOf(""));
        }

        if (Split(text) is not { } split)
        {
            diagnostics.Error("no-front-matter", source.Path, 1, 1,
                "the front matter that starts on line 1 never ends: add a line '---' after it.");
            var after = text.IndexOf('\n') is var first and >= 0 ? text[(first + 1)..] : "";
            return (new ParsedSource(file, Unreadable(source), "", 2 + after.Count('\n') + (after.Length > 0 && !after.EndsWith('\n') ? 1 : 0)) { BodyKnown = false }, SourceFile.DigestOf(text));
        }

        var (yamlStart, position, bodyStart) = split;
        var line = 2 + text.AsSpan(yamlStart, position - yamlStart).Count('\n');
        var frontDigest = SourceFile.DigestOf(text.AsSpan(0, bodyStart));
        ReadFrontMatter ReadYaml()
        {
            var local = new DiagnosticBag();
            var map = YamlText.ParseMapping(text[yamlStart..position], source.Path, 2, local);
            return new(map is null ? Unreadable(source) : Bind(map, source, languageCodes ?? [source.Language.Code]), local.ToSortedList());
        }

        var read = kept is null ? ReadYaml() : kept(frontDigest, ReadYaml);
        foreach (var diagnostic in read.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        var parsed = source.Rest is { } rest
            ? ParsedSource.Later(file, read.FrontMatter, rest, line + 1)
            : new ParsedSource(file, read.FrontMatter, text[bodyStart..], line + 1);
        return (parsed, frontDigest);
    }

    /// <summary>
    /// Where a text's front matter (YAML between a first line '---' and the next line '---') starts and ends, and where
    /// the body after it starts; null when the text does not start with front matter or it never ends.
    /// </summary>
    public static (int YamlStart, int YamlEnd, int BodyStart)? Split(string text)
    {
        var first = text.IndexOf('\n');
        if (!IsFence(FirstLine(text, 0)) || first < 0)
        {
            return null;
        }

        var position = first + 1;
        while (position < text.Length && !IsFence(FirstLine(text, position)))
        {
            var next = text.IndexOf('\n', position);
            position = next < 0 ? text.Length : next + 1;
        }

        return position >= text.Length ? null : (first + 1, position, text.IndexOf('\n', position) is var end and >= 0 ? end + 1 : text.Length);
    }

    /// <summary>Front matter that could not be read: the page's kind comes from its folder and nothing else is known.</summary>
    private static PageFrontMatter Unreadable(SourceFile source) =>
        new(source.Name, null, null, null, null, null, 0) { Facts = KindBinder.Unknown(DefaultKind(source)), Readable = false };

    private static ContentKind DefaultKind(SourceFile source) =>
        source.IsIndex ? ContentKind.Page : ContentKind.ForFolder(source.Folder.Split('/')[0]);

    private static PageFrontMatter Bind(YamlMap map, SourceFile source, IReadOnlyList<string> languageCodes)
    {
        // A name that is no kind leaves the kind unknown; an absent kind, or one that is not a name, is the folder's.
        var kind = PageFields.Kind.ReadFrom(map, languageCodes);
        if (kind is null && !(map.IsBroken(PageFields.Kind.Key) && map.Value(PageFields.Kind.Key) is YamlDotNet.RepresentationModel.YamlScalarNode))
        {
            kind = DefaultKind(source);
        }

        // With an unknown kind its fields cannot be read; every kind's keys are accepted so no key is called unknown.
        var facts = kind is { } known ? KindBinder.Bind(known, map, languageCodes) : KindBinder.Unknown(DefaultKind(source));
        var title = PageFields.Title.ReadFrom(map, languageCodes);
        var shortTitle = PageFields.ShortTitle.ReadFrom(map, languageCodes);
        if (shortTitle is not null && shortTitle.Length > PageFields.ShortTitle.MaxLength)
        {
            map.ErrorAt(PageFields.ShortTitle.Key, "bad-value", string.Create(CultureInfo.InvariantCulture,
                $"'{PageFields.ShortTitle.Key}' has {shortTitle.Length} characters; shorten it to {PageFields.ShortTitle.MaxLength} or fewer: it names the page where space is short (the main navigation, breadcrumbs, a chart's labels)."));
            shortTitle = null;
        }

        var summary = PageFields.Summary.ReadFrom(map, languageCodes);
        var slug = PageFields.Slug.ReadFrom(map, languageCodes);
        if (slug is not null && !UrlName.IsValid(slug))
        {
            map.ErrorAt(PageFields.Slug.Key, "bad-slug", $"slug '{slug}' may use only lower-case letters, digits and single '-' between them, e.g. 'familien-i-centrum'.");
            slug = null;
        }

        if (slug is not null && source.IsIndex)
        {
            map.ErrorAt(PageFields.Slug.Key, "bad-slug", "a section's own page (_index) takes its URL from the folder; remove 'slug' or set the section's name in site.yml.");
            slug = null;
        }

        var date = PageFields.Date.ReadFrom(map, languageCodes);
        var updated = PageFields.Updated.ReadFrom(map, languageCodes);
        var layout = PageFields.Layout.ReadFrom(map, languageCodes);
        if (layout is not null && !UrlName.IsValid(layout))
        {
            map.ErrorAt(PageFields.Layout.Key, "bad-layout", $"layout '{layout}' must name a file in the theme's Layouts/ folder, without '.cshtml'.");
            layout = null;
        }

        var weight = PageFields.Weight.ReadFrom(map, languageCodes) ?? 0;
        var draft = PageFields.Draft.ReadFrom(map, languageCodes) ?? false;
        var expires = PageFields.Expires.ReadFrom(map, languageCodes);

        // Read with their lines, for the message about an alias that clashes.
        var aliases = map.StringItems(PageFields.Aliases.Key).Select(a => (a.Value, a.Line)).ToList();
        var sourceLanguage = PageFields.SourceLanguage.ReadFrom(map, languageCodes);
        var translated = PageFields.Translated.ReadFrom(map, languageCodes);
        map.ReportUnknownKeys(kind is { } k ? KnownKeys.GetOrAdd(k, k => [.. PageFields.Keys.Concat(k.Keys).Distinct()]) : AnyKindKeys.Value);
        return new PageFrontMatter(title ?? source.Name, summary, slug, date, updated, layout, weight)
        {
            Lines = map.KeyLines(), Facts = facts, ShortTitle = shortTitle, Draft = draft, Expires = expires, Aliases = aliases,
            SourceLanguage = sourceLanguage, Translated = translated, Words = PageFields.Words.ReadFrom(map, languageCodes) ?? [],
            SummaryAt = summary is null ? null : OneLinePosition(map, PageFields.Summary.Key, summary),
        };
    }

    /// <summary>Where a one-line text value's first character is, when every character stands where it is written (no escapes, no folding).</summary>
    private static (int Line, int Column)? OneLinePosition(YamlMap map, string key, string value)
    {
        if (map.Value(key) is not YamlDotNet.RepresentationModel.YamlScalarNode node || node.Start.Line != node.End.Line)
        {
            return null;
        }

        var quotes = node.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted ? 1 : 0;
        if (node.Style is not (YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted)
            || node.End.Column - node.Start.Column != value.Length + 2 * quotes)
        {
            return null;
        }

        var (line, column) = map.PositionOf(key);
        return (line, column + quotes);
    }

    private static ReadOnlySpan<char> FirstLine(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return text.AsSpan(start, (end < 0 ? text.Length : end) - start);
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd().SequenceEqual(Fence);
}

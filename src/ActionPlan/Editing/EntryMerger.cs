using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Loading;
using ActionPlan.Scaffolding;
using ActionPlan.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ActionPlan.Editing;

/// <summary>
/// What a save from the browser editor writes: each language's new values merged into its file as it is on disk
/// (only what changed; <see cref="YamlMerger"/>), every twin given the facts of the source-language page
/// (<see cref="TwinCompleter"/>), and a new page's address in each language made from that language's title.
/// </summary>
internal static class EntryMerger
{
    /// <summary>One file of a page: as it is on disk (null for a new one) and as the editor sent it, both with '\n' line ends.</summary>
    public sealed record File(string Path, string? OnDisk, string Sent);

    /// <summary>The text each file is to have, in the order given.</summary>
    /// <exception cref="FormatException">A text without readable front matter, with a message for the editor.</exception>
    public static IReadOnlyList<(string Path, string Text)> Merge(IReadOnlyList<File> files, SiteConfig config, bool creating)
    {
        var codes = config.Languages.Select(l => l.Code).ToList();
        var entries = files.Select(f => (File: f, Entry: Read(f.Path, f.Sent, config, codes))).ToList();
        if (creating)
        {
            foreach (var (file, entry) in entries)
            {
                SlugFromTitle(file.Path, entry.Values);
            }
        }

        // The page its twins are translated from: as the page says, else the site's first language.
        var named = entries.Select(e => (YamlMerger.Find(e.Entry.Values, PageFields.SourceLanguage.Key) as YamlScalarNode)?.Value).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        var source = entries.OrderBy(e => Language(e.File.Path) == (named ?? config.DefaultLanguage.Code) ? 0 : 1)
            .ThenBy(e => codes.IndexOf(Language(e.File.Path))).First();
        foreach (var (_, twin) in entries.Where(e => e.File != source.File))
        {
            TwinCompleter.Complete(source.Entry, twin);
        }

        return [.. entries.Select(e => (e.File.Path, Written(e.File, e.Entry)))];
    }

    private static TwinCompleter.Entry Read(string path, string text, SiteConfig config, IReadOnlyList<string> codes)
    {
        if (FrontMatterReader.Split(text) is not var (start, end, _))
        {
            throw new FormatException($"'{path}' was sent without front matter ('---' lines around its fields); nothing was saved");
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text[start..end]));
        }
        catch (YamlException e)
        {
            throw new FormatException($"'{path}' was sent with front matter that is not YAML ({e.Message}); nothing was saved");
        }

        var values = stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping ? mapping : new YamlMappingNode();

        // The facts as the build reads them, at the positions of the values just parsed.
        var page = ContentScanner.SourceFor(path, config, new DiagnosticBag(), text) ?? throw new FormatException($"'{path}' is not named as a page of this site; nothing was saved");
        var frontMatter = FrontMatterReader.Read(page, new DiagnosticBag(), codes).FrontMatter;
        return new TwinCompleter.Entry(values, frontMatter.Facts.Facts, FirstLine: 2) { Keys = [.. PageFields.Keys, .. frontMatter.Kind.Keys] };
    }

    /// <summary>A new page's address in a language whose title makes another one than its file's name: the title's.</summary>
    private static void SlugFromTitle(string path, YamlMappingNode values)
    {
        var name = System.IO.Path.GetFileName(path).Split('.')[0];
        if (YamlMerger.Find(values, PageFields.Title.Key) is YamlScalarNode { Value: { } title } && Slug.From(title) is { Length: > 0 } slug && slug != name
            && YamlMerger.IsEmpty(YamlMerger.Find(values, PageFields.Slug.Key)))
        {
            values.Children[new YamlScalarNode(PageFields.Slug.Key)] = new YamlScalarNode(slug);
        }
    }

    /// <summary>The file's new text: its values merged into the front matter on disk, and the body the editor sent.</summary>
    private static string Written(File file, TwinCompleter.Entry entry)
    {
        var values = entry.Values;
        var (sentStart, sentEnd, sentBody) = FrontMatterReader.Split(file.Sent)!.Value;
        var body = file.Sent[sentBody..];
        if (file.OnDisk is null || FrontMatterReader.Split(file.OnDisk) is not var (start, end, bodyStart))
        {
            return file.Sent[..sentStart] + YamlMerger.Merge("", values) + file.Sent[sentEnd..];
        }

        string yaml;
        try
        {
            // The form has every key the build reads: one it leaves out was cleared; any other key is kept.
            yaml = YamlMerger.Merge(file.OnDisk[start..end], values, entry.Keys.Contains);
        }
        catch (YamlException)
        {
            // What is on disk is not YAML: the editor's version replaces it.
            yaml = YamlMerger.Merge("", values);
        }

        // The editor may add or drop blank lines around the text; only a change in the text itself is written.
        var old = file.OnDisk[bodyStart..];
        var kept = old.Trim('\n') == body.Trim('\n') ? old : old[..(old.Length - old.TrimStart('\n').Length)] + body.Trim('\n') + (old.EndsWith('\n') || old.Length == 0 ? "\n" : "");
        return file.OnDisk[..start] + yaml + file.OnDisk[end..bodyStart] + kept;
    }

    private static string Language(string path) => System.IO.Path.GetFileName(path).Split('.')[^2];
}

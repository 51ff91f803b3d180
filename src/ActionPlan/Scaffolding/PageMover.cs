using System.Text;
using ActionPlan.Build;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Loading;
using ActionPlan.Markup;
using ActionPlan.Model;
using ActionPlan.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ActionPlan.Scaffolding;

/// <summary>
/// Moves or renames a page in every language at once, keeping its old addresses alive: each twin's file is renamed, its
/// old public address added to its <c>aliases:</c>, every Markdown link in content/ that led to it (or, in a moved
/// file, that is relative to its folder) rewritten, and every reference to it by id in front matter renamed with it.
/// The whole change is checked in memory, as the build would load it, before a file is touched: it is made only when
/// the site has no errors before and none after, and a failure while writing puts back what was written.
/// </summary>
public static class PageMover
{
    /// <summary>Moves the page; returns what changed, or null (with diagnostics, and nothing changed) when it cannot.</summary>
    public static PageMoveReport? Move(PageMoveOptions options, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        var site = Path.GetFullPath(options.SiteDirectory);
        var config = SiteConfigReader.Read(site, diagnostics);
        if (config is null)
        {
            return null;
        }

        if (KeyOf(options.From, config, diagnostics) is not { } from || KeyOf(options.To, config, diagnostics) is not { } to)
        {
            return null;
        }

        var scan = new DiagnosticBag();
        var sources = ContentScanner.Scan(site, config, scan);
        var twins = sources.Pages.Where(p => p.TwinKey == from).ToList();
        if (twins.Count == 0)
        {
            diagnostics.Error("no-page", options.From, 0, 0, $"there is no page {ContentScanner.ContentFolder}/{from}.<language>.md to move; name it by its path under {ContentScanner.ContentFolder}/ without language and '.md', e.g. 'projects/berlin'.");
            return null;
        }

        if (from == to)
        {
            diagnostics.Error("usage", options.To, 0, 0, $"this is where {from} already is; name another place to move it to.");
            return null;
        }

        var taken = config.Languages.Select(l => $"{ContentScanner.ContentFolder}/{to}.{l.Code}.md").Where(p => File.Exists(Path.Combine(site, p))).ToList();
        if (taken.Count > 0)
        {
            diagnostics.Error("exists", taken[0], 0, 0, "this page already exists and is left as it is; choose another name to move to.");
            return null;
        }

        // The site must be sound before the change, or its errors could not be told from the move's.
        var before = new DiagnosticBag();
        var current = SiteBuilder.LoadSite(site, before, options.Publishing, builtInThemeDirectory: options.BuiltInThemeDirectory);
        if (current is null || before.HasErrors)
        {
            Refuse(before, diagnostics, options.From, "the site has errors (listed with this one), so moving a page is not safe yet: fix them first ('actionplan check' lists them too); nothing was changed.");
            return null;
        }

        var parsed = sources.Pages.Select(p => (Source: p, Parsed: FrontMatterReader.Read(p, new DiagnosticBag(), config.Languages.Select(l => l.Code).ToList()))).ToList();
        var kind = parsed.First(p => p.Source.TwinKey == from).Parsed.FrontMatter.Kind;
        var plan = new MovePlan(from, to, kind, config);
        var texts = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        var rewritten = new List<(string, int, int)>();
        foreach (var (source, page) in parsed)
        {
            var edits = new List<(int Start, int Length, string Text)>();
            var links = LinkEdits(source, page, plan, edits, diagnostics);
            var references = ReferenceEdits(source, page, plan, edits, diagnostics);
            var moved = source.TwinKey == from;
            if (edits.Count == 0 && !moved)
            {
                continue;
            }

            var text = Apply(source.Text, edits);
            var target = moved ? new SourceFile($"{ContentScanner.ContentFolder}/{to}.{source.Language.Code}.md", plan.ToFolder, plan.ToName, source.Language, text) : source with { Text = text };
            texts[source.Path] = target;
            if (links + references > 0)
            {
                rewritten.Add((target.Path, links, references));
            }
        }

        if (diagnostics.HasErrors)
        {
            diagnostics.Error("move-unsafe", options.From, 0, 0, "some links or references could not be rewritten (listed with this one); nothing was changed.");
            return null;
        }

        // Where each published twin will be, as the build places it, decides whether its old address needs an alias.
        var placed = new DiagnosticBag();
        var placedSite = SiteBuilder.LoadSite(site, placed, options.Publishing, options.BuiltInThemeDirectory, s => Overlay(s, texts));
        var aliases = new List<(string, string)>();
        foreach (var twin in twins)
        {
            if (current.Find(from, twin.Language) is not { } old)
            {
                continue;
            }

            var now = placedSite?.Find(to, twin.Language);
            if (now is not null && now.Kind != old.Kind)
            {
                diagnostics.Error("move-unsafe", twin.Path, 0, 0,
                    $"in {string.Join('/', new[] { ContentScanner.ContentFolder, plan.ToFolder }.Where(f => f.Length > 0))}/ this {old.Kind.Name} would become a {now.Kind.Name}; move it within a folder of its kind, or write 'kind: {old.Kind.Name}' in its front matter first. Nothing was changed.");
                return null;
            }

            if (now is null || now.UrlPath == old.UrlPath)
            {
                continue;
            }

            var file = texts[twin.Path];
            if (WithAlias(file.Text, old.UrlPath) is not { } withAlias)
            {
                diagnostics.Error("move-unsafe", twin.Path, old.FrontMatter.LineOf(PageFields.Aliases.Key), 1,
                    $"its 'aliases:' is written in a form this command cannot add to; write it as 'aliases: [...]' or as '- ...' lines, then move again. Nothing was changed.");
                return null;
            }

            texts[twin.Path] = file with { Text = withAlias };
            aliases.Add((file.Path, old.UrlPath));
        }

        // The site as it will be: any error there is the move's, so it is not made.
        var after = new DiagnosticBag();
        if (SiteBuilder.LoadSite(site, after, options.Publishing, options.BuiltInThemeDirectory, s => Overlay(s, texts)) is null || after.HasErrors)
        {
            Refuse(after, diagnostics, options.From, $"after moving {from} to {to} the site would have the errors listed with this one, so it was not moved; nothing was changed.");
            return null;
        }

        if (!Write(site, texts, diagnostics))
        {
            return null;
        }

        return new PageMoveReport(
            texts.Where(t => t.Key != t.Value.Path).Select(t => (t.Key, t.Value.Path)).OrderBy(r => r.Key, StringComparer.Ordinal).ToList(),
            aliases.OrderBy(a => a.Item1, StringComparer.Ordinal).ToList(),
            rewritten.OrderBy(r => r.Item1, StringComparer.Ordinal).ToList());
    }

    /// <summary>What is moved where: twin keys, folders and ids before and after, and the kind the references name.</summary>
    private sealed record MovePlan(string From, string To, Domain.ContentKind Kind, SiteConfig Config)
    {
        public string FromFolder => Folder(From);

        public string ToFolder => Folder(To);

        public string FromName => From[(From.LastIndexOf('/') + 1)..];

        public string ToName => To[(To.LastIndexOf('/') + 1)..];

        private static string Folder(string key) => key.LastIndexOf('/') is var slash and >= 0 ? key[..slash] : "";
    }

    /// <summary>
    /// The twin key a name stands for: <c>projects/berlin</c>, or a twin's path (<c>content/projects/berlin.en.md</c>);
    /// null (with a usage error) for anything else, a section's own page included (its address is its folder's).
    /// </summary>
    private static string? KeyOf(string written, SiteConfig config, DiagnosticBag diagnostics)
    {
        var key = written.Replace('\\', '/').Trim().Trim('/');
        key = key.StartsWith(ContentScanner.ContentFolder + "/", StringComparison.Ordinal) ? key[(ContentScanner.ContentFolder.Length + 1)..] : key;
        key = key.EndsWith(".md", StringComparison.Ordinal) ? key[..^3] : key;
        var dot = key.LastIndexOf('.');
        if (dot > key.LastIndexOf('/') && config.FindLanguage(key[(dot + 1)..]) is not null)
        {
            key = key[..dot];
        }

        var segments = key.Split('/');
        if (segments.Contains(SourceFile.IndexName))
        {
            diagnostics.Error("usage", written, 0, 0, "a section's own page (_index) takes its address from its folder and cannot be moved by itself; move the pages in it one by one.");
            return null;
        }

        if (key.Length == 0 || !segments.All(UrlName.IsValid))
        {
            diagnostics.Error("usage", written, 0, 0,
                $"name the page by its path under {ContentScanner.ContentFolder}/ without language and '.md', in lower-case letters, digits and '-', e.g. 'projects/berlin-exchange'.");
            return null;
        }

        return key;
    }

    /// <summary>Adds the rewrites of the file's Markdown links that lead to the moved page, or that move with it; returns how many.</summary>
    private static int LinkEdits(SourceFile source, ParsedSource page, MovePlan plan, List<(int, int, string)> edits, DiagnosticBag diagnostics)
    {
        var bodyStart = source.Text.Length - page.Body.Length;
        var markdown = MarkupParser.Parse(page.Body, page.BodyLine);
        var folder = source.TwinKey == plan.From ? plan.ToFolder : source.Folder;

        // A link written with a reference ('[text][ref]') is rewritten once, at its definition.
        var written = MarkupParser.LinkNodes(markdown.Document).Where(l => l.Reference is null).Select(l => (Span: l.UrlSpan, l.Line, l.Column))
            .Concat(markdown.Document.Descendants<LinkReferenceDefinition>().Select(d => (Span: d.UrlSpan, d.Line, d.Column)))
            .Where(w => !w.Span.IsEmpty)
            .DistinctBy(w => w.Span.Start);
        var count = 0;
        foreach (var (span, line, column) in written)
        {
            var raw = page.Body.Substring(span.Start, span.Length);
            if (Rewrite(raw, source.Folder, folder, plan) is not { } replacement)
            {
                continue;
            }

            if (replacement.Length == 0)
            {
                diagnostics.Error("move-unsafe", source.Path, page.BodyLine + line, column + 1,
                    $"the link '{raw}' leads to the moved page but is written in a form this command cannot rewrite; write it as '[text](file.md)' and move again.");
                continue;
            }

            edits.Add((bodyStart + span.Start, span.Length, replacement));
            count++;
        }

        return count;
    }

    /// <summary>
    /// A link's new destination as written in Markdown: to the moved page's new file, or the same file from the moved
    /// page's new folder; null when it stays as it is, and '' when it must change but cannot be written back safely.
    /// </summary>
    private static string? Rewrite(string raw, string fromFolder, string toFolder, MovePlan plan) =>
        Rewrite(raw, fromFolder, toFolder, plan.From, plan.To, code => plan.Config.FindLanguage(code) is not null);

    /// <summary>
    /// A link's new destination, written in a file that moves from <paramref name="fromFolder"/> to <paramref name="toFolder"/>
    /// of content/ while the page <paramref name="from"/> becomes <paramref name="to"/> (twin keys); see the overload.
    /// </summary>
    internal static string? Rewrite(string raw, string fromFolder, string toFolder, string from, string to, Func<string, bool> isLanguage)
    {
        var pointy = raw.StartsWith('<') && raw.EndsWith('>');
        var url = pointy ? raw[1..^1] : raw;
        if (url.Length == 0 || url.StartsWith('#') || url.StartsWith("//", StringComparison.Ordinal) || LinkResolver.Scheme().IsMatch(url))
        {
            return null;
        }

        var cut = url.IndexOfAny(['?', '#']);
        var (written, suffix) = cut < 0 ? (url, "") : (url[..cut], url[cut..]);
        var path = LinkResolver.Unescape(written);
        var fromRoot = path.StartsWith('/');
        if (LinkResolver.Normalize(fromRoot ? path[1..] : LinkResolver.Join(fromFolder, path)) is not { } target)
        {
            return null;
        }

        var moved = target;
        if (target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            var stem = target[..^3];
            var dot = stem.LastIndexOf('.');
            var language = dot > stem.LastIndexOf('/') && isLanguage(stem[(dot + 1)..]) ? stem[dot..] : "";
            if (stem[..(stem.Length - language.Length)] == from)
            {
                moved = to + language + target[^3..];
            }
        }

        if (moved == target && (fromRoot || fromFolder == toFolder))
        {
            return null;
        }

        if (written.Contains('%') || written.Contains('\\'))
        {
            return "";
        }

        var rewritten = (fromRoot ? "/" + moved : RelativeLink(toFolder, moved)) + suffix;
        return pointy ? $"<{rewritten}>" : rewritten.Contains(' ') || rewritten.Contains('(') || rewritten.Contains(')') ? "" : rewritten;
    }

    /// <summary>Adds the renames of the file's references by id to the moved page, where its id changes; returns how many.</summary>
    private static int ReferenceEdits(SourceFile source, ParsedSource page, MovePlan plan, List<(int, int, string)> edits, DiagnosticBag diagnostics)
    {
        if (plan.FromName == plan.ToName)
        {
            return 0;
        }

        var count = 0;
        foreach (var reference in page.FrontMatter.Facts.References.Where(r => r.Target == plan.Kind && r.Id == plan.FromName))
        {
            var at = Offset(source.Text, reference.Line, reference.Column);
            var quote = at < source.Text.Length && source.Text[at] is '"' or '\'' ? 1 : 0;
            if (at < 0 || string.CompareOrdinal(source.Text, at + quote, plan.FromName, 0, plan.FromName.Length) != 0)
            {
                diagnostics.Error("move-unsafe", source.Path, reference.Line, reference.Column,
                    $"'{reference.Field}' names '{plan.FromName}' in a form this command cannot rewrite; write it as '{plan.FromName}' and move again.");
                continue;
            }

            edits.Add((at + quote, plan.FromName.Length, plan.ToName));
            count++;
        }

        return count;
    }

    /// <summary>The text with an address added to its front matter's <c>aliases:</c>, only those lines changed; null when that cannot be done.</summary>
    private static string? WithAlias(string text, string address) => YamlListAppender.AppendToFrontMatter(text, PageFields.Aliases.Key, address);

    /// <summary>The sources with the planned files in place of (or instead of) the ones they replace, in path order.</summary>
    private static SiteSources Overlay(SiteSources sources, IReadOnlyDictionary<string, SourceFile> texts) =>
        sources with
        {
            Pages = sources.Pages.Select(p => texts.GetValueOrDefault(p.Path, p)).OrderBy(p => p.Path, StringComparer.Ordinal).ToList(),
        };

    /// <summary>
    /// Writes the planned files: each new text beside its file first, then every one into place, the old names of the
    /// moved twins removed last. A failure puts back what was already written, so the site is never left half-moved.
    /// </summary>
    private static bool Write(string site, IReadOnlyDictionary<string, SourceFile> texts, DiagnosticBag diagnostics)
    {
        var staged = new List<(string Old, string New, string Temporary, byte[] Original)>();
        var placed = new List<(string Old, string New, byte[] Original)>();
        try
        {
            foreach (var (oldPath, file) in texts.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                var old = Path.Combine(site, oldPath);
                var original = File.ReadAllBytes(old);
                var target = Path.Combine(site, file.Path);
                var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.moving");
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(temporary, ContentScanner.AsWritten(file.Text, original));
                staged.Add((old, target, temporary, original));
            }

            foreach (var (old, target, temporary, original) in staged)
            {
                if (old != target && File.Exists(target))
                {
                    throw new IOException($"{target} appeared while moving");
                }

                File.Move(temporary, target, overwrite: true);
                placed.Add((old, target, original));
            }

            foreach (var (old, target, _) in placed.Where(p => p.Old != p.New))
            {
                File.Delete(old);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var (old, target, original) in placed)
            {
                if (old == target)
                {
                    File.WriteAllBytes(old, original);
                }
                else
                {
                    File.Delete(target);
                    if (!File.Exists(old))
                    {
                        File.WriteAllBytes(old, original);
                    }
                }
            }

            foreach (var (_, _, temporary, _) in staged)
            {
                File.Delete(temporary);
            }

            diagnostics.Error("move-unsafe", Path.GetRelativePath(site, staged.LastOrDefault().New ?? site).Replace('\\', '/'), 0, 0,
                $"the files could not be written ({e.Message}); what was written is put back, so nothing was changed. Check that content/ is writable and try again.");
            return false;
        }
    }


    private static void Refuse(DiagnosticBag found, DiagnosticBag diagnostics, string page, string message)
    {
        foreach (var diagnostic in found.ToSortedList().Where(d => d.Severity == Severity.Error))
        {
            diagnostics.Add(diagnostic);
        }

        diagnostics.Error("move-unsafe", page, 0, 0, message);
    }

    private static string Apply(string text, List<(int Start, int Length, string Text)> edits)
    {
        var builder = new StringBuilder(text);
        foreach (var (start, length, replacement) in edits.OrderByDescending(e => e.Start))
        {
            builder.Remove(start, length).Insert(start, replacement);
        }

        return builder.ToString();
    }

    /// <summary>The index of a one-based line and column in a text, or -1.</summary>
    private static int Offset(string text, int line, int column)
    {
        var at = 0;
        for (var l = 1; l < line; l++)
        {
            at = text.IndexOf('\n', at) + 1;
            if (at == 0)
            {
                return -1;
            }
        }

        return at + column - 1;
    }

    /// <summary>A link from a folder to a path of content/; './' for the folder itself, which would otherwise be ''.</summary>
    private static string RelativeLink(string folder, string target) => LinkResolver.RelativeLink(folder, target) is { Length: > 0 } link ? link : "./";
}

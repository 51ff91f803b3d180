using System.Text;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;

namespace ActionPlan.Loading;

/// <summary>
/// Finds the site's sources: Markdown files under content/ (named <c>&lt;name&gt;.&lt;lang&gt;.md</c>) and
/// the assets beside them and under static/. Hidden files and folders (starting with '.') are skipped.
/// </summary>
public static class ContentScanner
{
    /// <summary>The folder of Markdown content inside a site.</summary>
    public const string ContentFolder = "content";

    /// <summary>The folder of files copied as they are inside a site.</summary>
    public const string StaticFolder = "static";

    /// <summary>UTF-8 that refuses bytes it cannot decode, so a file saved in another encoding is an error, not garbled text.</summary>
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Scans a site folder; files that cannot be used become diagnostics. A source that <paramref name="digests"/> knows
    /// unchanged is read up to the end of its front matter, its body when something asks for it (<see cref="SourceFile.Rest"/>).
    /// </summary>
    public static SiteSources Scan(string siteDirectory, SiteConfig config, DiagnosticBag diagnostics, Caching.FileDigests? digests = null)
    {
        var contentRoot = Path.Combine(siteDirectory, ContentFolder);
        if (!Directory.Exists(contentRoot))
        {
            diagnostics.Error("no-content", ContentFolder, 0, 0, $"there is no {ContentFolder}/ folder in the site; create it and add content/_index.{config.DefaultLanguage.Code}.md.");
            return new SiteSources([], []);
        }

        // Links are not followed: a linked folder can loop back on itself or reach outside the site.
        foreach (var link in Links(contentRoot))
        {
            diagnostics.Error("symlink", $"{ContentFolder}/{link}", 0, 0,
                "this is a symbolic link, which the build does not follow (it could loop or reach outside the site); put the real files here instead.");
        }

        var files = ListFiles(contentRoot).ToList();
        var assets = files.Where(r => !IsMarkdown(r)).Select(r => new AssetFile($"{ContentFolder}/{r}", Path.Combine(contentRoot, r), r)).ToList();

        // Reading waits on the disk more than on the processor: several files at a time, kept in path order.
        var markdown = files.Where(IsMarkdown).ToList();
        var read = new SourceFile?[markdown.Count];
        Parallel.For(0, markdown.Count, i => read[i] = ReadSource($"{ContentFolder}/{markdown[i]}", Path.Combine(contentRoot, markdown[i]), config, diagnostics, digests));
        var pages = read.OfType<SourceFile>().ToList();

        var staticRoot = Path.Combine(siteDirectory, StaticFolder);
        if (Directory.Exists(staticRoot))
        {
            assets.AddRange(ListFiles(staticRoot).Select(r => new AssetFile($"{StaticFolder}/{r}", Path.Combine(staticRoot, r), r)));
        }

        return new SiteSources(pages, assets);
    }

    private static bool IsMarkdown(string relativePath) => relativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads text as strict UTF-8 and normalises it: byte-order mark dropped, CRLF and CR to LF. Bytes that are not
    /// UTF-8 are an error at the line they are on; the text is still returned (with those bytes replaced), so the
    /// page exists for the links to it and only its own error is reported.
    /// </summary>
    public static string ReadText(string fullPath, string sitePath, DiagnosticBag diagnostics) =>
        Decode(File.ReadAllBytes(fullPath), sitePath, diagnostics).Text;

    /// <summary>The bytes as text (see <see cref="ReadText"/>), and whether they were UTF-8 without a fault.</summary>
    private static (string Text, bool Clean) Decode(byte[] bytes, string sitePath, DiagnosticBag diagnostics)
    {
        string text;
        var clean = true;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(e.Index, 0, bytes.Length);
            var line = 1 + bytes.AsSpan(0, at).Count((byte)'\n');
            diagnostics.Error("encoding", sitePath, line, 0, $"line {line} has characters that are not UTF-8 text (the file was perhaps saved as Windows-1252 or Latin-1); save the file again as UTF-8.");
            text = Encoding.UTF8.GetString(bytes);
            clean = false;
        }

        return (text.TrimStart('\uFEFF').ReplaceLineEndings("\n"), clean);
    }

    /// <summary>The new text in the file's own form: its byte-order mark and Windows line ends kept, as the editor saved it.</summary>
    public static byte[] AsWritten(string text, byte[] original)
    {
        var bom = original.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var crlf = original.AsSpan().IndexOf("\r\n"u8) >= 0;
        var bytes = Encoding.UTF8.GetBytes(crlf ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text);
        return bom ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes;
    }

    /// <summary>Files below a folder, relative and '/'-separated, in ordinal order so every machine agrees.</summary>
    internal static IEnumerable<string> ListFiles(string root)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
            IgnoreInaccessible = true,
        };
        return Directory.EnumerateFiles(root, "*", options)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(r => !r.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<string> Links(string root)
    {
        // The enumeration already knows which entries are links; asking each file again costs a call per file.
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        var links = new System.IO.Enumeration.FileSystemEnumerable<string>(root, (ref System.IO.Enumeration.FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0,
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return links
            .Select(entry => Path.GetRelativePath(root, entry).Replace('\\', '/'))
            .Where(r => !r.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A source file read; its digest is the SHA-256 of its bytes.</summary>
    private static SourceFile? ReadSource(string sitePath, string full, SiteConfig config, DiagnosticBag diagnostics, Caching.FileDigests? digests)
    {
        if (SourceFor(sitePath, config, diagnostics) is not { } source)
        {
            return null;
        }

        // The stamp is taken before the bytes are read, so a change made in between is not remembered as this text.
        var stamp = digests is null ? null : Caching.FileDigests.Stamp.Of(full);
        if (stamp is { } known && digests!.CleanTextDigest(full, known) is { } kept && SourceHead.Read(full, sitePath, kept, () => digests.Forget(full), diagnostics) is var (head, rest))
        {
            return source with { Text = head, Rest = rest, Digest = kept };
        }

        var bytes = File.ReadAllBytes(full);
        var (text, clean) = Decode(bytes, sitePath, diagnostics);
        var digest = System.Security.Cryptography.SHA256.HashData(bytes);
        if (stamp is { } taken && clean)
        {
            digests!.Remember(full, taken, digest, cleanText: true);
        }

        return source with { Text = text, Digest = digest };
    }

    /// <summary>
    /// The page a file under content/ is (its folder, name and language from its path), with <paramref name="text"/>
    /// ('\n' line ends) as its text; null, with an error, when its name does not end in one of the site's languages.
    /// </summary>
    public static SourceFile? SourceFor(string sitePath, SiteConfig config, DiagnosticBag diagnostics, string text = "")
    {
        var relative = sitePath[(ContentFolder.Length + 1)..];
        var slash = relative.LastIndexOf('/');
        var folder = slash < 0 ? "" : relative[..slash];
        var fileName = relative[(slash + 1)..];
        var parts = fileName[..^3].Split('.');
        var codes = string.Join(", ", config.Languages.Select(l => l.Code));
        if (parts.Length < 2 || config.FindLanguage(parts[^1]) is not { } language)
        {
            diagnostics.Error("file-language", sitePath, 0, 0,
                $"the file name must end in the page's language ({codes}), e.g. '{parts[0]}.{config.DefaultLanguage.Code}.md'.");
            return null;
        }

        return new SourceFile(sitePath, folder, string.Join('.', parts[..^1]), language, text);
    }
}

using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ActionPlan.Model;

namespace ActionPlan.Caching;

/// <summary>
/// Each page's HTML as the last builds rendered it, remembered by a fingerprint of everything its rendering reads:
/// the site's part (<see cref="SiteKey"/>: every input but the content's Markdown, and every page's front matter and
/// headings) and the page's own (its address and, for a written page, its text). A page whose fingerprint is
/// unchanged, and whose file in the previous output still has the bytes it was rendered with, is not rendered
/// again: its file is taken as it is. A change to one page's body thus renders that page only; a change to
/// anything other pages show (a title, a heading, a fact, a template) renders them all.
/// </summary>
public sealed class RenderMemory
{
    private const string Kind = "actionplan-render-1";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ConcurrentDictionary<string, (string Fingerprint, byte[] Html)> _kept = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Fingerprint, byte[] Html)> _used = new(StringComparer.Ordinal);
    private byte[] _siteKey = [];
    private string? _output;
    private FileDigests _files = FileDigests.None(DateTime.UtcNow);
    private int _recalled;

    /// <summary>How the saved memory was found when this one was loaded.</summary>
    public CacheFile.Found Found { get; private init; } = CacheFile.Found.Missing;

    /// <summary>How many pages this build took from the previous output instead of rendering them.</summary>
    public int Recalled => _recalled;

    /// <summary>The memory saved at <paramref name="file"/>; an empty one when there is none, or it is of another version or damaged.</summary>
    public static RenderMemory Load(string file)
    {
        var (found, payload) = CacheFile.Read(file, Kind);
        var memory = new RenderMemory { Found = found };
        if (found == CacheFile.Found.Whole)
        {
            using var reader = new BinaryReader(new MemoryStream(payload));
            foreach (var (path, fingerprint, html) in reader.ReadList(r => (r.ReadString(), r.ReadString(), r.ReadBytes(SHA256.HashSizeInBytes))))
            {
                memory._kept[path] = (fingerprint, html);
            }
        }

        return memory;
    }

    /// <summary>
    /// The site's part of every page's fingerprint: the digest of every input but the content's Markdown
    /// (<see cref="BuildInputs.Shell"/>) and the content's part (<see cref="ContentKey"/>).
    /// </summary>
    public static byte[] SiteKey(byte[] shell, byte[] content) => new KeyBuilder().Add(shell).Add(content).Digest();

    /// <summary>
    /// What of the content's Markdown any page can show: for every source read, its path, its front matter, and its
    /// headings and anchors, which links into it are checked against. Not its body, which only its own page shows.
    /// </summary>
    public static byte[] ContentKey(IEnumerable<(Loading.ParsedSource Source, Markup.ParsedMarkdown Markdown)> sources)
    {
        var key = new KeyBuilder();
        foreach (var (source, markdown) in sources.OrderBy(s => s.Source.Source.Path, StringComparer.Ordinal))
        {
            key.Add(source.Source.Path).Add(source.Source.FrontDigest).Add(markdown.HeadingsKnown ? 1 : 0);
            foreach (var heading in markdown.Headings)
            {
                key.Add(heading.Level).Add(heading.Text).Add(heading.Id);
            }

            key.Add(markdown.Anchors.Order(StringComparer.Ordinal));
        }

        return key.Digest();
    }

    /// <summary>
    /// Starts a build whose site key is <paramref name="siteKey"/>, over the previous output in <paramref name="output"/>,
    /// whose files' digests <paramref name="files"/> gives (reading a file only when its size or times changed).
    /// </summary>
    public void Begin(byte[] siteKey, string output, FileDigests files) => (_siteKey, _output, _files) = (siteKey, output, files);

    /// <summary>
    /// The page as the previous output holds it, if it was rendered from what it would be rendered from now and the
    /// file still has those bytes; else null.
    /// </summary>
    public Rendering.RenderedFile? Recall(Page page)
    {
        var fingerprint = FingerprintOf(page);
        if (_output is null || !_kept.TryGetValue(page.OutputPath, out var kept) || kept.Fingerprint != fingerprint)
        {
            return null;
        }

        var file = Path.Combine(_output, page.OutputPath);
        try
        {
            // The file must still be what was rendered: an output edited by hand is rendered again.
            if (!_files.DigestOf(file).AsSpan().SequenceEqual(kept.Html))
            {
                return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        _used[page.OutputPath] = kept;
        Interlocked.Increment(ref _recalled);
        return Rendering.RenderedFile.KeptAs(page, kept.Html, () => Utf8.GetString(File.ReadAllBytes(file)));
    }

    /// <summary>Remembers the page's HTML as this build rendered it; gives the SHA-256 of its bytes.</summary>
    public byte[] Keep(Page page, string html)
    {
        var hash = SHA256.HashData(Utf8.GetBytes(html));
        _used[page.OutputPath] = (FingerprintOf(page), hash);
        return hash;
    }

    /// <summary>Saves what this build rendered or kept (so pages gone are forgotten) at <paramref name="file"/>.</summary>
    public void Save(string file)
    {
        CacheFile.Write(file, Kind, writer =>
        {
            writer.WriteList(_used.OrderBy(e => e.Key, StringComparer.Ordinal).ToList(), (w, entry) =>
            {
                w.Write(entry.Key);
                w.Write(entry.Value.Fingerprint);
                w.Write(entry.Value.Html);
            });
        });
    }

    private string FingerprintOf(Page page)
    {
        var key = new KeyBuilder().Add(_siteKey).Add(page.OutputPath).Add(page.UrlPath);
        return (page.IsWritten ? key.Add(page.Source.Path).Add(page.Source.Digest) : key.Add("made")).Text();
    }
}

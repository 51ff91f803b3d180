using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ActionPlan.Domain;
using ActionPlan.Model;

namespace ActionPlan.Caching;

/// <summary>
/// Each page's HTML as the last builds rendered it, remembered by a fingerprint of everything its rendering reads, in two
/// parts. Its fingerprint, known before it is rendered: the shell (every input but the content's Markdown), what names
/// the page, its own file, its view as values (<see cref="ViewDigest"/>) and the addresses its body's links resolved to.
/// And its reads, known once it was rendered (<see cref="PageReads"/>): the pages whose front matter or body its layouts
/// read, and the pages they looked up, each with its digest in the build that rendered it. A page whose fingerprint is
/// unchanged, whose reads all have the digests they had, and whose file in the previous output still has the bytes it was
/// rendered with, is not rendered again: its file is taken as it is. A change to one page's body thus renders that page
/// only; a change to its title renders the pages that show or read it.
/// </summary>
public sealed class RenderMemory
{
    private const string Kind = "actionplan-render-2";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Dictionary<string, Entry> _kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _keptReads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry> _used = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]?> _reads = new(StringComparer.Ordinal);
    private readonly ViewDigest _views = new();
    private byte[] _shell = [];
    private byte[] _content = [];
    private Site? _site;
    private Dictionary<string, Page> _pages = [];
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
            var reads = reader.ReadList(r => (r.ReadString(), r.ReadBytes(SHA256.HashSizeInBytes)));
            foreach (var (read, digest) in reads)
            {
                memory._keptReads[read] = digest;
            }

            foreach (var (path, entry) in reader.ReadList(r => (r.ReadString(), new Entry(
                r.ReadBytes(SHA256.HashSizeInBytes), r.ReadBytes(SHA256.HashSizeInBytes), r.ReadList(i => reads[i.ReadInt32()].Item1).ToArray()))))
            {
                memory._kept[path] = entry;
            }
        }

        return memory;
    }

    /// <summary>
    /// What of the content's Markdown any page can show: for every source read, its path, its front matter, and its
    /// headings and anchors, which links into it are checked against. Not its body, which only its own page shows. A page
    /// whose view cannot be taken as values is fingerprinted by this.
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
    /// Starts a build of <paramref name="site"/> whose inputs but the content's Markdown have the digest <paramref name="shell"/>
    /// (and the content's, <paramref name="content"/>), over the previous output in <paramref name="output"/>, whose
    /// files' digests <paramref name="files"/> gives (reading a file only when its size or times changed).
    /// </summary>
    public void Begin(byte[] shell, byte[] content, Site site, string output, FileDigests files)
    {
        (_shell, _content, _site, _output, _files) = (shell, content, site, output, files);
        _pages = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            // Two pages at one address are an error of the build, which then keeps nothing; the first is taken.
            _pages.TryAdd(page.UrlPath, page);
        }
    }

    /// <summary>
    /// The fingerprint of a page whose view, without its body, is <paramref name="view"/>: what its rendering reads, but
    /// for what its layouts read of other pages.
    /// </summary>
    public byte[] FingerprintOf(Page page, object view)
    {
        var key = new ViewDigest.Writer(_views);
        key.Bytes(_shell);
        key.Text(page.OutputPath);
        key.Add(page);
        if (page.IsWritten)
        {
            // The body's HTML is its parse (by the file's bytes) with its links' resolved addresses.
            key.Bytes(page.Source.Digest);
            foreach (var link in _site!.LinksOf(page))
            {
                key.Number(link.Link.Line);
                key.Number(link.Link.Column);
                key.Text(link.Link.Url);
                key.Text(link.Href);
                key.Text(link.Language?.Code ?? "\0");
                key.Text(link.Asset ?? "\0");
            }
        }

        if (!key.Add(view))
        {
            key.Bytes(_content);
        }

        return key.Digest();
    }

    /// <summary>
    /// The page as the previous output holds it, if it was rendered from what it would be rendered from now (the same
    /// <paramref name="fingerprint"/>, the same reads) and the file still has those bytes; else null.
    /// </summary>
    public Rendering.RenderedFile? Recall(Page page, byte[] fingerprint)
    {
        if (_output is null || !_kept.TryGetValue(page.OutputPath, out var kept) || !kept.Fingerprint.AsSpan().SequenceEqual(fingerprint)
            || !kept.Reads.All(read => _keptReads.TryGetValue(read, out var then) && DigestOf(read) is { } now && now.AsSpan().SequenceEqual(then)))
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

    /// <summary>Remembers the page's HTML as this build rendered it from what <paramref name="reads"/> noted; gives the SHA-256 of its bytes.</summary>
    public byte[] Keep(Page page, byte[] fingerprint, string html, PageReads reads)
    {
        var hash = SHA256.HashData(Utf8.GetBytes(html));
        // A written page's reads of itself are in its fingerprint, by its file's bytes.
        bool Other(Page read) => !(page.IsWritten && ReferenceEquals(read, page));
        var named = reads.Fronts.Where(Other).Select(p => "f" + p.UrlPath)
            .Concat(reads.Bodies.Where(Other).Select(p => "b" + p.UrlPath))
            .Concat(reads.Lookups.Keys.Select(l => $"l{l.Kind.Name}\n{l.Language}\n{l.Id}"));
        _used[page.OutputPath] = new Entry(fingerprint, hash, named.Order(StringComparer.Ordinal).ToArray());
        return hash;
    }

    /// <summary>Saves what this build rendered or kept (so pages gone are forgotten) at <paramref name="file"/>.</summary>
    public void Save(string file)
    {
        var used = _used.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        var reads = used.SelectMany(e => e.Value.Reads).Distinct().Order(StringComparer.Ordinal)
            .Select(read => (Read: read, Digest: DigestOf(read))).Where(r => r.Digest is not null).ToList();
        var index = reads.Select((r, i) => (r.Read, i)).ToDictionary(r => r.Read, r => r.i, StringComparer.Ordinal);
        CacheFile.Write(file, Kind, writer =>
        {
            writer.WriteList(reads, (w, read) =>
            {
                w.Write(read.Read);
                w.Write(read.Digest!);
            });
            // A page one of whose reads is gone (it cannot be: it was rendered or kept by them) is forgotten.
            writer.WriteList(used.Where(e => e.Value.Reads.All(index.ContainsKey)).ToList(), (w, entry) =>
            {
                w.Write(entry.Key);
                w.Write(entry.Value.Fingerprint);
                w.Write(entry.Value.Html);
                w.WriteList(entry.Value.Reads, (r, read) => r.Write(index[read]));
            });
        });
    }

    /// <summary>What a read gives in this build: a page's front matter and place, its whole file, or a lookup's page; null for a page gone.</summary>
    private byte[]? DigestOf(string read) => _reads.GetOrAdd(read, r =>
    {
        var key = new ViewDigest.Writer(_views);
        switch (r[0])
        {
            case 'f' or 'b' when _pages.GetValueOrDefault(r[1..]) is { } page:
                key.Add(page);
                if (page.IsWritten)
                {
                    key.Text(page.Source.Path);
                    key.Bytes(r[0] == 'b' ? page.Source.Digest : page.Source.FrontDigest);
                }
                else
                {
                    // A page's identity and what it lists: Add takes a page it holds by what names it.
                    key.Add(page.Parent);
                    key.Add(page.Facet);
                    key.Add(page.Items);
                }

                return key.Digest();
            case 'l' when r[1..].Split('\n') is [var kind, var code, var id] && ContentKind.Parse(kind) is { } found
                && _site!.Config.Languages.FirstOrDefault(l => l.Code == code) is { } language:
                key.Add(_site.FindById(found, id, language));
                return key.Digest();
            default:
                return null;
        }
    });

    /// <summary>A page as the last build rendered it: its fingerprint, the SHA-256 of its HTML, and what its layouts read.</summary>
    private sealed record Entry(byte[] Fingerprint, byte[] Html, string[] Reads);
}

using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace ActionPlan.Checking;

/// <summary>
/// Keeps each page's ids and references between builds, keyed by its output path and a SHA-256 of its HTML (UTF-8), so
/// only pages whose HTML changed are scanned again. A preview keeps one in memory; a build into an output folder
/// keeps one on disk beside it (<see cref="Load"/>, <see cref="Save"/>), since a page's scan depends on nothing
/// but its HTML and the scanner, and the tokenizer costs about a quarter of a build's CPU.
/// </summary>
public sealed class LinkScanCache
{
    private const string Magic = "actionplan-link-scans-2";

    // A scan depends on the scanner's code and AngleSharp's tokenizer: a new build of either starts afresh.
    private static readonly string ToolStamp = string.Join('|',
        typeof(LinkScanCache).Assembly.ManifestModule.ModuleVersionId,
        typeof(AngleSharp.Html.Parser.HtmlTokenizer).Assembly.ManifestModule.ModuleVersionId);

    private readonly ConcurrentDictionary<string, (byte[] Hash, PageScan Scan)> _scans = new(StringComparer.Ordinal);

    /// <summary>The cache saved at <paramref name="file"/>, or an empty one when there is none or it cannot be read.</summary>
    public static LinkScanCache Load(string file)
    {
        var cache = new LinkScanCache();
        try
        {
            using var reader = new BinaryReader(File.OpenRead(file));
            if (reader.ReadString() != Magic || reader.ReadString() != ToolStamp)
            {
                return cache;
            }

            for (var count = CountIn(reader); count > 0; count--)
            {
                var path = reader.ReadString();
                var hash = reader.ReadBytes(SHA256.HashSizeInBytes);
                var idCount = CountIn(reader);
                var ids = new HashSet<string>(idCount, StringComparer.Ordinal);
                for (var i = 0; i < idCount; i++)
                {
                    ids.Add(reader.ReadString());
                }

                var referenceCount = CountIn(reader);
                var references = new List<string>(referenceCount);
                for (var i = 0; i < referenceCount; i++)
                {
                    references.Add(reader.ReadString());
                }

                cache._scans[path] = (hash, new PageScan(ids, references));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            // A missing or damaged cache only costs the scans it would have saved.
            cache._scans.Clear();
        }

        return cache;
    }

    // A count no bigger than the bytes left: a damaged file must not make the reader allocate without end.
    private static int CountIn(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position ? count : throw new FormatException("damaged link scan cache");
    }

    /// <summary>
    /// Saves the scans of <paramref name="paths"/> (the pages of the build just made, so pages gone are forgotten)
    /// at <paramref name="file"/>, replacing it whole so a reader never sees half a file.
    /// </summary>
    public void Save(string file, IEnumerable<string> paths)
    {
        var temporary = $"{file}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        try
        {
            using (var writer = new BinaryWriter(File.Create(temporary)))
            {
                var kept = paths.Where(_scans.ContainsKey).Order(StringComparer.Ordinal).ToList();
                writer.Write(Magic);
                writer.Write(ToolStamp);
                writer.Write(kept.Count);
                foreach (var path in kept)
                {
                    var (hash, scan) = _scans[path];
                    writer.Write(path);
                    writer.Write(hash);
                    writer.Write(scan.Ids.Count);
                    foreach (var id in scan.Ids)
                    {
                        writer.Write(id);
                    }

                    writer.Write(scan.References.Count);
                    foreach (var reference in scan.References)
                    {
                        writer.Write(reference);
                    }
                }
            }

            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not saved: the next build scans every page, nothing else.
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// The scan of the HTML <paramref name="read"/> gives at <paramref name="path"/>: the one kept, if it was of the same
    /// bytes (their SHA-256 <paramref name="hash"/> where the caller has taken it, as a build does of every page), else made now.
    /// </summary>
    internal PageScan GetOrScan(string path, Func<string> read, byte[]? hash, Func<string, PageScan> scan)
    {
        // A page's text is read only when its scan is not kept (a kept page's is read from the previous output).
        string? text = null;
        string Html() => text ??= read();
        hash ??= SHA256.HashData(Encoding.UTF8.GetBytes(Html()));
        if (_scans.TryGetValue(path, out var kept) && kept.Hash.AsSpan().SequenceEqual(hash))
        {
            return kept.Scan;
        }

        var fresh = scan(Html());
        _scans[path] = (hash, fresh);
        return fresh;
    }
}

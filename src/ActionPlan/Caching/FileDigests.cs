using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ActionPlan.Caching;

/// <summary>
/// The SHA-256 of each file the last builds read, by the file's size and times, as git's index and rsync know a file
/// unchanged: a file whose size, modification time and creation time are what they were is not read again to know
/// its digest. A time may be too coarse to tell two writes apart when they are moments apart, so a file written
/// within <see cref="Settle"/> of the build that read it is not remembered (git calls such an entry "racily clean").
/// Kept in <c>.actionplan/build/files</c>; entries of files a build did not look at are forgotten.
/// </summary>
public sealed class FileDigests
{
    private const string Kind = "actionplan-files-1";

    /// <summary>How long a file must have been left as it is before a build trusts its times to tell a later change.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, Entry> _kept = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry> _used = new(StringComparer.Ordinal);
    private readonly long _settledBefore;

    private FileDigests(DateTime now) => _settledBefore = (now - Settle).Ticks;

    /// <summary>What the file's size and times were when its digest was taken.</summary>
    /// <param name="Length">Its size in bytes.</param>
    /// <param name="Written">Its modification time, in ticks (UTC).</param>
    /// <param name="Created">Its creation (or status change) time as the platform gives it, in ticks (UTC).</param>
    public readonly record struct Stamp(long Length, long Written, long Created)
    {
        /// <summary>The file's stamp now, or null when it cannot be read.</summary>
        public static Stamp? Of(string path)
        {
            try
            {
                var info = new FileInfo(path);
                return info.Exists ? new Stamp(info.Length, info.LastWriteTimeUtc.Ticks, info.CreationTimeUtc.Ticks) : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
    }

    /// <summary>One file's digest, the stamp it was taken at, and whether its bytes were read as strict UTF-8 text without a fault.</summary>
    private readonly record struct Entry(Stamp Stamp, byte[] Digest, bool CleanText);

    /// <summary>How the file at <see cref="Load"/>'s path was found.</summary>
    public CacheFile.Found Found { get; private init; } = CacheFile.Found.Missing;

    /// <summary>No digests: every file is read.</summary>
    public static FileDigests None(DateTime now) => new(now);

    /// <summary>The digests kept at <paramref name="file"/>, for a build that starts at <paramref name="now"/>.</summary>
    public static FileDigests Load(string file, DateTime now)
    {
        var (found, payload) = CacheFile.Read(file, Kind);
        var digests = new FileDigests(now) { Found = found };
        if (found == CacheFile.Found.Whole)
        {
            using var reader = new BinaryReader(new MemoryStream(payload));
            foreach (var (path, entry) in reader.ReadList(r => (r.ReadString(),
                         new Entry(new Stamp(r.ReadInt64(), r.ReadInt64(), r.ReadInt64()), r.ReadBytes(SHA256.HashSizeInBytes), r.ReadBoolean()))))
            {
                digests._kept[path] = entry;
            }
        }

        return digests;
    }

    /// <summary>The file's SHA-256: the one kept while its stamp is unchanged, else taken from its bytes (and kept).</summary>
    public byte[] DigestOf(string path)
    {
        if (Stamp.Of(path) is not { } stamp)
        {
            throw new FileNotFoundException("the file went while it was read", path);
        }

        if (Kept(path, stamp) is { } kept)
        {
            return kept.Digest;
        }

        var digest = SHA256.HashData(File.ReadAllBytes(path));
        Remember(path, stamp, digest, cleanText: false);
        return digest;
    }

    /// <summary>
    /// The digest of a text file read whole, without a fault, by an earlier build and unchanged since (by its stamp);
    /// else null, and the caller reads it and tells <see cref="Remember"/>.
    /// </summary>
    public byte[]? CleanTextDigest(string path, Stamp stamp) => Kept(path, stamp) is { CleanText: true } kept ? kept.Digest : null;

    /// <summary>
    /// Remembers a file's digest, taken from its bytes read after <paramref name="stamp"/> was: unless it was written
    /// too lately for its times to tell a change made just after (then the next build reads it again).
    /// </summary>
    public void Remember(string path, Stamp stamp, byte[] digest, bool cleanText)
    {
        if (stamp.Written < _settledBefore)
        {
            // A text file's clean reading is not lost when the file is hashed again as bytes (the digest is the same).
            _used.AddOrUpdate(path, new Entry(stamp, digest, cleanText),
                (_, old) => new Entry(stamp, digest, cleanText || (old.Stamp == stamp && old.CleanText && old.Digest.AsSpan().SequenceEqual(digest))));
        }
    }

    /// <summary>Forgets a file found changed though its stamp was not: the next build reads it whole.</summary>
    public void Forget(string path)
    {
        _used.TryRemove(path, out _);
        _kept.TryRemove(path, out _);
    }

    private Entry? Kept(string path, Stamp stamp)
    {
        var found = _used.TryGetValue(path, out var entry) || _kept.TryGetValue(path, out entry);
        if (!found || entry.Stamp != stamp)
        {
            return null;
        }

        _used.TryAdd(path, entry);
        return entry;
    }

    /// <summary>Saves the digests of the files this build looked at.</summary>
    public void Save(string file) =>
        CacheFile.Write(file, Kind, writer =>
        {
            writer.WriteList(_used.OrderBy(e => e.Key, StringComparer.Ordinal).ToList(), (w, entry) =>
            {
                w.Write(entry.Key);
                w.Write(entry.Value.Stamp.Length);
                w.Write(entry.Value.Stamp.Written);
                w.Write(entry.Value.Stamp.Created);
                w.Write(entry.Value.Digest);
                w.Write(entry.Value.CleanText);
            });
        });
}

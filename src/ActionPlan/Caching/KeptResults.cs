using System.Collections.Concurrent;

namespace ActionPlan.Caching;

/// <summary>
/// Results kept between builds, each under a SHA-256 of everything it depends on (its kind makes the key): a build
/// recalls a result whose key is unchanged instead of making it again, keeps what it made, and saves the results it
/// used, so those of what is gone are forgotten. A preview's session hands them to its next build in memory (<see cref="Next"/>).
/// </summary>
/// <typeparam name="TSelf">The kind of results.</typeparam>
/// <typeparam name="T">One result.</typeparam>
public abstract class KeptResults<TSelf, T>
    where TSelf : KeptResults<TSelf, T>, new()
    where T : class
{
    // Filled before the build reads it and never written after, so read from many threads without locks.
    private readonly Dictionary<string, T> _kept = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, T> _used = new(StringComparer.Ordinal);
    private int _made;

    /// <summary>The header of the kind's cache file; changed when its layout does.</summary>
    protected abstract string Kind { get; }

    /// <summary>Writes one result.</summary>
    protected abstract void Write(BinaryWriter writer, T result);

    /// <summary>Reads one result, as <see cref="Write"/> wrote it.</summary>
    protected abstract T Read(BinaryReader reader);

    /// <summary>How the saved results were found when these were loaded.</summary>
    public CacheFile.Found Found { get; private set; } = CacheFile.Found.Missing;

    /// <summary>How many results this build made; the rest were recalled.</summary>
    public int Made => _made;

    /// <summary>True when nothing is remembered (a first build, or a cache of another version or damaged).</summary>
    public bool IsEmpty => _kept.Count == 0;

    /// <summary>The results saved at <paramref name="file"/>; none when there is none, or it is of another version or damaged.</summary>
    public static TSelf Load(string file)
    {
        var memory = new TSelf();
        var (found, payload) = CacheFile.Read(file, memory.Kind);
        memory.Found = found;
        if (found != CacheFile.Found.Whole)
        {
            return memory;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(payload));
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var key = reader.ReadString();
                memory._kept[key] = memory.Read(reader);
            }

            return memory;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException)
        {
            // Whole, but not in the layout its header names: not trusted.
            return new TSelf { Found = CacheFile.Found.Damaged };
        }
    }

    /// <summary>The result kept under <paramref name="key"/>, kept again for the next build; null when there is none.</summary>
    public T? Recall(string key)
    {
        if (_kept.TryGetValue(key, out var result))
        {
            _used[key] = result;
        }

        return result;
    }

    /// <summary>Keeps what this build made under <paramref name="key"/>, for the next build.</summary>
    public T Keep(string key, T result)
    {
        _used[key] = result;
        Interlocked.Increment(ref _made);
        return result;
    }

    /// <summary>The results for the next build in the same process: those this build used.</summary>
    public TSelf Next()
    {
        var next = new TSelf { Found = CacheFile.Found.Whole };
        foreach (var (key, result) in _used)
        {
            next._kept[key] = result;
        }

        return next;
    }

    /// <summary>Saves the results this build used at <paramref name="file"/>, unless they are exactly those it found there.</summary>
    public void Save(string file)
    {
        if (Found != CacheFile.Found.Damaged && _made == 0 && _used.Count == _kept.Count)
        {
            return;
        }

        CacheFile.Write(file, Kind, writer =>
        {
            writer.WriteList(_used.OrderBy(e => e.Key, StringComparer.Ordinal).ToList(), (w, entry) =>
            {
                w.Write(entry.Key);
                Write(w, entry.Value);
            });
        });
    }
}

using System.Collections.Concurrent;
using ActionPlan.Diagnostics;
using ActionPlan.Writing;

namespace ActionPlan.Caching;

/// <summary>
/// What the writing phase found on each page (its warnings and its readability), kept between builds and keyed by a
/// SHA-256 of everything the finding depends on (<see cref="WritingChecker"/> makes the key): a page whose key is
/// unchanged is not read or spelled again. The costliest phase of a build is thus paid once per change of a page.
/// </summary>
public sealed class WritingMemory
{
    private const string Kind = "actionplan-writing-1";

    private readonly ConcurrentDictionary<string, Finding> _kept = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Finding> _used = new(StringComparer.Ordinal);

    /// <summary>What the writing phase found on one page.</summary>
    /// <param name="Diagnostics">Its warnings.</param>
    /// <param name="Readability">Its readability.</param>
    /// <param name="Asked">What the spelling asked of the words the site knows (titles, word lists), and the answers:
    /// the finding holds while each answer is the same.</param>
    public sealed record Finding(IReadOnlyList<Diagnostic> Diagnostics, PageReadability Readability, IReadOnlyList<SpellChecker.KnownQuery> Asked);

    /// <summary>How the saved memory was found when this one was loaded.</summary>
    public CacheFile.Found Found { get; private init; } = CacheFile.Found.Missing;

    /// <summary>How many pages were read and spelled by this build; the rest were known.</summary>
    public int Checked => _checked;

    private int _checked;

    /// <summary>True when nothing is remembered (a first build, or a cache of another version or damaged).</summary>
    public bool IsEmpty => _kept.IsEmpty;

    /// <summary>The memory saved at <paramref name="file"/>; an empty one when there is none, or it is of another version or damaged.</summary>
    public static WritingMemory Load(string file)
    {
        var (found, payload) = CacheFile.Read(file, Kind);
        var memory = new WritingMemory { Found = found };
        if (found != CacheFile.Found.Whole)
        {
            return memory;
        }

        using var reader = new BinaryReader(new MemoryStream(payload));
        foreach (var (key, finding) in reader.ReadList(r => (r.ReadString(),
            new Finding(r.ReadDiagnostics(), r.ReadPageReadability(), r.ReadList(q => new SpellChecker.KnownQuery(q.ReadString(), q.ReadString(), q.ReadBoolean()))))))
        {
            memory._kept[key] = finding;
        }

        return memory;
    }

    /// <summary>The finding kept under <paramref name="key"/>, kept again for the next build; null when there is none.</summary>
    public Finding? Recall(string key)
    {
        if (_kept.TryGetValue(key, out var finding))
        {
            _used[key] = finding;
        }

        return finding;
    }

    /// <summary>Keeps what this build found under <paramref name="key"/>, for the next build.</summary>
    public Finding Keep(string key, Finding finding)
    {
        _used[key] = finding;
        Interlocked.Increment(ref _checked);
        return finding;
    }

    /// <summary>A memory for the next build in the same process: what this build used.</summary>
    public WritingMemory Next()
    {
        var next = new WritingMemory { Found = CacheFile.Found.Whole };
        foreach (var (key, finding) in _used)
        {
            next._kept[key] = finding;
        }

        return next;
    }

    /// <summary>Saves the findings this build used (so pages gone are forgotten) at <paramref name="file"/>.</summary>
    public void Save(string file)
    {
        CacheFile.Write(file, Kind, writer =>
        {
            var used = _used.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
            writer.Write(used.Count);
            foreach (var (key, finding) in used)
            {
                writer.Write(key);
                writer.Write(finding.Diagnostics);
                writer.Write(finding.Readability);
                writer.Write(finding.Asked.Count);
                foreach (var query in finding.Asked)
                {
                    writer.Write(query.Language);
                    writer.Write(query.Word);
                    writer.Write(query.Known);
                }
            }
        });
    }
}

using System.Collections.Concurrent;

namespace ActionPlan.Writing;

/// <summary>
/// Spelling dictionaries, each loaded once on first asking (in the background, so a build can go on meanwhile) and kept;
/// a missing one is remembered as missing.
/// </summary>
public sealed class DictionaryShelf
{
    /// <summary>
    /// The process's shelf, which builds use unless given another: a process that builds many times (a preview, the
    /// tests) loads each dictionary once, not once per build (a second or more for the Danish one).
    /// </summary>
    public static DictionaryShelf Shared { get; } = new();

    /// <summary>Where Debian's hunspell-* packages install their dictionaries.</summary>
    public const string SystemFolder = "/usr/share/hunspell";

    private readonly ConcurrentDictionary<string, Lazy<Task<SpellingDictionary?>>> _loaded = new(StringComparer.Ordinal);

    /// <summary>The folders searched for a dictionary, in order; default: <see cref="SystemFolder"/>.</summary>
    public IReadOnlyList<string> Folders { get; init; } = [SystemFolder];

    /// <summary>The dictionary with a name (<c>da_DK</c>), from the first folder that has it; null when none does. Loads it on the thread pool.</summary>
    public Task<SpellingDictionary?> GetAsync(string name)
    {
        var load = Loading(name);
        Begin(load, task => task.Start());
        return load;
    }

    /// <summary>The dictionary as <see cref="GetAsync"/> gives it, loaded on this thread if no other has begun loading it.</summary>
    public SpellingDictionary? Get(string name)
    {
        var load = Loading(name);
        Begin(load, task => task.RunSynchronously());
        return load.GetAwaiter().GetResult();
    }

    // One load per name, begun by whichever asks first: on the thread pool, or on a thread that needs it now.
    private Task<SpellingDictionary?> Loading(string name) =>
        _loaded.GetOrAdd(name, n => new Lazy<Task<SpellingDictionary?>>(() => new Task<SpellingDictionary?>(() => Folders.Select(f => SpellingDictionary.Load(f, n)).FirstOrDefault(d => d is not null)))).Value;

    private static void Begin(Task<SpellingDictionary?> load, Action<Task<SpellingDictionary?>> begin)
    {
        if (load.Status == TaskStatus.Created)
        {
            try
            {
                begin(load);
            }
            catch (InvalidOperationException)
            {
                // Another thread began it first.
            }
        }
    }

    /// <summary>A dictionary's two files, in the first folder that has both; null when none has.</summary>
    public Files? Locate(string name) =>
        Folders.Select(f => new Files(Path.Combine(f, name + ".dic"), Path.Combine(f, name + ".aff"))).FirstOrDefault(f => File.Exists(f.Dic) && File.Exists(f.Aff));

    /// <summary>A Hunspell dictionary's word list and affix file.</summary>
    public sealed record Files(string Dic, string Aff);

    /// <summary>Where a dictionary's files were looked for, for messages.</summary>
    public string Describe(string name) => string.Join(" or ", Folders.Select(f => Path.Combine(f, name + ".dic")));
}

using System.Collections.Concurrent;

namespace ActionPlan.Writing;

/// <summary>
/// The spelling dictionaries a build or a preview session uses, each loaded once on first asking (in the background, so
/// a build can go on meanwhile) and kept; a missing one is remembered as missing.
/// </summary>
public sealed class DictionaryShelf
{
    /// <summary>Where Debian's hunspell-* packages install their dictionaries.</summary>
    public const string SystemFolder = "/usr/share/hunspell";

    private readonly ConcurrentDictionary<string, Lazy<Task<SpellingDictionary?>>> _loaded = new(StringComparer.Ordinal);

    /// <summary>The folders searched for a dictionary, in order; default: <see cref="SystemFolder"/>.</summary>
    public IReadOnlyList<string> Folders { get; init; } = [SystemFolder];

    /// <summary>The dictionary with a name (<c>da_DK</c>), from the first folder that has it; null when none does.</summary>
    public Task<SpellingDictionary?> GetAsync(string name) =>
        _loaded.GetOrAdd(name, n => new Lazy<Task<SpellingDictionary?>>(() => Task.Run(() => Folders.Select(f => SpellingDictionary.Load(f, n)).FirstOrDefault(d => d is not null)))).Value;

    /// <summary>Where a dictionary's files were looked for, for messages.</summary>
    public string Describe(string name) => string.Join(" or ", Folders.Select(f => Path.Combine(f, name + ".dic")));
}

using System.Collections.Concurrent;
using ActionPlan.Writing;

namespace ActionPlan.Caching;

/// <summary>
/// A dictionary's answers (which words it knows, what it suggests for the others) kept between builds, so a build
/// that spells only a changed page loads the dictionary (about a second for Danish) only when the page asks about
/// a word no earlier build asked about. The answers are keyed by the dictionary's files (path, size, time) and the
/// tool (<see cref="CacheFile.ToolStamp"/>); each is what the dictionary itself gives, so the findings are the same.
/// </summary>
public sealed class WordAnswers : ISpellingDictionary
{
    private const string Kind = "actionplan-words-1";

    private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _suggested = new(StringComparer.Ordinal);
    private readonly Lazy<SpellingDictionary> _dictionary;
    private readonly string _identity;

    private WordAnswers(string name, string identity, Func<SpellingDictionary> load)
    {
        Name = name;
        _identity = identity;
        _dictionary = new Lazy<SpellingDictionary>(load);
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>How the saved answers were found.</summary>
    public CacheFile.Found Found { get; private set; } = CacheFile.Found.Missing;

    /// <summary>
    /// The answers of the dictionary named <paramref name="name"/> in <paramref name="files"/>, as saved at
    /// <paramref name="file"/> if they are of the same files; <paramref name="load"/> loads the dictionary when an
    /// answer is missing.
    /// </summary>
    public static WordAnswers Load(string file, string name, DictionaryShelf.Files files, Func<SpellingDictionary> load)
    {
        var identity = new KeyBuilder().Add(name).AddFile(files.Dic).AddFile(files.Aff).Text();
        var answers = new WordAnswers(name, identity, load);
        var (found, payload) = CacheFile.Read(file, Kind);
        answers.Found = found;
        if (found != CacheFile.Found.Whole)
        {
            return answers;
        }

        using var reader = new BinaryReader(new MemoryStream(payload));
        if (reader.ReadString() != identity)
        {
            return answers;
        }

        foreach (var (word, known) in reader.ReadList(r => (r.ReadString(), r.ReadBoolean())))
        {
            answers._known[word] = known;
        }

        foreach (var (key, words) in reader.ReadList(r => (r.ReadString(), r.ReadList(w => w.ReadString()).ToArray())))
        {
            answers._suggested[key] = words;
        }

        return answers;
    }

    /// <inheritdoc/>
    public bool Knows(string word)
    {
        if (!_known.TryGetValue(word, out var known))
        {
            known = _dictionary.Value.Knows(word);
            _known[word] = known;
        }

        return known;
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Suggest(string word, int max)
    {
        var key = $"{max}\u0000{word}";
        if (!_suggested.TryGetValue(key, out var words))
        {
            words = [.. _dictionary.Value.Suggest(word, max)];
            _suggested[key] = words;
        }

        return words;
    }

    /// <summary>
    /// Saves the answers kept and found at <paramref name="file"/>. None is forgotten: a site's words are few (some
    /// thousands) and a page that is not spelled again asks nothing, yet may ask its words again when it changes.
    /// </summary>
    public void Save(string file)
    {
        CacheFile.Write(file, Kind, writer =>
        {
            writer.Write(_identity);
            writer.WriteList(_known.OrderBy(e => e.Key, StringComparer.Ordinal).ToList(), (w, known) =>
            {
                w.Write(known.Key);
                w.Write(known.Value);
            });
            writer.WriteList(_suggested.OrderBy(e => e.Key, StringComparer.Ordinal).ToList(), (w, suggested) =>
            {
                w.Write(suggested.Key);
                w.WriteList(suggested.Value, (ww, word) => ww.Write(word));
            });
        });
    }
}

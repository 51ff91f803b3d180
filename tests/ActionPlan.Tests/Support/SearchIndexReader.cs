using System.Globalization;
using System.Text.Json;
using ActionPlan.Search;

namespace ActionPlan.Tests.Support;

/// <summary>
/// Reads a built search index as the search page's script does: a query's words, lower-cased and folded, are looked
/// up in their shards, with every word of the site they begin (or, where the index splits compounds, the parts of a
/// compound the site has only in parts; or, for a form the site does not use, the longest stem that begins it); the
/// pages that match every word (every part) rank title matches first, then by weight. Records the files a query loaded.
/// </summary>
internal sealed class SearchIndexReader
{
    private readonly string _folder;
    private readonly JsonElement _index;
    private readonly CultureInfo _culture;

    private SearchIndexReader(string folder, CultureInfo culture)
    {
        _folder = folder;
        _culture = culture;
        _index = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, SearchIndexBuilder.IndexFile))).RootElement;
        Documents = _index.GetProperty("docs").EnumerateArray()
            .SelectMany(chunk => Json(chunk.GetString()!).GetProperty("docs").EnumerateArray())
            .Select(d => new SearchDocument(d[1].GetString()!, d[0].GetString()!, d[2].GetString()!, _index.GetProperty("kinds")[d[3].GetInt32()].GetString()!, d[4].GetString()!, d[5].GetString()!, "", []))
            .ToList();
        Loaded.Clear();
    }

    /// <summary>Every page in the index, by id.</summary>
    public IReadOnlyList<SearchDocument> Documents { get; }

    /// <summary>The files read since the last query began, beside the index file.</summary>
    public List<string> Loaded { get; } = [];

    /// <summary>Reads the index of the search page at <paramref name="searchFolder"/> (e.g. <c>da/search/</c>) below an output folder.</summary>
    public static SearchIndexReader Read(string output, string searchFolder) =>
        new(Path.Combine(output, searchFolder), CultureInfo.GetCultureInfo(searchFolder[..2] == "da" ? "da-DK" : "en-GB"));

    /// <summary>The pages a query finds, best first.</summary>
    public IReadOnlyList<SearchDocument> Find(string query)
    {
        Loaded.Clear();
        var perWord = SearchWords.FoldedWords(query, _culture).Select(PagesOfWord).ToList();
        if (perWord.Count == 0)
        {
            return [];
        }

        var count = _index.GetProperty("count").GetInt32();
        return perWord[0].Keys
            .Where(id => perWord.All(p => p.ContainsKey(id)))
            .Select(id => (Id: id, Titles: perWord.Count(p => p[id] >= 100), Score: perWord.Sum(p => p[id] * Math.Log(1 + ((double)count / p.Count)))))
            .OrderByDescending(h => h.Titles).ThenByDescending(h => h.Score).ThenBy(h => h.Id)
            .Select(h => Documents[h.Id])
            .ToList();
    }

    /// <summary>The stem the index gives a word of the site, or null.</summary>
    public string? StemOf(string word) =>
        Shard(SearchWords.ShardKey(word)) is { } shard && shard.GetProperty("w").TryGetProperty(word, out var stem) ? stem.GetString() : null;

    /// <summary>The start of a document's text as stored for excerpts.</summary>
    public string TextOf(int id)
    {
        var (size, textSize) = (_index.GetProperty("size").GetInt32(), _index.GetProperty("textSize").GetInt32());
        var chunk = Json(_index.GetProperty("docs")[id / size].GetString()!);
        return Json(chunk.GetProperty("texts")[id % size / textSize].GetString()!)[id % textSize].GetString()!;
    }

    // The pages of one folded query word: those of the stems of the words it begins and, where the index splits
    // compounds, those with every part of it, weighed by their weakest part.
    private Dictionary<int, int> PagesOfWord(string word)
    {
        if (Shard(SearchWords.ShardKey(word)) is not { } own)
        {
            return [];
        }

        var stems = own.GetProperty("w").EnumerateObject().Where(w => w.Name.StartsWith(word, StringComparison.Ordinal)).Select(w => w.Value.GetString()!).Distinct().ToList();
        var parts = _index.GetProperty("compounds").GetBoolean() ? CompoundSplitter.Split(word, Known) : null;
        if (stems.Count == 0 && parts is null)
        {
            // A form the site does not use: the longest stem of the site that begins it, if at least half the word.
            var best = own.GetProperty("s").EnumerateObject().Select(s => s.Name).Where(s => word.StartsWith(s, StringComparison.Ordinal)).MaxBy(s => s.Length) ?? "";
            stems = best.Length * 2 >= word.Length ? [best] : [];
        }

        var pages = PagesOf(stems);
        var perPart = (parts ?? []).Select(p => PagesOf([StemOf(p) ?? p])).ToList();
        foreach (var id in perPart.FirstOrDefault()?.Keys ?? Enumerable.Empty<int>())
        {
            if (perPart.All(p => p.ContainsKey(id)))
            {
                pages[id] = Math.Max(pages.GetValueOrDefault(id), perPart.Min(p => p[id]));
            }
        }

        return pages;
    }

    private bool Known(string word) =>
        Shard(SearchWords.ShardKey(word)) is { } shard && (shard.GetProperty("w").TryGetProperty(word, out _) || shard.GetProperty("s").TryGetProperty(word, out _));

    private Dictionary<int, int> PagesOf(List<string> stems)
    {
        var pages = new Dictionary<int, int>();
        foreach (var stem in stems)
        {
            if (Shard(SearchWords.ShardKey(stem)) is { } shard && shard.GetProperty("s").TryGetProperty(stem, out var gaps))
            {
                var values = gaps.EnumerateArray().Select(v => v.GetInt32()).ToList();
                for (int i = 0, id = 0; i < values.Count; i += 2)
                {
                    id += values[i];
                    pages[id] = Math.Max(pages.GetValueOrDefault(id), values[i + 1]);
                }
            }
        }

        return pages;
    }

    private JsonElement? Shard(string key) =>
        _index.GetProperty("shards").TryGetProperty(key, out var name) ? Json(name.GetString()!) : null;

    private JsonElement Json(string name)
    {
        if (!Loaded.Contains(name))
        {
            Loaded.Add(name);
        }

        return JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, name))).RootElement;
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ActionPlan.Domain;
using ActionPlan.Model;
using ActionPlan.Rendering;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ActionPlan.Search;

/// <summary>
/// Makes each language's search index from the pages as they are rendered (written pages, register editions,
/// status reports, timelines), split so that a query loads only what it needs:
/// <list type="bullet">
/// <item><c>index.json</c> at the search page names the shards and the document chunks;</item>
/// <item>a shard per first two letters holds the site's words with their stems (so the browser needs no stemmer)
/// and, for each stem, its pages with a weight: +100 in the title, +20 in the summary, +1 per occurrence up to 19;</item>
/// <item>document chunks hold each page's title, address and summary, <see cref="ChunkSize"/> pages a chunk.</item>
/// </list>
/// Shards and chunks are fingerprinted; the same pages give the same bytes.
/// </summary>
public sealed class SearchIndexBuilder
{
    /// <summary>The pages a document chunk holds.</summary>
    public const int ChunkSize = 200;

    /// <summary>The file at the search page that names the rest of the index.</summary>
    public const string IndexFile = "index.json";

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // A page's text is gathered in one buffer per thread, weighed, and let go.
    [ThreadStatic]
    private static StringBuilder? _text;

    private readonly ConcurrentDictionary<string, ConcurrentBag<SearchDocument>> _documents = new(StringComparer.Ordinal);

    /// <summary>True for the pages worth finding: written ones and the yearly reports, not listings, search or not-found.</summary>
    public static bool IsSearchable(Page page) =>
        page.IsWritten || page.Role is PageRole.RegisterEdition or PageRole.StatusReport or PageRole.Timeline;

    /// <summary>Takes a rendered page's view into its language's index (from any thread): its words are weighed at once, so no page's text is kept.</summary>
    public void Add(PageView view)
    {
        if (IsSearchable(view.Page))
        {
            var text = _text ??= new StringBuilder();
            text.Clear();
            AppendText(view, text);
            _documents.GetOrAdd(view.Language.Code, _ => []).Add(Document(view.Href, view.Title, view.Summary ?? "", text, view.Language.Culture));
        }
    }

    /// <summary>A page's words, stems and weights.</summary>
    private static SearchDocument Document(string href, string title, string summary, StringBuilder text, CultureInfo culture)
    {
        // Counted by word as written (one lookup per occurrence, no string made), then stemmed once per word.
        var counts = new Dictionary<string, (bool Title, bool Summary, int Count)>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        void Count(ReadOnlySpan<char> field, int kind) => SearchWords.ForEachWord(field, culture, span =>
        {
            ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(lookup, span, out _);
            entry = (entry.Title || kind == 2, entry.Summary || kind == 1, entry.Count + 1);
        });
        Count(title, 2);
        Count(summary, 1);
        // Copied out whole: a word may span two of the builder's chunks.
        var body = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 16));
        text.CopyTo(0, body, text.Length);
        Count(body.AsSpan(0, text.Length), 0);
        System.Buffers.ArrayPool<char>.Shared.Return(body);

        var words = new List<(string Word, string Stem)>(counts.Count);
        var weights = new Dictionary<string, (bool Title, bool Summary, int Count)>(StringComparer.Ordinal);
        foreach (var (written, (inTitle, inSummary, count)) in counts)
        {
            var (word, stem) = SearchWords.WordAndStem(written, culture);
            words.Add((word, stem));
            var sum = weights.GetValueOrDefault(stem);
            weights[stem] = (sum.Title || inTitle, sum.Summary || inSummary, sum.Count + count);
        }

        return new SearchDocument(href, title, summary, words,
            weights.Select(w => (w.Key, (w.Value.Title ? 100 : 0) + (w.Value.Summary ? 20 : 0) + Math.Min(w.Value.Count, 19))).ToList());
    }

    /// <summary>Writes each language's index under its search page into <paramref name="assets"/>.</summary>
    public void WriteInto(Site site, AssetManifest assets)
    {
        foreach (var language in site.Config.Languages)
        {
            if (site.FindMade(PageRole.Search, language.Code) is not { } search)
            {
                continue;
            }

            var documents = (_documents.GetValueOrDefault(language.Code) ?? []).OrderBy(d => d.Href, StringComparer.Ordinal).ToList();
            var (name, text) = Build(documents, search.UrlPath, assets);
            assets.AddText(name, text, fingerprint: false);
        }
    }

    /// <summary>The index of one language's documents: the shards and chunks are added to <paramref name="assets"/>, the index file returned.</summary>
    private static (string Path, string Text) Build(IReadOnlyList<SearchDocument> documents, string folder, AssetManifest assets)
    {
        // word -> stem and stem -> (document, weight) pairs, documents in id order.
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < documents.Count; id++)
        {
            foreach (var (word, stem) in documents[id].Words)
            {
                words.TryAdd(word, stem);
            }

            foreach (var (stem, weight) in documents[id].Weights)
            {
                (postings.TryGetValue(stem, out var list) ? list : postings[stem] = []).AddRange([id, weight]);
            }
        }

        var wordsByShard = words.GroupBy(w => SearchWords.ShardKey(w.Key)).ToDictionary(g => g.Key, StringComparer.Ordinal);
        var stemsByShard = postings.GroupBy(p => SearchWords.ShardKey(p.Key)).ToDictionary(g => g.Key, StringComparer.Ordinal);
        var keys = wordsByShard.Keys.Union(stemsByShard.Keys).Order(StringComparer.Ordinal).ToList();
        // Written in parallel, added in key order: the same pages give the same files.
        var texts = new string[keys.Count];
        Parallel.For(0, keys.Count, i =>
        {
            var shard = new SortedDictionary<string, object>(StringComparer.Ordinal)
            {
                ["s"] = new SortedDictionary<string, List<int>>(
                    stemsByShard.TryGetValue(keys[i], out var stems) ? stems.ToDictionary(s => s.Key, s => Gaps(s.Value)) : [], StringComparer.Ordinal),
                ["w"] = new SortedDictionary<string, string>(
                    wordsByShard.TryGetValue(keys[i], out var shardWords) ? shardWords.ToDictionary(w => w.Key, w => w.Value) : [], StringComparer.Ordinal),
            };
            texts[i] = JsonSerializer.Serialize(shard, Options);
        });
        var shards = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            shards[keys[i]] = Name(assets.AddText($"{folder}{SearchWords.ShardName(keys[i])}.json", texts[i]));
        }

        var chunks = documents.Chunk(ChunkSize)
            .Select((chunk, i) => Name(assets.AddText($"{folder}docs-{i}.json",
                JsonSerializer.Serialize(chunk.Select(d => new[] { d.Title, d.Href, d.Summary }), Options))))
            .ToList();
        var index = new Dictionary<string, object> { ["shards"] = shards, ["docs"] = chunks, ["size"] = ChunkSize, ["count"] = documents.Count };
        return ($"{folder}{IndexFile}", JsonSerializer.Serialize(index, Options));
    }

    private static string Name(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static List<int> Gaps(List<int> pairs)
    {
        var gaps = new List<int>(pairs.Count);
        var previous = 0;
        for (var i = 0; i < pairs.Count; i += 2)
        {
            gaps.Add(pairs[i] - previous);
            gaps.Add(pairs[i + 1]);
            previous = pairs[i];
        }

        return gaps;
    }

    /// <summary>A page's searchable text beyond its title and summary: the body, and what a report or a timeline lists.</summary>
    private static void AppendText(PageView view, StringBuilder text)
    {
        void Add(string? s) => text.Append(s).Append(' ');
        var page = view.Page;
        if (page.IsWritten)
        {
            foreach (var node in page.Markdown.Document.Descendants())
            {
                switch (node)
                {
                    case LiteralInline literal:
                        text.Append(literal.Content.AsSpan()).Append(' ');
                        break;
                    case CodeInline code:
                        Add(code.Content);
                        break;
                }
            }

            if (page.FrontMatter.Facts is FocusAreaFacts area)
            {
                foreach (var goal in area.Goals)
                {
                    Add(goal.Text);
                    goal.Assessments.ToList().ForEach(a => Add(a.Reason));
                }
            }
        }

        foreach (var entry in view.Register)
        {
            Add(entry.Network.Title);
            Add(entry.Facts.Theme);
        }

        foreach (var line in view.Report?.FocusAreas ?? [])
        {
            Add(line.Page.Title);
            foreach (var goal in line.Goals)
            {
                Add(goal.Goal.Text);
                Add(goal.Assessment?.Reason);
            }
        }

        foreach (var activity in view.Activities.Concat(view.Report?.Activities ?? []))
        {
            Add(activity.Title);
            Add(activity.FrontMatter.Summary);
        }
    }
}

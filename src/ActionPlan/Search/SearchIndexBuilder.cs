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

    private readonly ConcurrentDictionary<string, ConcurrentBag<SearchDocument>> _documents = new(StringComparer.Ordinal);

    /// <summary>True for the pages worth finding: written ones and the yearly reports, not listings, search or not-found.</summary>
    public static bool IsSearchable(Page page) =>
        page.IsWritten || page.Role is PageRole.RegisterEdition or PageRole.StatusReport or PageRole.Timeline;

    /// <summary>Takes a rendered page's view into its language's index (from any thread).</summary>
    public void Add(PageView view)
    {
        if (IsSearchable(view.Page))
        {
            _documents.GetOrAdd(view.Language.Code, _ => []).Add(new SearchDocument(view.Href, view.Title, view.Summary ?? "", TextOf(view)));
        }
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
            foreach (var (name, text) in Build(documents, language.Culture, search.UrlPath, assets))
            {
                assets.AddText(name, text, fingerprint: false);
            }
        }
    }

    /// <summary>The index of one language's documents: the shards and chunks are added to <paramref name="assets"/>, the index file returned.</summary>
    internal static IEnumerable<(string Path, string Text)> Build(IReadOnlyList<SearchDocument> documents, CultureInfo culture, string folder, AssetManifest assets)
    {
        // stem -> (document, weight), and word -> stem, by shard.
        var postings = new SortedDictionary<string, SortedDictionary<string, List<int>>>(StringComparer.Ordinal);
        var words = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        for (var id = 0; id < documents.Count; id++)
        {
            var weights = new Dictionary<string, (bool Title, bool Summary, int Count)>(StringComparer.Ordinal);
            void Count(string text, int field)
            {
                foreach (var word in SearchWords.Words(text, culture))
                {
                    var shard = words.TryGetValue(SearchWords.ShardKey(word), out var w) ? w : words[SearchWords.ShardKey(word)] = new(StringComparer.Ordinal);
                    if (!shard.TryGetValue(word, out var stem))
                    {
                        stem = shard[word] = SearchWords.Stem(word, culture);
                    }

                    var (title, summary, count) = weights.GetValueOrDefault(stem);
                    weights[stem] = (title || field == 2, summary || field == 1, Math.Min(count + 1, 19));
                }
            }

            Count(documents[id].Title, 2);
            Count(documents[id].Summary, 1);
            Count(documents[id].Text, 0);
            foreach (var (stem, (title, summary, count)) in weights)
            {
                var weight = (title ? 100 : 0) + (summary ? 20 : 0) + count;
                var shard = postings.TryGetValue(SearchWords.ShardKey(stem), out var p) ? p : postings[SearchWords.ShardKey(stem)] = new(StringComparer.Ordinal);
                (shard.TryGetValue(stem, out var list) ? list : shard[stem] = []).AddRange([id, weight]);
            }
        }

        var shards = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in words.Keys.Union(postings.Keys).Order(StringComparer.Ordinal))
        {
            var stems = postings.GetValueOrDefault(key) ?? [];
            var shard = new Dictionary<string, object>
            {
                ["w"] = words.GetValueOrDefault(key) ?? [],
                // Document ids as gaps from the previous one: smaller numbers, a smaller file.
                ["s"] = stems.ToDictionary(s => s.Key, s => Gaps(s.Value)),
            };
            shards[key] = Name(assets.AddText($"{folder}{SearchWords.ShardName(key)}.json", JsonSerializer.Serialize(shard, Options)));
        }

        var chunks = documents.Chunk(ChunkSize)
            .Select((chunk, i) => Name(assets.AddText($"{folder}docs-{i}.json",
                JsonSerializer.Serialize(chunk.Select(d => new[] { d.Title, d.Href, d.Summary }), Options))))
            .ToList();
        var index = new Dictionary<string, object> { ["shards"] = shards, ["docs"] = chunks, ["size"] = ChunkSize, ["count"] = documents.Count };
        yield return ($"{folder}{IndexFile}", JsonSerializer.Serialize(index, Options));
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
    private static string TextOf(PageView view)
    {
        var text = new StringBuilder();
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

        return text.ToString();
    }
}

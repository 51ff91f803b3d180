using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ActionPlan.Domain;
using ActionPlan.Model;
using ActionPlan.Rendering;

namespace ActionPlan.Search;

/// <summary>
/// Makes each language's search index from the pages as they are rendered (written pages, register editions,
/// status reports, timelines), split so that a query loads only what it needs:
/// <list type="bullet">
/// <item><c>index.json</c> at the search page names the shards and the document chunks;</item>
/// <item>a shard per first two letters holds the site's folded words with their folded stems (so the browser needs
/// no stemmer) and, for each stem, its pages with a weight: +100 in the title, +20 in the summary, +1 per occurrence
/// up to 19; in a language with compounds (<see cref="CompoundSplitter"/>) a page's compound also counts for the stems
/// of its parts;</item>
/// <item>document chunks hold each page's title, address, summary, kind and date, <see cref="ChunkSize"/> pages a
/// chunk, and the names of their pages' text chunks;</item>
/// <item>text chunks hold the start of each page's text for excerpts, <see cref="TextChunkSize"/> pages a chunk, so
/// the results shown load only their own few.</item>
/// </list>
/// Shards and chunks are fingerprinted; the same pages give the same bytes.
/// </summary>
public sealed class SearchIndexBuilder
{
    /// <summary>The pages a document chunk holds.</summary>
    public const int ChunkSize = 200;

    /// <summary>The pages a text chunk holds: few, since each result shown may load a chunk of its own (a divisor of <see cref="ChunkSize"/>).</summary>
    public const int TextChunkSize = 5;

    /// <summary>The most characters of a page's text kept for its excerpt.</summary>
    public const int ExcerptSource = 2000;

    /// <summary>The file at the search page that names the rest of the index.</summary>
    public const string IndexFile = "index.json";

    // A page's text is gathered in one buffer per thread, weighed, and let go.
    [ThreadStatic]
    private static StringBuilder? _text;

    private readonly ConcurrentDictionary<string, ConcurrentBag<SearchDocument>> _documents = new(StringComparer.Ordinal);

    /// <summary>True for the pages worth finding: written ones and the made ones search finds (yearly ones, tags), not other listings, search or not-found.</summary>
    public static bool IsSearchable(Page page) =>
        page.IsWritten || page is { Role: PageRole.Made, Type.Found: true };

    /// <summary>Takes a rendered page's view into its language's index (from any thread): its words are counted at once, and of its text only the start (for excerpts) is kept.</summary>
    public void Add(PageView view)
    {
        if (IsSearchable(view.Page))
        {
            // The body's words are counted when it is parsed; its start is here for the excerpt.
            var body = view.Page.IsWritten ? view.Page.Markdown.SearchText : Markup.BodySearchText.None;
            var text = _text ??= new StringBuilder();
            text.Clear().Append(body.Start);
            AppendText(view, text);
            var (date, dateTime) = DateOf(view);
            var header = new SearchDocument(view.Href, view.Title, view.Summary ?? "", view.KindName, date, dateTime, Excerpt(text), []);
            _documents.GetOrAdd(view.Language.Code, _ => []).Add(Document(header, body, text, view.Language.Culture));
        }
    }

    /// <summary>A page's date (<see cref="Page.Date"/>) as its language writes it and as a <c>&lt;time&gt;</c> value; empty for an undated page.</summary>
    private static (string Date, string DateTime) DateOf(PageView view) =>
        view.Page.Date is { } date ? (view.FormatDate(date), date.ToString()) : ("", "");

    /// <summary>The start of a page's text with its whitespace collapsed, cut at a word within <see cref="ExcerptSource"/> characters.</summary>
    private static string Excerpt(StringBuilder text)
    {
        // Into a buffer of its own: a StringBuilder's indexer and appends, character by character, cost several times more.
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(ExcerptSource + 1);
        try
        {
            var length = 0;
            foreach (var chunk in text.GetChunks())
            {
                foreach (var c in chunk.Span)
                {
                    if (!char.IsWhiteSpace(c))
                    {
                        buffer[length++] = c;
                    }
                    else if (length > 0 && buffer[length - 1] != ' ')
                    {
                        buffer[length++] = ' ';
                    }

                    if (length > ExcerptSource)
                    {
                        var cut = buffer.AsSpan(0, length).LastIndexOf(' ');
                        return new string(buffer, 0, cut > 0 ? cut : ExcerptSource);
                    }
                }
            }

            return buffer.AsSpan(0, length).TrimEnd().ToString();
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// A page's folded words, with their folded stems and occurrences: its title's, its summary's, its body's and those of
    /// the rest of <paramref name="text"/> (after the body's start).
    /// </summary>
    private static SearchDocument Document(SearchDocument header, Markup.BodySearchText body, StringBuilder text, CultureInfo culture)
    {
        // Counted by word as written (one lookup per occurrence, no string made), then stemmed and folded once per word.
        var counts = new Dictionary<string, SearchOccurrences>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        void Count(ReadOnlySpan<char> field, int kind) => SearchWords.ForEachWord(field, culture, span =>
        {
            ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(lookup, span, out _);
            entry = entry.With(new SearchOccurrences(kind == 2, kind == 1, 1));
        });
        Count(header.Title, 2);
        Count(header.Summary, 1);
        body.ForEachWord((word, count) =>
        {
            ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(lookup, word, out _);
            entry = entry.With(new SearchOccurrences(false, false, count));
        });

        // Copied out whole: a word may span two of the builder's chunks.
        var rest = text.Length - body.Start.Length;
        var copy = ArrayPool<char>.Shared.Rent(Math.Max(rest, 16));
        text.CopyTo(body.Start.Length, copy, rest);
        Count(copy.AsSpan(0, rest), 0);
        ArrayPool<char>.Shared.Return(copy);

        // Two spellings may fold to one word ("Aarhus", "Århus"): their occurrences add up.
        var terms = new Dictionary<string, SearchTerm>(StringComparer.Ordinal);
        foreach (var (written, occurrences) in counts)
        {
            var (word, stem) = SearchWords.WordAndStem(written, culture);
            if (word.Length >= 2)
            {
                terms[word] = terms.TryGetValue(word, out var known) ? known with { Occurrences = known.Occurrences.With(occurrences) } : new SearchTerm(word, stem, occurrences);
            }
        }

        return header with { Terms = terms.Values.ToList() };
    }

    /// <summary>Writes each language's index under its search page (<paramref name="searchOf"/>, where it has one) into <paramref name="assets"/>.</summary>
    public void WriteInto(Site site, Func<Configuration.Language, Page?> searchOf, AssetManifest assets)
    {
        foreach (var language in site.Config.Languages)
        {
            if (searchOf(language) is not { } search)
            {
                continue;
            }

            var documents = (_documents.GetValueOrDefault(language.Code) ?? []).OrderBy(d => d.Href, StringComparer.Ordinal).ToList();
            var (name, text) = Build(documents, search.UrlPath, CompoundSplitter.Splits(language.Culture), assets);
            assets.AddText(name, text, fingerprint: false);
        }
    }

    /// <summary>The index of one language's documents: the shards and chunks are added to <paramref name="assets"/>, the index file returned.</summary>
    private static (string Path, string Text) Build(IReadOnlyList<SearchDocument> documents, string folder, bool compounds, AssetManifest assets)
    {
        // word -> stem (the first page's, should two stems fold alike), then stem -> (document, weight) pairs,
        // documents in id order; a compound's parts are known once every word of the language is.
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in documents.SelectMany(d => d.Terms))
        {
            words.TryAdd(term.Word, term.Stem);
            stems.Add(term.Stem);
        }

        var parts = new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal);
        bool Known(string word) => words.ContainsKey(word) || stems.Contains(word);
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var weights = new Dictionary<string, SearchOccurrences>(StringComparer.Ordinal);
        for (var id = 0; id < documents.Count; id++)
        {
            weights.Clear();
            foreach (var term in documents[id].Terms)
            {
                Merge(weights, term.Stem, term.Occurrences);
                if (!compounds)
                {
                    continue;
                }

                if (!parts.TryGetValue(term.Word, out var split))
                {
                    split = parts[term.Word] = CompoundSplitter.Split(term.Word, Known);
                }

                // A part whose stem is the word's own ("hjemlos" in "hjemloshed") is not counted twice.
                if (split is not null)
                {
                    foreach (var stem in split.Select(p => words.GetValueOrDefault(p) ?? p).Where(s => s != term.Stem).Distinct())
                    {
                        Merge(weights, stem, term.Occurrences);
                    }
                }
            }

            // Each stem's pairs come in id order whatever the order of a page's stems; the shards are written sorted.
            foreach (var (stem, occurrences) in weights)
            {
                (postings.TryGetValue(stem, out var list) ? list : postings[stem] = []).AddRange([id, occurrences.Weight]);
            }
        }

        var wordsByShard = words.GroupBy(w => SearchWords.ShardKey(w.Key)).ToDictionary(g => g.Key, StringComparer.Ordinal);
        var stemsByShard = postings.GroupBy(p => SearchWords.ShardKey(p.Key)).ToDictionary(g => g.Key, StringComparer.Ordinal);
        var keys = wordsByShard.Keys.Union(stemsByShard.Keys).Order(StringComparer.Ordinal).ToList();
        // Written in parallel, added in key order: the same pages give the same files.
        var texts = new string[keys.Count];
        Parallel.For(0, keys.Count, i => texts[i] = Json(json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("s");
            IEnumerable<KeyValuePair<string, List<int>>> stems = stemsByShard.TryGetValue(keys[i], out var inShard) ? inShard : [];
            foreach (var (stem, pairs) in stems.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                json.WriteStartArray(stem);
                WriteGaps(json, pairs);
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteStartObject("w");
            IEnumerable<KeyValuePair<string, string>> shardWords = wordsByShard.TryGetValue(keys[i], out var wordsInShard) ? wordsInShard : [];
            foreach (var (word, stem) in shardWords.OrderBy(w => w.Key, StringComparer.Ordinal))
            {
                json.WriteString(word, stem);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }));
        var shards = new List<(string Key, string Name)>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            shards.Add((keys[i], Name(assets.AddText($"{folder}{SearchWords.ShardName(keys[i])}.json", texts[i]))));
        }

        var textChunks = documents.Chunk(TextChunkSize)
            .Select((chunk, i) => Name(assets.AddText($"{folder}text-{i}.json", Json(json =>
            {
                json.WriteStartArray();
                foreach (var document in chunk)
                {
                    json.WriteStringValue(document.Text);
                }

                json.WriteEndArray();
            }))))
            .ToList();
        // Each document chunk names the text chunks of its own pages, so the index file stays the same size however
        // many pages there are.
        var kinds = documents.Select(d => d.Kind).Distinct().Order(StringComparer.Ordinal).ToList();
        var chunks = documents.Chunk(ChunkSize)
            .Select((chunk, i) => Name(assets.AddText($"{folder}docs-{i}.json", Json(json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("docs");
                foreach (var document in chunk)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(document.Title);
                    json.WriteStringValue(document.Href);
                    json.WriteStringValue(document.Summary);
                    json.WriteNumberValue(kinds.IndexOf(document.Kind));
                    json.WriteStringValue(document.Date);
                    json.WriteStringValue(document.DateTime);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteStartArray("texts");
                textChunks.Skip(i * (ChunkSize / TextChunkSize)).Take(ChunkSize / TextChunkSize).ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteEndObject();
            }))))
            .ToList();
        return ($"{folder}{IndexFile}", Json(json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("shards");
            foreach (var (key, name) in shards)
            {
                json.WriteString(key, name);
            }

            json.WriteEndObject();
            json.WriteStartArray("docs");
            chunks.ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteNumber("size", ChunkSize);
            json.WriteNumber("textSize", TextChunkSize);
            json.WriteStartArray("kinds");
            kinds.ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteBoolean("compounds", compounds);
            json.WriteNumber("count", documents.Count);
            json.WriteEndObject();
        }));
    }

    // Written by hand rather than serialised: the reflection-based serializer's code for these shapes costs more
    // to compile at run time than the writing itself.
    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Merge(Dictionary<string, SearchOccurrences> weights, string stem, SearchOccurrences occurrences)
    {
        ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(weights, stem, out _);
        entry = entry.With(occurrences);
    }

    private static string Name(string path) => path[(path.LastIndexOf('/') + 1)..];

    // (page id, weight) pairs as (gap from the previous id, weight): smaller numbers, fewer bytes.
    private static void WriteGaps(Utf8JsonWriter json, List<int> pairs)
    {
        var previous = 0;
        for (var i = 0; i < pairs.Count; i += 2)
        {
            json.WriteNumberValue(pairs[i] - previous);
            json.WriteNumberValue(pairs[i + 1]);
            previous = pairs[i];
        }
    }

    /// <summary>A page's searchable text beyond its title, summary and body (<see cref="Markup.BodySearchText"/>): its facts' prose, and what a report or a timeline lists.</summary>
    private static void AppendText(PageView view, StringBuilder text)
    {
        void Add(string? s) => text.Append(s).Append(' ');
        var page = view.Page;
        if (page.IsWritten)
        {
            foreach (var value in page.FrontMatter.Facts.Prose)
            {
                Add(value);
            }
        }

        foreach (var value in view.Data.OfType<ISearchText>().SelectMany(d => d.SearchTexts))
        {
            Add(value);
        }
    }
}

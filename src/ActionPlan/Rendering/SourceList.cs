using ActionPlan.Domain;

namespace ActionPlan.Rendering;

/// <summary>
/// A page's one numbered list of sources: each document once, in the order the page first cites it, with the places
/// cited in it. Citations elsewhere on the page (a status report's goals, a history note) point to it by number.
/// </summary>
/// <param name="Entries">The documents, numbered from 1.</param>
public sealed record SourceList(IReadOnlyList<SourceEntry> Entries)
{
    /// <summary>The list of a page that cites nothing.</summary>
    public static SourceList Empty { get; } = new([]);

    /// <summary>Gathers citations into one entry per document, named by <paramref name="find"/> (title and address, or null where the document has no page).</summary>
    public static SourceList Of(IEnumerable<Citation> citations, Func<string, (string Title, string Href)?> find)
    {
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(find);
        var order = new List<string>();
        var variants = new Dictionary<string, List<string?>>(StringComparer.Ordinal);
        foreach (var citation in citations)
        {
            if (!variants.TryGetValue(citation.Id, out var places))
            {
                order.Add(citation.Id);
                variants[citation.Id] = places = [];
            }

            if (!places.Contains(citation.At))
            {
                places.Add(citation.At);
            }
        }

        return new(order.Select((id, i) => find(id) is { } found
            ? new SourceEntry(i + 1, id, found.Title, found.Href, variants[id])
            : new SourceEntry(i + 1, id, id, null, variants[id])).ToList());
    }

    /// <summary>The entry of a publication by its id, or null when the page does not cite it.</summary>
    public SourceEntry? Find(string id) => Entries.FirstOrDefault(e => e.Id == id);

    /// <summary>The entry a citation of the page points to.</summary>
    /// <exception cref="ArgumentException">The citation is not one the list was made from (a template bug).</exception>
    public SourceEntry EntryOf(Citation citation) =>
        Find(citation.Id) ?? throw new ArgumentException($"'{citation.Id}' is not in the page's source list.", nameof(citation));

    /// <summary>
    /// The place to write after a pointer to the list: the citation's own, where the page cites more than one place in
    /// the document; null where the list item alone says it.
    /// </summary>
    public string? PlaceOf(Citation citation) => EntryOf(citation).Variants.Count > 1 ? citation.At : null;
}

namespace ActionPlan.Rendering;

/// <summary>One numbered item of a page's source list: a document, shown once, with every place the page cites in it.</summary>
/// <param name="Number">Its number in the list, from 1.</param>
/// <param name="Id">The publication's id.</param>
/// <param name="Title">The publication's title in the page's language, or its id when it has no page in that language.</param>
/// <param name="Href">The publication page's address, or null when it has none in that language.</param>
/// <param name="Variants">The places cited in it, in the order first cited, null for a citation of the whole document.</param>
public sealed record SourceEntry(int Number, string Id, string Title, string? Href, IReadOnlyList<string?> Variants)
{
    /// <summary>The list item's id, which citations elsewhere on the page link to (<c>source-1</c>).</summary>
    public string Anchor => "source-" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The places cited in the document, as written (the whole document is not a place).</summary>
    public IReadOnlyList<string> Places => Variants.OfType<string>().ToList();
}

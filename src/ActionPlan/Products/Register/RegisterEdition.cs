using ActionPlan.Search;

namespace ActionPlan.Products.Register;

/// <summary>A year's register of networks, or the share of it one page of the edition shows.</summary>
/// <param name="Year">The edition's year.</param>
/// <param name="Entries">The networks, by weight and title.</param>
public sealed record RegisterEdition(int Year, IReadOnlyList<RegisterEntry> Entries) : ISearchText
{
    /// <inheritdoc/>
    public IEnumerable<string?> SearchTexts => Entries.SelectMany(e => new[] { e.Network.Title, e.Facts.Theme });
}

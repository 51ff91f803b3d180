using ActionPlan.Model;
using ActionPlan.Search;

namespace ActionPlan.Products.Timelines;

/// <summary>A year's activities in date order, or the share of them one page of the timeline shows.</summary>
/// <param name="Year">The year.</param>
/// <param name="Activities">The activities' pages.</param>
public sealed record Timeline(int Year, IReadOnlyList<Page> Activities) : ISearchText
{
    /// <inheritdoc/>
    public IEnumerable<string?> SearchTexts => Activities.SelectMany(a => new[] { a.Title, a.FrontMatter.Summary });
}

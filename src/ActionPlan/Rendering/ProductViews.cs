using ActionPlan.Configuration;
using ActionPlan.Model;

namespace ActionPlan.Rendering;

/// <summary>What the products add to the views of the pages, so that rendering knows no product.</summary>
/// <param name="DataOf">The typed data each product shows on a page.</param>
/// <param name="Series">The yearly series, in the order their year links are listed.</param>
/// <param name="SearchOf">A language's search page and the path of its index, where the site has one.</param>
public sealed record ProductViews(Func<Page, IReadOnlyList<object>> DataOf, IReadOnlyList<YearSeries> Series, Func<Language, (Page Page, string IndexPath)?> SearchOf);

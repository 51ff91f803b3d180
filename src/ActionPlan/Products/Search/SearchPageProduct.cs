using ActionPlan.Model;

namespace ActionPlan.Products.Search;

/// <summary>The search page of each language, under its home (<c>/en/search/</c>); its index is written beside it by the search stage.</summary>
public sealed class SearchPageProduct : IProduct
{
    /// <summary>A language's search page.</summary>
    public static readonly MadePageType SearchPage = new("search");

    /// <inheritdoc/>
    public IEnumerable<Page> Plan(Site written, IReadOnlyList<Page> planned) =>
        written.Config.Languages.Select(l => written.Home(l) is { } home
                ? Page.Made("search", l, SearchPage, $"{home.UrlPath}{written.Config.SearchUrlName(l)}/", home)
                : null)
            .OfType<Page>();
}

using ActionPlan.Model;

namespace ActionPlan.Products.NotFound;

/// <summary>The page a server shows for a missing address, in each language under its home (<c>/en/404.html</c>); the default language's is also written at the root.</summary>
public sealed class NotFoundProduct : IProduct
{
    /// <summary>A language's not-found page.</summary>
    public static readonly MadePageType NotFoundPage = new("not-found") { ServedAnywhere = true };

    /// <inheritdoc/>
    public IEnumerable<Page> Plan(Site written, IReadOnlyList<Page> planned) =>
        written.Config.Languages.Select(l => written.Home(l) is { } home
                ? Page.Made("404", l, NotFoundPage, $"{home.UrlPath}{SiteUrls.NotFound}", home)
                : null)
            .OfType<Page>();
}

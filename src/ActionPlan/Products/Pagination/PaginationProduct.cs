using ActionPlan.Model;

namespace ActionPlan.Products.Pagination;

/// <summary>
/// The later pages of every listing longer than its section's page size (<c>/en/projects/page/2/</c>), written
/// sections and the listings planned before it alike; how many entries a listing has is asked of the other products,
/// and a section lists its pages unless a product fills it.
/// </summary>
/// <param name="others">The products that fill listings.</param>
public sealed class PaginationProduct(IReadOnlyList<IProduct> others) : IProduct
{
    /// <inheritdoc/>
    public IEnumerable<Page> Plan(Site written, IReadOnlyList<Page> planned)
    {
        foreach (var listing in written.Written.Where(p => p.Role == PageRole.Section).Concat(planned))
        {
            var size = written.PageSizeOf(listing);
            var pageCount = (EntriesOf(listing, written) + size - 1) / size;
            for (var number = 2; number <= pageCount; number++)
            {
                yield return Page.Continuing(listing, number);
            }
        }
    }

    /// <summary>How many entries a listing shows over all its pages: a product's count, else a section's pages; 0 for a page that lists nothing.</summary>
    private int EntriesOf(Page listing, Site site) =>
        others.Select(p => p.EntriesOf(listing, site)).FirstOrDefault(n => n is not null)
        ?? (listing.Role == PageRole.Section ? site.ChildrenOf(listing).Count : 0);
}

using ActionPlan.Diagnostics;
using ActionPlan.Model;
using ActionPlan.Printing;
using ActionPlan.Products.Filters;
using ActionPlan.Products.NotFound;
using ActionPlan.Products.Pagination;
using ActionPlan.Products.Register;
using ActionPlan.Products.Search;
using ActionPlan.Products.StatusReports;
using ActionPlan.Products.Tags;
using ActionPlan.Products.Timelines;
using ActionPlan.Rendering;

namespace ActionPlan.Products;

/// <summary>
/// The products a site is built with, in the order their pages are planned and their yearly series listed:
/// pagination last, since it pages the listings the others make.
/// </summary>
public static class SiteProducts
{
    private static readonly IReadOnlyList<IProduct> Listings =
        [new RegisterProduct(), new TimelineProduct(), new SearchPageProduct(), new NotFoundProduct(), new StatusReportProduct(), new FilteredListingProduct(), new TagsProduct()];

    /// <summary>Every product.</summary>
    public static IReadOnlyList<IProduct> All { get; } = [.. Listings, new PaginationProduct(Listings)];

    /// <summary>The products' year starters (<c>actionplan new &lt;command&gt; YEAR</c>).</summary>
    public static IReadOnlyList<IYearStarter> Starters { get; } = All.Select(p => p.Starter).OfType<IYearStarter>().ToList();

    /// <summary>The products' reports for the terminal (<c>actionplan &lt;command&gt; [--year YYYY]</c>).</summary>
    public static IReadOnlyList<IYearReport> Reports { get; } = All.Select(p => p.TerminalReport).OfType<IYearReport>().ToList();

    /// <summary>Checks the written site for what each product needs of it.</summary>
    public static void Check(Site written, DiagnosticBag diagnostics)
    {
        foreach (var product in All)
        {
            product.Check(written, diagnostics);
        }
    }

    /// <summary>Every product's pages, planned from the written site one product after another, in URL order.</summary>
    public static IReadOnlyList<Page> Plan(Site written)
    {
        var planned = new List<Page>();
        foreach (var product in All)
        {
            planned.AddRange(product.Plan(written, planned.ToList()));
        }

        return planned.OrderBy(p => p.UrlPath, StringComparer.Ordinal).ToList();
    }

    /// <summary>What the products add to the pages' views of the whole site, with the PDFs that were <paramref name="printed"/>.</summary>
    public static ProductViews ViewsOf(Site site, IReadOnlySet<string> printed) =>
        new(page => All.SelectMany(p => p.DataFor(page, site, printed)).ToList(),
            All.SelectMany(p => p.Series(site)).ToList(),
            language => site.FindMade(SearchPageProduct.SearchPage, language) is { } search ? (search, search.UrlPath + ActionPlan.Search.SearchIndexBuilder.IndexFile) : null);

    /// <summary>The pages the products print to PDF.</summary>
    public static IReadOnlyList<PrintJob> Prints(Site site) => All.SelectMany(p => p.Prints(site)).ToList();
}

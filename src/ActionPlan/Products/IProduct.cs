using ActionPlan.Diagnostics;
using ActionPlan.Model;
using ActionPlan.Printing;
using ActionPlan.Rendering;

namespace ActionPlan.Products;

/// <summary>
/// A kind of page the build makes from the written ones, each in a folder of its own as Markdig's extensions are: it
/// plans its pages from the written site, gives the typed data they (and any written page it adds to) show, counts the
/// entries of its listings, names its yearly series, and says which of its pages are printed.
/// </summary>
public interface IProduct
{
    /// <summary>The pages this product makes from the written site, given the pages planned before it; the build claims their addresses.</summary>
    IEnumerable<Page> Plan(Site written, IReadOnlyList<Page> planned);

    /// <summary>Checks the written site for what this product needs of it; problems go to <paramref name="diagnostics"/>.</summary>
    void Check(Site written, DiagnosticBag diagnostics)
    {
    }

    /// <summary>What this product shows on a page of the whole site (one it made, a later page of one, or a written page it adds to).</summary>
    IEnumerable<object> DataFor(Page page, Site site, IReadOnlySet<string> printed) => [];

    /// <summary>How many entries a listing shows over all its pages where this product fills it; null where it does not.</summary>
    int? EntriesOf(Page listing, Site site) => null;

    /// <summary>This product's yearly series, which other pages link to by year.</summary>
    IEnumerable<YearSeries> Series(Site site) => [];

    /// <summary>The pages of the whole site this product prints to PDF once they are written.</summary>
    IEnumerable<PrintJob> Prints(Site site) => [];

    /// <summary>How the editor starts this yearly product's next year (<c>actionplan new status 2009</c>), or null.</summary>
    IYearStarter? Starter => null;

    /// <summary>This yearly product's figures for the terminal (<c>actionplan status</c>), or null.</summary>
    IYearReport? TerminalReport => null;
}

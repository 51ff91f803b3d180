using ActionPlan.Diagnostics;

namespace ActionPlan.Model;

/// <summary>
/// The site of the written pages, checked and with their links resolved, and the addresses they hold: what the products
/// plan their pages from, before <see cref="Complete"/> claims those pages' addresses and makes the whole site.
/// </summary>
/// <param name="Site">The written pages (no made ones yet).</param>
/// <param name="Links">Each written page's resolved links and files.</param>
/// <param name="Urls">The addresses taken by written pages, aliases and files.</param>
public sealed record WrittenSite(Site Site, IReadOnlyDictionary<Page, PageLinks> Links, UrlRegistry Urls)
{
    /// <summary>
    /// The whole site: the written pages and the planned ones whose addresses are free; one planned on a written page's,
    /// an alias's or a file's address is an error there, and is left out.
    /// </summary>
    public Site Complete(IEnumerable<Page> planned, DiagnosticBag diagnostics) =>
        Site.With(Links, planned.Where(page => Urls.TryClaim(page, diagnostics)).ToList());
}

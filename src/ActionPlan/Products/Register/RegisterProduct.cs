using ActionPlan.Configuration;
using ActionPlan.Domain;
using ActionPlan.Model;
using ActionPlan.Rendering;

namespace ActionPlan.Products.Register;

/// <summary>
/// The register of networks, updated yearly with its earlier editions kept: under the networks section of each language
/// a list of editions and one page per year a network was registered in; the section page shows the newest edition.
/// </summary>
public sealed class RegisterProduct : IProduct
{
    /// <summary>The list of editions (<c>/en/networks/register/</c>).</summary>
    public static readonly MadePageType Archive = new("register-archive") { HasCrumb = true };

    /// <summary>One year's edition (<c>/en/networks/register/2008/</c>).</summary>
    public static readonly MadePageType Edition = new("register-edition") { Yearly = true };

    /// <summary>The years that have a register edition, earliest first.</summary>
    public static IReadOnlyList<int> Years(Site site) =>
        site.Written.Select(p => p.FrontMatter.Facts).OfType<NetworkFacts>().SelectMany(n => n.RegisterYears).Distinct().Order().ToList();

    /// <summary>The networks in a year's register edition, by weight and title.</summary>
    public static IReadOnlyList<RegisterEntry> Entries(Site site, int year, Language language) =>
        site.OfKind(ContentKind.Network, language)
            .Select(p => (Page: p, Facts: p.FrontMatter.Facts as NetworkFacts))
            .Where(n => n.Facts is not null && n.Facts.RegisterYears.Contains(year))
            .Select(n => new RegisterEntry(n.Page, n.Facts!, site.FindById(ContentKind.Contact, n.Facts!.Contact, language)))
            .ToList();

    /// <inheritdoc/>
    public IEnumerable<Page> Plan(Site written, IReadOnlyList<Page> planned)
    {
        var years = Years(written);
        foreach (var language in written.Config.Languages)
        {
            if (years.Count > 0 && written.SectionOf(ContentKind.Network, language) is { } networks)
            {
                var archive = Page.Made("register", language, Archive, networks.UrlPath + "register/", networks);
                yield return archive;
                foreach (var year in years)
                {
                    yield return Page.Made($"register/{year}", language, Edition, $"{archive.UrlPath}{year}/", archive, year);
                }
            }
        }
    }

    /// <inheritdoc/>
    public int? EntriesOf(Page listing, Site site) =>
        listing.Type == Edition ? Entries(site, listing.Year!.Value, listing.Language).Count
        // The networks section lists its networks through the register's editions, which are paged instead.
        : IsNetworksSection(listing) ? 0
        : null;

    /// <inheritdoc/>
    public IEnumerable<object> DataFor(Page page, Site site, IReadOnlySet<string> printed)
    {
        if (page.Listing.Type == Edition)
        {
            var year = page.Listing.Year!.Value;
            yield return new RegisterEdition(year, site.ShareOf(page, Entries(site, year, page.Language)));
        }
        else if (IsNetworksSection(page.Listing) && Years(site) is [.., var newest])
        {
            yield return new RegisterEdition(newest, Entries(site, newest, page.Language));
        }
    }

    /// <inheritdoc/>
    public IEnumerable<YearSeries> Series(Site site) =>
        [new YearSeries(Edition, Archive, Years(site), "register_editions", LinkedFrom, HomeOrder: 2)];

    /// <summary>True for the pages that link to the register's editions: the networks pages and the register's own.</summary>
    public static bool LinkedFrom(Page listing) =>
        (listing.IsWritten && listing.Section == ContentKind.Network.Folder) || listing.Type == Archive || listing.Type == Edition;

    private static bool IsNetworksSection(Page page) => page.Role == PageRole.Section && page.Source.Folder == ContentKind.Network.Folder;
}

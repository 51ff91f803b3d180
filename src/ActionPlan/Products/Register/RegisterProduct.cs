using ActionPlan.Configuration;
using ActionPlan.Domain;
using ActionPlan.Diagnostics;
using ActionPlan.Model;
using ActionPlan.Products.StatusReports;
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

    /// <summary>
    /// The plan has the register updated yearly: its latest edition may be at most a year older than the latest goal
    /// assessment. One warning, at the first network (by path, the default language's twin) in the latest edition.
    /// </summary>
    public void Check(Site written, DiagnosticBag diagnostics)
    {
        var networks = TwinGroups.Of(
                written.Written.Where(p => p.FrontMatter.Facts is NetworkFacts { KindKnown: true } facts && !facts.Unknown.Contains("")),
                written.Config.DefaultLanguage)
            .Select(twins => twins[0])
            .ToList();
        var edition = networks.SelectMany(p => ((NetworkFacts)p.FrontMatter.Facts).RegisterYears).Select(y => (int?)y).Max();
        if (StatusReportProduct.Years(written) is not [.., var year] || edition is not { } latest || year - latest <= 1)
        {
            return;
        }

        var page = networks.First(p => ((NetworkFacts)p.FrontMatter.Facts).RegisterYears.Contains(latest));
        var at = page.FrontMatter.Facts.Facts.FirstOrDefault(f => f.Path == NetworkFields.Register.Key);
        diagnostics.Warning("register-stale", page.Source.Path, at?.Line ?? page.FrontMatter.LineOf(NetworkFields.Register.Key), at?.Column ?? 1,
            $"the register of networks' latest edition is {latest}, but goals were assessed in {year}, and the plan has the register updated yearly: add {year} to 'register:' of each network that is still a member (here and in the other networks' pages), so the {year} edition is made.");
    }

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
    public IYearStarter Starter { get; } = new RegisterYearStarter();

    /// <inheritdoc/>
    public IEnumerable<YearSeries> Series(Site site) =>
        [new YearSeries(Edition, Archive, Years(site), "register_editions", LinkedFrom, HomeOrder: 2)];

    /// <summary>True for the pages that link to the register's editions: the networks pages and the register's own.</summary>
    public static bool LinkedFrom(Page listing) =>
        (listing.IsWritten && listing.Section == ContentKind.Network.Folder) || listing.Type == Archive || listing.Type == Edition;

    private static bool IsNetworksSection(Page page) => page.Role == PageRole.Section && page.Source.Folder == ContentKind.Network.Folder;
}

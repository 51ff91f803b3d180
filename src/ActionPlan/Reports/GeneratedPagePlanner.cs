using ActionPlan.Domain;
using ActionPlan.Loading;
using ActionPlan.Model;

namespace ActionPlan.Reports;

/// <summary>
/// Decides which pages the build makes, per language: the register archive and its yearly editions under
/// the networks section, a timeline per year under the activities section, the status reports, the search page
/// and the not-found page under home, for every section of projects, best practice, networks, activities or
/// publications one listing per focus area and per city that its pages refer to (so filtering works without
/// JavaScript), and the later pages of every listing longer than its section's page size.
/// </summary>
public static class GeneratedPagePlanner
{
    private static IEnumerable<ContentKind> FilteredKinds => ContentKind.All.Where(k => k.Filtered);

    private static IEnumerable<(string Field, ContentKind Kind)> Facets => ContentKind.ReferenceFields.Where(r => r.Target.Facet);

    /// <summary>Plans the pages made from the written pages of <paramref name="site"/>, in URL order.</summary>
    public static IReadOnlyList<Page> Plan(Site site)
    {
        var reports = new SiteReports(site);
        var pages = new List<Page>();
        foreach (var language in site.Config.Languages)
        {
            var code = language.Code;
            if (SectionPage(site, ContentKind.Network, code) is { } networks && reports.RegisterYears.Count > 0)
            {
                var archive = networks.UrlPath + "register/";
                var index = Page.Made("register", language, PageRole.RegisterArchive, archive, networks);
                pages.Add(index);
                pages.AddRange(reports.RegisterYears.Select(y =>
                    Page.Made($"register/{y}", language, PageRole.RegisterEdition, $"{archive}{y}/", index, y)));
            }

            if (SectionPage(site, ContentKind.Activity, code) is { } activities)
            {
                // A year's timeline in a language that has activities in it: an empty one would say nothing.
                pages.AddRange(reports.ActivityYears.Where(y => reports.Timeline(y, code).Count > 0).Select(y =>
                    Page.Made($"timeline/{y}", language, PageRole.Timeline, $"{activities.UrlPath}{y}/", activities, y)));
            }

            if (site.Home(code) is { } start)
            {
                pages.Add(Page.Made("search", language, PageRole.Search, $"{start.UrlPath}{site.Config.SearchUrlName(code)}/", start));
                pages.Add(Page.Made("404", language, PageRole.NotFound, $"{start.UrlPath}404.html", start));
            }

            if (site.Home(code) is { } home && reports.ReportYears.Count > 0)
            {
                var index = Page.Made("status", language, PageRole.StatusIndex, home.UrlPath + "status/", home);
                pages.Add(index);
                pages.AddRange(reports.ReportYears.Select(y =>
                    Page.Made($"status/{y}", language, PageRole.StatusReport, $"{index.UrlPath}{y}/", index, y)));
            }

            foreach (var kind in FilteredKinds)
            {
                if (SectionPage(site, kind, code) is not { } section)
                {
                    continue;
                }

                var members = site.OfKind(kind, code);
                foreach (var (field, facetKind) in Facets)
                {
                    var facetFolder = site.Config.SectionUrlName(facetKind.Folder, code);
                    foreach (var facet in site.OfKind(facetKind, code))
                    {
                        var items = members.Where(p => p.FrontMatter.Facts.References.Any(r => r.Field == field && r.Id == facet.Id)).ToList();
                        if (items.Count > 0)
                        {
                            var slug = facet.UrlPath.TrimEnd('/').Split('/')[^1];
                            pages.Add(Page.Made($"filter/{kind.Folder}/{field}/{facet.Id}", language, PageRole.FilteredListing,
                                $"{section.UrlPath}{facetFolder}/{slug}/", section, facet: facet, items: items));
                        }
                    }
                }
            }
        }

        // A listing longer than its section's page size goes on over numbered pages.
        foreach (var listing in site.Written.Where(p => p.Role == PageRole.Section).Concat(pages.ToList()))
        {
            var pageCount = (EntriesOf(reports, listing) + site.PageSizeOf(listing) - 1) / site.PageSizeOf(listing);
            pages.AddRange(Enumerable.Range(2, Math.Max(0, pageCount - 1)).Select(n => Page.Continuing(listing, n)));
        }

        return pages.OrderBy(g => g.UrlPath, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// How many entries a listing shows over all its pages: a section's pages, a filtered listing's, a timeline's
    /// activities, an edition's networks; 0 for a page that lists nothing. The activities and networks sections list
    /// their pages through their yearly timelines and register editions, which are paged instead.
    /// </summary>
    public static int EntriesOf(SiteReports reports, Page listing) => listing.Role switch
    {
        PageRole.Section when listing.Section == ContentKind.Activity.Folder || listing.Section == ContentKind.Network.Folder => 0,
        PageRole.Section => reports.Site.ChildrenOf(listing).Count,
        PageRole.FilteredListing => listing.Items.Count,
        PageRole.Timeline => reports.Timeline(listing.Year!.Value, listing.Language.Code).Count,
        PageRole.RegisterEdition => reports.Register(listing.Year!.Value, listing.Language.Code).Count,
        _ => 0,
    };

    /// <summary>The section page of the folder that holds a kind's pages, in a language.</summary>
    private static Page? SectionPage(Site site, ContentKind kind, string code) =>
        site.Find($"{kind.Folder}/{SourceFile.IndexName}", code);
}

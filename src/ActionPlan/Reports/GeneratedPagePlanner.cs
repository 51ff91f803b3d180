using ActionPlan.Diagnostics;
using ActionPlan.Domain;
using ActionPlan.Loading;
using ActionPlan.Model;

namespace ActionPlan.Reports;

/// <summary>
/// Decides which pages the build makes, per language: the register archive and its yearly editions under
/// the networks section, a timeline per year under the activities section, the status reports under home,
/// and, for every section of projects, best practice, networks, activities or publications, one listing per
/// focus area and per city that its pages refer to (so filtering works without JavaScript).
/// </summary>
public static class GeneratedPagePlanner
{
    private static IEnumerable<ContentKind> FilteredKinds => ContentKind.All.Where(k => k.Filtered);

    private static IEnumerable<(string Field, ContentKind Kind)> Facets => ContentKind.ReferenceFields.Where(r => r.Target.Facet);

    /// <summary>Plans the generated pages; one that would take a written page's URL is an error at that page.</summary>
    public static IReadOnlyList<GeneratedPage> Plan(SiteReports reports, DiagnosticBag diagnostics)
    {
        var site = reports.Site;
        var pages = new List<GeneratedPage>();
        foreach (var language in site.Config.Languages)
        {
            var code = language.Code;
            if (SectionPage(site, ContentKind.Network, code) is { } networks && reports.RegisterYears.Count > 0)
            {
                var archive = networks.UrlPath + "register/";
                pages.Add(new GeneratedPage("register", language, archive, GeneratedPageKind.RegisterArchive, networks));
                pages.AddRange(reports.RegisterYears.Select(y =>
                    new GeneratedPage($"register/{y}", language, $"{archive}{y}/", GeneratedPageKind.RegisterEdition, networks, y)));
            }

            if (SectionPage(site, ContentKind.Activity, code) is { } activities)
            {
                pages.AddRange(reports.ActivityYears.Select(y =>
                    new GeneratedPage($"timeline/{y}", language, $"{activities.UrlPath}{y}/", GeneratedPageKind.Timeline, activities, y)));
            }

            if (site.Home(code) is { } start)
            {
                pages.Add(new GeneratedPage("search", language, $"{start.UrlPath}search/", GeneratedPageKind.Search, start));
                pages.Add(new GeneratedPage("404", language, $"{start.UrlPath}404.html", GeneratedPageKind.NotFound, start));
            }

            if (site.Home(code) is { } home && reports.ReportYears.Count > 0)
            {
                var index = home.UrlPath + "status/";
                pages.Add(new GeneratedPage("status", language, index, GeneratedPageKind.StatusIndex, home));
                pages.AddRange(reports.ReportYears.Select(y =>
                    new GeneratedPage($"status/{y}", language, $"{index}{y}/", GeneratedPageKind.StatusReport, home, y)));
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
                            pages.Add(new GeneratedPage($"filter/{kind.Folder}/{field}/{facet.Id}", language,
                                $"{section.UrlPath}{facetFolder}/{slug}/", GeneratedPageKind.FilteredListing, section, Facet: facet, Items: items));
                        }
                    }
                }
            }
        }

        return pages.Where(g => site.Urls?.IsFreeFor(g.UrlPath, g.Key, diagnostics) ?? true).OrderBy(g => g.UrlPath, StringComparer.Ordinal).ToList();
    }

    /// <summary>The section page of the folder that holds a kind's pages, in a language.</summary>
    private static Page? SectionPage(Site site, ContentKind kind, string code) =>
        site.Find($"{kind.Folder}/{SourceFile.IndexName}", code);
}

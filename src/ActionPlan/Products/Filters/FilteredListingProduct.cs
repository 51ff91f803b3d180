using ActionPlan.Domain;
using ActionPlan.Model;

namespace ActionPlan.Products.Filters;

/// <summary>
/// For every section of a kind that is filtered (projects, best practice, networks, activities, publications), one
/// listing per focus area and per city its pages refer to, so a reader filters without JavaScript
/// (<c>/en/projects/cities/berlin/</c>).
/// </summary>
public sealed class FilteredListingProduct : IProduct
{
    /// <summary>A section's pages that refer to one focus area or city.</summary>
    public static readonly MadePageType Listing = new("filtered-listing");

    private static IEnumerable<ContentKind> FilteredKinds => ContentKind.All.Where(k => k.Filtered);

    private static IEnumerable<(string Field, ContentKind Kind)> Facets => ContentKind.ReferenceFields.Where(r => r.Target.Facet);

    /// <inheritdoc/>
    public IEnumerable<Page> Plan(Site written, IReadOnlyList<Page> planned)
    {
        foreach (var language in written.Config.Languages)
        {
            foreach (var kind in FilteredKinds)
            {
                if (written.SectionOf(kind, language) is not { } section)
                {
                    continue;
                }

                var members = written.OfKind(kind, language);
                foreach (var (field, facetKind) in Facets)
                {
                    var facetFolder = written.Config.SectionUrlName(facetKind.Folder, language);
                    foreach (var facet in written.OfKind(facetKind, language))
                    {
                        var items = members.Where(p => p.FrontMatter.Facts.References.Any(r => r.Field == field && r.Id == facet.Id)).ToList();
                        if (items.Count > 0)
                        {
                            var slug = facet.UrlPath.TrimEnd('/').Split('/')[^1];
                            yield return Page.Made($"filter/{kind.Folder}/{field}/{facet.Id}", language, Listing,
                                $"{section.UrlPath}{facetFolder}/{slug}/", section, facet: facet, items: items);
                        }
                    }
                }
            }
        }
    }

    /// <inheritdoc/>
    public int? EntriesOf(Page listing, Site site) => listing.Type == Listing ? listing.Items.Count : null;
}

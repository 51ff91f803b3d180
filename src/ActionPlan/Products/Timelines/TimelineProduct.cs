using ActionPlan.Configuration;
using ActionPlan.Domain;
using ActionPlan.Model;
using ActionPlan.Rendering;

namespace ActionPlan.Products.Timelines;

/// <summary>A timeline per year under the activities section of each language: the year's activities in date order.</summary>
public sealed class TimelineProduct : IProduct
{
    /// <summary>One year's timeline (<c>/en/activities/2008/</c>).</summary>
    public static readonly MadePageType TimelinePage = new("timeline") { Yearly = true };

    /// <summary>The years that have activities, earliest first.</summary>
    public static IReadOnlyList<int> Years(Site site) =>
        site.Written.Select(p => p.FrontMatter.Facts).OfType<ActivityFacts>().Select(a => a.When.Year).Distinct().Order().ToList();

    /// <summary>A year's activities in date order, then by title (an activity whose facts could not be read is in no year).</summary>
    public static IReadOnlyList<Page> Activities(Site site, int year, Language language) =>
        site.OfKind(ContentKind.Activity, language)
            .Select(p => (Page: p, Facts: p.FrontMatter.Facts as ActivityFacts))
            .Where(a => a.Facts is not null && a.Facts.When.Year == year)
            .OrderBy(a => a.Facts!.When)
            .ThenBy(a => a.Page.Title, language.Collation)
            .ThenBy(a => a.Page.UrlPath, StringComparer.Ordinal)
            .Select(a => a.Page)
            .ToList();

    /// <inheritdoc/>
    public IEnumerable<Page> Plan(Site written, IReadOnlyList<Page> planned)
    {
        var years = Years(written);
        foreach (var language in written.Config.Languages)
        {
            if (written.SectionOf(ContentKind.Activity, language) is not { } activities)
            {
                continue;
            }

            // A year's timeline in a language that has activities in it: an empty one would say nothing.
            foreach (var year in years.Where(y => Activities(written, y, language).Count > 0))
            {
                yield return Page.Made($"timeline/{year}", language, TimelinePage, $"{activities.UrlPath}{year}/", activities, year);
            }
        }
    }

    /// <inheritdoc/>
    public int? EntriesOf(Page listing, Site site) =>
        listing.Type == TimelinePage ? Activities(site, listing.Year!.Value, listing.Language).Count
        // The activities section lists its activities through the yearly timelines, which are paged instead.
        : listing.Role == PageRole.Section && listing.Source.Folder == ContentKind.Activity.Folder ? 0
        : null;

    /// <inheritdoc/>
    public IEnumerable<object> DataFor(Page page, Site site, IReadOnlySet<string> printed) =>
        page.Listing.Type == TimelinePage
            ? [new Timeline(page.Listing.Year!.Value, site.ShareOf(page, Activities(site, page.Listing.Year!.Value, page.Language)))]
            : [];

    /// <inheritdoc/>
    public IEnumerable<YearSeries> Series(Site site) =>
        [new YearSeries(TimelinePage, null, Years(site), "timelines",
            listing => (listing.IsWritten && listing.Section == ContentKind.Activity.Folder) || listing.Type == TimelinePage)];
}

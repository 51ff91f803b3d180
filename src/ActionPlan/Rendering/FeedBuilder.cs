using System.Collections.Concurrent;
using ActionPlan.Configuration;
using ActionPlan.Model;

namespace ActionPlan.Rendering;

/// <summary>
/// Gathers each language's Atom feed from the views of the pages as they are rendered (from any thread): every page
/// with a date (<see cref="Page.Date"/>: activities, presentations, publications, register editions, timelines, status
/// reports, pages with <c>date:</c>), with the title, summary and kind its page shows, newest first.
/// A language with no dated page has no feed, and its pages link to none.
/// </summary>
public sealed class FeedBuilder
{
    /// <summary>The most entries a feed holds: the newest.</summary>
    public const int Size = 50;

    private readonly ConcurrentDictionary<string, ConcurrentBag<FeedEntry>> _entries = new(StringComparer.Ordinal);

    /// <summary>True for a page a feed lists: one with a date of its own.</summary>
    public static bool Lists(Page page) => page.Date is not null;

    /// <summary>True when a language of the site has a feed: it has a home page and some page of it is dated.</summary>
    public static bool HasFeed(Site site, Language language) =>
        site.Home(language) is not null && site.Pages.Any(p => p.Language == language && Lists(p));

    /// <summary>Takes a rendered page's view into its language's feed, if the page is dated.</summary>
    public void Add(PageView view)
    {
        if (view.Page.Date is not { } date)
        {
            return;
        }

        var formatted = view.FormatDate(date);
        // A year or a month is shown beside the title, since Atom stamps it with the period's first day; a title that
        // already names it ("Status report 2008") is left as it is.
        var period = date.IsDay || view.Title.Contains(formatted, StringComparison.OrdinalIgnoreCase) ? null : formatted;
        var changed = view.Updated is { } updated && updated > date.First ? updated : (DateOnly?)null;
        var entry = new FeedEntry(view.Title, period, view.CanonicalUrl, date, changed, CategoryOf(view.Page), view.KindName, view.Summary);
        _entries.GetOrAdd(view.Language.Code, _ => []).Add(entry);
    }

    /// <summary>An entry's category term, the same in every language: the yearly made page's kind, else the page's kind (<c>activity</c>, <c>status-report</c>).</summary>
    private static string CategoryOf(Page page) =>
        page is { Role: PageRole.Made, Type.Yearly: true } ? page.Type.Name : page.Kind.Name;

    /// <summary>A language's entries, newest first (then the more precise date, then by address), at most <see cref="Size"/>.</summary>
    public IReadOnlyList<FeedEntry> EntriesOf(Language language) =>
        _entries.TryGetValue(language.Code, out var entries)
            ? entries.OrderByDescending(e => e.Updated).ThenByDescending(e => e.Date).ThenBy(e => e.Url, StringComparer.Ordinal).Take(Size).ToList()
            : [];
}

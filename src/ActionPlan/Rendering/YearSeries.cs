using ActionPlan.Model;

namespace ActionPlan.Rendering;

/// <summary>A yearly series of made pages (register editions, timelines, status reports), as its product declares it.</summary>
/// <param name="Type">The kind of its yearly pages.</param>
/// <param name="Index">The kind of the page that lists the whole series, where it has one.</param>
/// <param name="Years">The years it has a page for, earliest first.</param>
/// <param name="HeadingKey">The interface text its year links are listed under.</param>
/// <param name="LinkedFrom">Whether a listing's first page (written or made) links to the series' years.</param>
/// <param name="HomeOrder">Where the home page names the series' newest page among the others it names; null where it does not.</param>
public sealed record YearSeries(MadePageType Type, MadePageType? Index, IReadOnlyList<int> Years, string HeadingKey, Func<Page, bool> LinkedFrom, int? HomeOrder = null);

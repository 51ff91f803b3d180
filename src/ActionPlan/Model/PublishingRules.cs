using ActionPlan.Loading;

namespace ActionPlan.Model;

/// <summary>
/// Which pages are published: drafts only when asked for, and only pages whose publication date has come and
/// whose expiry date has not. A withheld page is left out of everything: pages, listings, sitemap, feeds, search.
/// </summary>
/// <param name="IncludeDrafts">True to build drafts too (for preview).</param>
/// <param name="Today">The day the build counts as today.</param>
public sealed record PublishingRules(bool IncludeDrafts, DateOnly Today)
{
    /// <summary>The rules for a build today (UTC), without drafts.</summary>
    public static PublishingRules Default => new(false, DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>The day a page waits for (its future <c>date:</c>) when that, and not a draft mark, is what withholds it; else null.</summary>
    public DateOnly? PublishesLater(PageFrontMatter page) =>
        !(page.Draft && !IncludeDrafts) && page.Date is { } date && date > Today ? date : null;

    /// <summary>Why a page is withheld ("a draft", "to be published on …", "expired on …"), or null when it is published.</summary>
    public string? WithheldBecause(PageFrontMatter page) =>
        page.Draft && !IncludeDrafts ? "a draft"
        : page.Date is { } date && date > Today ? $"to be published on {date:yyyy-MM-dd}"
        : page.Expires is { } expires && expires <= Today ? $"expired on {expires:yyyy-MM-dd}"
        : null;
}

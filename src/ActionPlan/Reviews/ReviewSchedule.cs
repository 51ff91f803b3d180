using ActionPlan.Domain;
using ActionPlan.Model;

namespace ActionPlan.Reviews;

/// <summary>The pages that name a review date (<c>review_by:</c>), for <c>actionplan review</c>: one entry per pair of twins.</summary>
public static class ReviewSchedule
{
    /// <summary>
    /// The site's review dates as of <paramref name="today"/>: past due first, then by owner (pages without one last),
    /// then by day and file.
    /// </summary>
    public static IReadOnlyList<ReviewEntry> Of(Site site, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(site);
        return TwinGroups.Of(site.Written.Where(p => p.FrontMatter.Facts.ReviewBy is not null), site.Config.DefaultLanguage)
            .Select(twins => twins[0])
            .Select(p =>
            {
                var facts = p.FrontMatter.Facts;
                var owner = facts.Owner is { } id ? site.FindById(ContentKind.Contact, id, p.Language) : null;
                return new ReviewEntry(p.Source.Path, p.Title, facts.Owner, owner?.Title, facts.ReviewBy!.Value, facts.ReviewBy < today);
            })
            .OrderBy(e => e.PastDue ? 0 : 1)
            .ThenBy(e => e.Owner is null ? 1 : 0)
            .ThenBy(e => e.Owner, StringComparer.Ordinal)
            .ThenBy(e => e.Due)
            .ThenBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
    }
}

using ActionPlan.Model;

namespace ActionPlan.Translations;

/// <summary>Which pages still lack a translation, and which translations have fallen behind their twin.</summary>
public static class TranslationStatus
{
    /// <summary>Pages with no twin in some language, in path order.</summary>
    public static IReadOnlyList<TranslationEntry> Missing(Site site) =>
        site.Pages
            .SelectMany(page => site.Config.Languages
                .Where(l => l != page.Language && site.Find(page.Source.TwinKey, l.Code) is null)
                .Select(l => new TranslationEntry(page.Source.Path, l, Missing: true)))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Language.Code, StringComparer.Ordinal)
            .ToList();

    /// <summary>Twins older than another language's version of the same page (that one changed after them).</summary>
    public static IReadOnlyList<TranslationEntry> Stale(Site site, ChangeTimes times)
    {
        var stale = new List<TranslationEntry>();
        foreach (var twins in site.Pages.GroupBy(p => p.Source.TwinKey).Where(g => g.Count() > 1))
        {
            var newest = twins.MaxBy(p => times.Of(p.Source.Path))!;
            foreach (var page in twins.Where(p => times.Of(newest.Source.Path) - times.Of(p.Source.Path) > times.Tolerance))
            {
                stale.Add(new TranslationEntry(page.Source.Path, page.Language, Missing: false, newest.Source.Path));
            }
        }

        return stale.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
    }
}

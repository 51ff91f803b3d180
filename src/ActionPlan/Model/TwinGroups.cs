using ActionPlan.Configuration;

namespace ActionPlan.Model;

/// <summary>Pages gathered by twins, for checks and lists that speak once for facts twins share.</summary>
public static class TwinGroups
{
    /// <summary>
    /// Each set of twins among <paramref name="pages"/>, the default language's page first (the one that speaks for them),
    /// the rest by path; the sets ordered by their first page's path, so messages come in the same order on every machine.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Page>> Of(IEnumerable<Page> pages, Language defaultLanguage) =>
        pages.GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<Page>)g.OrderBy(p => p.Language == defaultLanguage ? 0 : 1).ThenBy(p => p.Source.Path, StringComparer.Ordinal).ToList())
            .OrderBy(g => g[0].Source.Path, StringComparer.Ordinal)
            .ToList();
}

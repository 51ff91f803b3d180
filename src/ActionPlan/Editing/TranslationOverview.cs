using ActionPlan.Model;
using ActionPlan.Translations;

namespace ActionPlan.Editing;

/// <summary>
/// What the preview's overview for editors (<c>/admin/translations/</c>) lists: pages missing a twin, twins behind their
/// source (the <c>translations</c> report) and drafts, each with its address in the site and its entry in the editor.
/// </summary>
/// <param name="Missing">Pages with no twin in some language, in path order.</param>
/// <param name="Behind">Translations whose source changed after them, in path order.</param>
/// <param name="FromGit">True when the change times come from git history, false when from file times.</param>
/// <param name="Drafts">The drafts among the pages, in path order (none when the site was read without them).</param>
public sealed record TranslationOverview(IReadOnlyList<MissingTwin> Missing, IReadOnlyList<StaleTranslation> Behind, bool FromGit, IReadOnlyList<DraftPage> Drafts)
{
    /// <summary>The overview of <paramref name="site"/>, with its files' change times <paramref name="times"/>.</summary>
    public static TranslationOverview Of(Site site, ChangeTimes times)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(times);
        var byPath = site.Written.ToDictionary(p => p.Source.Path, StringComparer.Ordinal);
        var missing = TranslationStatus.Missing(site)
            .Select(entry => new MissingTwin(entry.Path, entry.Language, byPath[entry.Path].UrlPath, EditorEntry.For(byPath[entry.Path].Source, entry.Language)))
            .ToList();
        var behind = TranslationStatus.Stale(site, times)
            .Select(entry => (Page: byPath[entry.Path], Source: byPath[entry.Newer!]))
            .Select(pair => new StaleTranslation(pair.Page.Source.Path, pair.Source.Source.Path, pair.Page.UrlPath, pair.Source.UrlPath, EditorEntry.For(pair.Page.Source, pair.Page.Language)))
            .ToList();
        var drafts = site.Written.Where(p => p.FrontMatter.Draft).OrderBy(p => p.Source.Path, StringComparer.Ordinal)
            .Select(page => new DraftPage(page.Source.Path, page.Title, EditorEntry.For(page.Source, page.Language)))
            .ToList();
        return new TranslationOverview(missing, behind, times.FromGit, drafts);
    }
}

using ActionPlan.Model;

namespace ActionPlan.Translations;

/// <summary>Which pages still lack a translation, and which translations have fallen behind their twin.</summary>
public static class TranslationStatus
{
    /// <summary>Pages with no twin in some language, in path order.</summary>
    public static IReadOnlyList<TranslationEntry> Missing(Site site) =>
        site.Written
            .SelectMany(page => site.Config.Languages
                .Where(l => l != page.Language && site.Find(page.Source.TwinKey, l) is null)
                .Select(l => new TranslationEntry(page.Source.Path, l, Missing: true)))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Language.Code, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Translations behind their source: the source (the <c>default_language</c> version, or the one a twin names with
    /// <c>source_language:</c>) changed after the translation was last changed, and after the day the translation says
    /// it follows (<c>translated:</c>). Only translations are ever behind: a source is the reference, not a copy.
    /// </summary>
    public static IReadOnlyList<TranslationEntry> Stale(Site site, ChangeTimes times)
    {
        var stale = new List<TranslationEntry>();
        foreach (var twins in site.Written.GroupBy(p => p.Source.TwinKey).Where(g => g.Count() > 1))
        {
            var source = SourceOf(site, twins.ToList());
            var changed = times.Of(source.Source.Path);
            foreach (var page in twins.Where(p => p != source))
            {
                var followed = page.FrontMatter.Translated is { } day
                    ? new DateTimeOffset(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero)
                    : DateTimeOffset.MinValue;
                var synced = times.Of(page.Source.Path) > followed ? times.Of(page.Source.Path) : followed;
                if (changed - synced > times.Tolerance)
                {
                    stale.Add(new TranslationEntry(page.Source.Path, page.Language, Missing: false, source.Source.Path));
                }
            }
        }

        return stale.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>The twin the others are translated from: named by <c>source_language:</c>, else the default language's, else the first.</summary>
    public static Page SourceOf(Site site, IReadOnlyList<Page> twins)
    {
        var ordered = twins.OrderBy(p => site.Config.Languages.ToList().IndexOf(p.Language)).ToList();
        var named = ordered.Select(p => p.FrontMatter.SourceLanguage).OfType<string>().FirstOrDefault() ?? site.Config.DefaultLanguage.Code;
        return ordered.FirstOrDefault(p => p.Language.Code == named) ?? ordered[0];
    }
}

using ActionPlan.Domain;
using ActionPlan.Model;

namespace ActionPlan.Reports;

/// <summary>
/// Computes the action plan's reports from the site's pages: register editions, activity timelines and
/// annual status reports, each for a year in one language. The same figures feed the pages and the
/// <c>status</c> command.
/// </summary>
public sealed class SiteReports(Site site)
{
    /// <summary>The site reported on.</summary>
    public Site Site { get; } = site;

    /// <summary>The years that have a register edition, earliest first.</summary>
    public IReadOnlyList<int> RegisterYears =>
        Site.Pages.Select(p => p.FrontMatter.Facts).OfType<NetworkFacts>().SelectMany(n => n.RegisterYears).Distinct().Order().ToList();

    /// <summary>The years that have activities, earliest first.</summary>
    public IReadOnlyList<int> ActivityYears =>
        Site.Pages.Select(p => p.FrontMatter.Facts).OfType<ActivityFacts>().Select(a => a.When.Year).Distinct().Order().ToList();

    /// <summary>The years a status report is made for: any year with an assessment, an activity or a register edition.</summary>
    public IReadOnlyList<int> ReportYears =>
        Site.Pages.Select(p => p.FrontMatter.Facts).OfType<FocusAreaFacts>()
            .SelectMany(f => f.Goals).SelectMany(g => g.Assessments).Select(a => a.Year)
            .Concat(RegisterYears).Concat(ActivityYears).Distinct().Order().ToList();

    /// <summary>The networks in a year's register edition, by weight and title.</summary>
    public IReadOnlyList<RegisterEntry> Register(int year, string languageCode) =>
        Site.OfKind(ContentKind.Network, languageCode)
            .Where(p => p.FrontMatter.Facts is NetworkFacts n && n.RegisterYears.Contains(year))
            .Select(p =>
            {
                var facts = (NetworkFacts)p.FrontMatter.Facts;
                return new RegisterEntry(p, facts, Site.FindById(ContentKind.Contact, facts.Contact, languageCode));
            })
            .ToList();

    /// <summary>A year's activities in date order, then by title.</summary>
    public IReadOnlyList<Page> Timeline(int year, string languageCode) =>
        Site.OfKind(ContentKind.Activity, languageCode)
            .Where(p => ((ActivityFacts)p.FrontMatter.Facts).When.Year == year)
            .OrderBy(p => ((ActivityFacts)p.FrontMatter.Facts).When)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .ToList();

    /// <summary>The status report for a year in a language.</summary>
    public StatusReport StatusReport(int year, string languageCode)
    {
        var focusAreas = Site.OfKind(ContentKind.FocusArea, languageCode)
            .Where(p => p.FrontMatter.Facts is FocusAreaFacts)
            .Select(p =>
            {
                var facts = (FocusAreaFacts)p.FrontMatter.Facts;
                return new FocusAreaLine(p, facts, facts.Goals.Select(g => new GoalLine(g, g.AssessmentIn(year))).ToList());
            })
            .OrderBy(f => f.Facts.Number)
            .ToList();

        // The web goal counts English presentations: a project's English page with a publication date in the year.
        var english = Site.Config.FindLanguage("en")?.Code ?? Site.Config.DefaultLanguage.Code;
        var presented = Site.OfKind(ContentKind.Project, english)
            .Where(p => p.FrontMatter.Date?.Year == year)
            .Select(p => Site.Find(p.Source.TwinKey, languageCode) ?? p)
            .ToList();

        return new StatusReport(year, focusAreas, Timeline(year, languageCode), Register(year, languageCode), presented);
    }
}

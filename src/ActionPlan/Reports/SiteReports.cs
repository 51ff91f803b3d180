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
        Site.Written.Select(p => p.FrontMatter.Facts).OfType<NetworkFacts>().SelectMany(n => n.RegisterYears).Distinct().Order().ToList();

    /// <summary>The years that have activities, earliest first.</summary>
    public IReadOnlyList<int> ActivityYears =>
        Site.Written.Select(p => p.FrontMatter.Facts).OfType<ActivityFacts>().Select(a => a.When.Year).Distinct().Order().ToList();

    /// <summary>
    /// The years a status report is made for: those in which goals were assessed. A year with activities or a register
    /// edition only has its timeline and register pages; a status report for it would show statuses nobody gave.
    /// </summary>
    public IReadOnlyList<int> ReportYears =>
        Site.Written.Select(p => p.FrontMatter.Facts).OfType<FocusAreaFacts>()
            .SelectMany(f => f.Goals).SelectMany(g => g.Assessments).Select(a => a.Year)
            .Distinct().Order().ToList();

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

    /// <summary>A year's activities in date order, then by title (an activity whose facts could not be read is in no year).</summary>
    public IReadOnlyList<Page> Timeline(int year, string languageCode) =>
        Site.OfKind(ContentKind.Activity, languageCode)
            .Where(p => p.FrontMatter.Facts is ActivityFacts facts && facts.When.Year == year)
            .OrderBy(p => ((ActivityFacts)p.FrontMatter.Facts).When)
            .ThenBy(p => p.Title, Site.Config.FindLanguage(languageCode)!.Collation)
            .ThenBy(p => p.UrlPath, StringComparer.Ordinal)
            .ToList();

    /// <summary>The status report for a year in a language.</summary>
    public StatusReport StatusReport(int year, string languageCode)
    {
        var focusAreas = Site.OfKind(ContentKind.FocusArea, languageCode)
            .Where(p => p.FrontMatter.Facts is FocusAreaFacts)
            .Select(p =>
            {
                var facts = (FocusAreaFacts)p.FrontMatter.Facts;
                return new FocusAreaLine(p, facts, facts.Goals.Select(g => new GoalLine(g, g.AssessmentIn(year), year)).ToList());
            })
            // A plan's focus areas are reported in its years; after it, only where a document still assessed them.
            .Where(f => Site.PeriodOf(f.Facts) is not { } period || period.Contains(year) || f.Goals.Any(g => g.AssessedInYear))
            .OrderBy(f => f.Facts.Number)
            .ToList();

        return new StatusReport(year, focusAreas, Timeline(year, languageCode), Register(year, languageCode), MeasuredGoals(languageCode).Where(m => m.In(year) is not null).ToList());
    }

    /// <summary>Every measured goal of the site, by focus area number and goal, counted for pages in a language.</summary>
    public IReadOnlyList<MeasuredGoal> MeasuredGoals(string languageCode) =>
        Site.OfKind(ContentKind.FocusArea, languageCode)
            .Where(p => p.FrontMatter.Facts is FocusAreaFacts)
            .OrderBy(p => ((FocusAreaFacts)p.FrontMatter.Facts).Number)
            .SelectMany(p => MeasuredGoals(p))
            .ToList();

    /// <summary>A focus area's measured goals, shown in its page's language, counted inside its plan's period.</summary>
    public IReadOnlyList<MeasuredGoal> MeasuredGoals(Page focusArea)
    {
        if (focusArea.FrontMatter.Facts is not FocusAreaFacts area)
        {
            return [];
        }

        var record = Site.FirstPublished;
        var period = Site.PeriodOf(area);
        return area.Goals.Where(g => g.Measure is not null).Select(goal =>
        {
            var measure = goal.Measure!;
            var all = Site.OfKind(measure.Counts, measure.LanguageCode);
            var counted = all.Where(p => record.FirstPublished(p) is not null)
                .OrderBy(p => record.FirstPublished(p)).ThenBy(p => p.Source.Path, StringComparer.Ordinal)
                .ToList();
            var span = period is null ? null : goal.CountedYears(period);
            var years = new List<MeasuredYear>();
            IEnumerable<int> counting = span is null ? [] : Enumerable.Range(span.First, span.Last - span.First + 1);
            foreach (var year in counting)
            {
                if (!record.IsRecorded(measure.Counts, year))
                {
                    // Years off the record run together: one row that says so, not a row of guesses per year.
                    if (years.Count > 0 && !years[^1].Recorded && years[^1].Until == year - 1)
                    {
                        years[^1] = years[^1] with { Until = year };
                    }
                    else
                    {
                        years.Add(new MeasuredYear(year, year, false, [], measure.PerYear));
                    }

                    continue;
                }

                var pages = counted.Where(p => record.FirstPublished(p)!.Value.Year == year).Select(p => InLanguageOf(p, focusArea)).ToList();
                years.Add(new MeasuredYear(year, year, true, pages, measure.PerYear));
            }

            var own = new SiteRecord(
                [.. counted.Select(p => InLanguageOf(p, focusArea)), .. all.Except(counted).OrderBy(p => p.Source.Path, StringComparer.Ordinal).Select(p => InLanguageOf(p, focusArea))],
                counted.Select(p => record.FirstPublished(p)!.Value.Year).Distinct().Order().ToList(),
                all.Count - counted.Count);
            return new MeasuredGoal(focusArea, area, goal, span, years, measure.Counts.CountedOn is null ? record.HistoryStart : null, own);
        }).ToList();
    }

    private Page InLanguageOf(Page page, Page shownOn) => Site.Find(page.Source.TwinKey, shownOn.Language.Code) ?? page;
}

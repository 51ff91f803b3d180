using System.Runtime.CompilerServices;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Domain;
using ActionPlan.Model;
using ActionPlan.Printing;
using ActionPlan.Products.Register;
using ActionPlan.Products.Timelines;
using ActionPlan.Rendering;

namespace ActionPlan.Products.StatusReports;

/// <summary>
/// The action plan's annual status reports: under each language's home a list of reports and one report per year in
/// which goals were assessed (goal fulfilment per focus area, the year's activities and register edition, the goals
/// measured from the site's own pages), each printed to PDF where the site asks; a focus area's page shows its
/// measured goals. The same figures feed the pages and the <c>status</c> command.
/// </summary>
public sealed class StatusReportProduct : IProduct
{
    /// <summary>The list of status reports (<c>/en/status/</c>).</summary>
    public static readonly MadePageType Index = new("status-index");

    /// <summary>One year's status report (<c>/en/status/2008/</c>).</summary>
    public static readonly MadePageType Report = new("status-report") { Yearly = true };

    /// <summary>
    /// The years a status report is made for: those in which goals were assessed. A year with activities or a register
    /// edition only has its timeline and register pages; a status report for it would show statuses nobody gave.
    /// </summary>
    public static IReadOnlyList<int> Years(Site site) =>
        site.Written.Select(p => p.FrontMatter.Facts).OfType<FocusAreaFacts>()
            .SelectMany(f => f.Goals).SelectMany(g => g.Assessments).Select(a => a.Year)
            .Distinct().Order().ToList();

    /// <summary>Where a status report page's PDF is written: beside the page, named by its year and language.</summary>
    public static string PdfOf(Page report) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{report.UrlPath}status-{report.Year}-{report.Language.Code}.pdf");

    // The record of a site's written pages, made once by Check (with its warnings) and shared by the whole site made from them.
    private static readonly ConditionalWeakTable<IReadOnlyList<Page>, PublicationRecord> Records = new();

    /// <summary>When the pages the site's measured goals count were first published (or their events took place).</summary>
    public static PublicationRecord RecordOf(Site site) => Records.GetValue(site.Written, _ => PublicationRecord.Collect(site, new DiagnosticBag()));

    /// <summary>Dates the pages the measured goals count, once per written site; a page that will count once committed is a warning.</summary>
    public void Check(Site written, DiagnosticBag diagnostics) => Records.AddOrUpdate(written.Written, PublicationRecord.Collect(written, diagnostics));

    /// <inheritdoc/>
    public IEnumerable<Page> Plan(Site written, IReadOnlyList<Page> planned)
    {
        var years = Years(written);
        foreach (var language in written.Config.Languages)
        {
            if (years.Count > 0 && written.Home(language) is { } home)
            {
                var index = Page.Made("status", language, Index, home.UrlPath + "status/", home);
                yield return index;
                foreach (var year in years)
                {
                    yield return Page.Made($"status/{year}", language, Report, $"{index.UrlPath}{year}/", index, year);
                }
            }
        }
    }

    /// <inheritdoc/>
    public IEnumerable<object> DataFor(Page page, Site site, IReadOnlySet<string> printed)
    {
        if (page.Type == Report)
        {
            yield return ReportFor(site, page.Year!.Value, page.Language);
            if (printed.Contains(PdfOf(page)))
            {
                yield return new PrintedCopy(SiteUrls.Href(site.Config.BasePath, PdfOf(page)));
            }
        }
        else if (page.IsWritten && page.FrontMatter.Facts is FocusAreaFacts)
        {
            yield return new GoalMeasures(MeasuredGoals(site, page));
        }
    }

    /// <inheritdoc/>
    public IYearStarter Starter { get; } = new StatusYearStarter();

    /// <inheritdoc/>
    public IYearReport TerminalReport { get; } = new StatusReportWriter();

    /// <inheritdoc/>
    public IEnumerable<YearSeries> Series(Site site) =>
        [new YearSeries(Report, Index, Years(site), "status_reports", listing => RegisterProduct.LinkedFrom(listing)
            || (listing.IsWritten && listing.Section == ContentKind.FocusArea.Folder) || listing.Type == Index || listing.Type == Report, HomeOrder: 1)];

    /// <inheritdoc/>
    public IEnumerable<PrintJob> Prints(Site site) =>
        site.Config.StatusPdf
            ? site.Made.Where(p => p.Type == Report).Select(page => new PrintJob(page.OutputPath, PdfOf(page),
                site.Config.Footer.Authority?.For(page.Language) ?? site.Config.Title.For(page.Language), page.Year!.Value, new DateOnly(page.Year!.Value, 12, 31)))
            : [];

    /// <summary>The status report for a year in a language.</summary>
    public static StatusReport ReportFor(Site site, int year, Language language)
    {
        var focusAreas = site.OfKind(ContentKind.FocusArea, language)
            .Where(p => p.FrontMatter.Facts is FocusAreaFacts)
            .Select(p =>
            {
                var facts = (FocusAreaFacts)p.FrontMatter.Facts;
                return new FocusAreaLine(p, facts, facts.Goals.Select(g => new GoalLine(g, g.AssessmentIn(year), year)).ToList());
            })
            // A plan's focus areas are reported in its years; after it, only where a document still assessed them.
            .Where(f => site.PeriodOf(f.Facts) is not { } period || period.Contains(year) || f.Goals.Any(g => g.AssessedInYear))
            .OrderBy(f => f.Facts.Number)
            .ToList();

        return new StatusReport(year, focusAreas, TimelineProduct.Activities(site, year, language), RegisterProduct.Entries(site, year, language), MeasuredGoals(site, language).Where(m => m.In(year) is not null).ToList());
    }

    /// <summary>Every measured goal of the site, by focus area number and goal, counted for pages in a language.</summary>
    public static IReadOnlyList<MeasuredGoal> MeasuredGoals(Site site, Language language) =>
        site.OfKind(ContentKind.FocusArea, language)
            .Where(p => p.FrontMatter.Facts is FocusAreaFacts)
            .OrderBy(p => ((FocusAreaFacts)p.FrontMatter.Facts).Number)
            .SelectMany(p => MeasuredGoals(site, p))
            .ToList();

    /// <summary>A focus area's measured goals, shown in its page's language, counted inside its plan's period.</summary>
    public static IReadOnlyList<MeasuredGoal> MeasuredGoals(Site site, Page focusArea)
    {
        if (focusArea.FrontMatter.Facts is not FocusAreaFacts area)
        {
            return [];
        }

        var record = RecordOf(site);
        var period = site.PeriodOf(area);
        return area.Goals.Where(g => g.Measure is not null).Select(goal =>
        {
            var measure = goal.Measure!;
            IReadOnlyList<Page> all = site.Config.FindLanguage(measure.LanguageCode) is { } countedIn ? site.OfKind(measure.Counts, countedIn) : [];
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

                var pages = counted.Where(p => record.FirstPublished(p)!.Value.Year == year).Select(p => InLanguageOf(site, p, focusArea)).ToList();
                years.Add(new MeasuredYear(year, year, true, pages, measure.PerYear));
            }

            var own = new SiteRecord(
                [.. counted.Select(p => InLanguageOf(site, p, focusArea)), .. all.Except(counted).OrderBy(p => p.Source.Path, StringComparer.Ordinal).Select(p => InLanguageOf(site, p, focusArea))],
                counted.Select(p => record.FirstPublished(p)!.Value.Year).Distinct().Order().ToList(),
                all.Count - counted.Count);
            return new MeasuredGoal(focusArea, area, goal, span, years, measure.Counts.CountedOn is null ? record.HistoryStart : null, own);
        }).ToList();
    }

    private static Page InLanguageOf(Site site, Page page, Page shownOn) => site.Find(page.Source.TwinKey, shownOn.Language) ?? page;
}

using ActionPlan.Diagnostics;
using ActionPlan.Domain;
using ActionPlan.Loading;
using ActionPlan.Model;

namespace ActionPlan.Products.StatusReports;

/// <summary>
/// The day each page counted by a measured goal counts on: for a kind that records events, the day of the event
/// (<see cref="ContentKind.CountedOn"/>); otherwise the day its page was first published, its <c>date:</c> where the
/// editor set one, else the first commit of its file. A page neither dates is left undated, never guessed: the
/// years it could fall in are then off the record, and the site's own record says the day is unknown.
/// </summary>
public sealed class PublicationRecord
{
    private readonly Dictionary<string, (DateOnly Day, bool FromHistory, ContentKind Kind)> _days;
    private readonly HashSet<ContentKind> _undated;

    private PublicationRecord(Dictionary<string, (DateOnly, bool, ContentKind)> days, HashSet<ContentKind> undated, int? historyStart)
    {
        _days = days;
        _undated = undated;
        HistoryStart = historyStart;
    }

    /// <summary>The year of the site's first commit: from then on every year is on record. Null without history.</summary>
    public int? HistoryStart { get; }

    /// <summary>A record with no pages, for a site without measured goals.</summary>
    public static PublicationRecord None { get; } = new(new(StringComparer.Ordinal), [], null);

    /// <summary>The day a counted page was first published (or its event took place), or null when it is not known (or not counted).</summary>
    public DateOnly? FirstPublished(Page page) => _days.TryGetValue(page.Source.Path, out var day) ? day.Day : null;

    /// <summary>
    /// True when the site can say how many pages of a kind count for a year: for pages counted by publication, a year
    /// since the site's history began; for any kind, a year in which a page of it is dated, unless a page of the kind
    /// could not be dated at all (it might belong to that year). Otherwise a count would be a guess.
    /// </summary>
    public bool IsRecorded(ContentKind kind, int year) =>
        (kind.CountedOn is null && year >= HistoryStart)
        || (!_undated.Contains(kind) && _days.Values.Any(d => d.Kind == kind && !d.FromHistory && d.Day.Year == year));

    /// <summary>
    /// Dates the pages the written site's measured goals count, each inside its plan's period; the site's history is read
    /// only when a goal needs it. A page that will count once committed is a warning in <paramref name="diagnostics"/>.
    /// </summary>
    public static PublicationRecord Collect(Site written, DiagnosticBag diagnostics)
    {
        var (pages, history) = (written.Written, written.History);
        var measures = pages.Where(p => p.FrontMatter.Facts is FocusAreaFacts)
            .SelectMany(p => ((FocusAreaFacts)p.FrontMatter.Facts).Goals.Where(g => g.Measure is not null).Select(g => (Area: (FocusAreaFacts)p.FrontMatter.Facts, Goal: g)))
            .DistinctBy(m => (m.Area.Number, m.Goal.Id))
            .OrderBy(m => m.Area.Number).ThenBy(m => m.Goal.Id, StringComparer.Ordinal)
            .ToList();
        if (measures.Count == 0)
        {
            return None;
        }

        // The history is read only when a goal counts pages by their publication.
        var known = measures.Any(m => m.Goal.Measure!.Counts.CountedOn is null) ? history() : PublicationHistory.Without(DateTime.UtcNow.Year);
        var days = new Dictionary<string, (DateOnly, bool, ContentKind)>(StringComparer.Ordinal);
        var undated = new HashSet<ContentKind>();
        foreach (var (area, goal) in measures)
        {
            var measure = goal.Measure!;
            var counted = written.PeriodOf(area) is { } period ? goal.CountedYears(period) : null;
            foreach (var page in pages.Where(p => p.Role == PageRole.Regular && p.Kind == measure.Counts && p.Language.Code == measure.LanguageCode)
                         .Where(p => !days.ContainsKey(p.Source.Path)).OrderBy(p => p.Source.Path, StringComparer.Ordinal))
            {
                if (measure.Counts.CountedOn is { } on)
                {
                    // An event's day is a required fact of its kind: a page without it is reported where it is read.
                    if (on(page.FrontMatter.Facts) is { } when)
                    {
                        days[page.Source.Path] = (new DateOnly(when.Year, when.Month ?? 1, when.Day ?? 1), false, measure.Counts);
                    }
                }
                else if (page.FrontMatter.Date is { } date)
                {
                    days[page.Source.Path] = (date, false, measure.Counts);
                }
                else if (known.State == HistoryState.Full)
                {
                    if (known.FirstCommitOf(page.Source.Path) is { } committed)
                    {
                        days[page.Source.Path] = (committed, true, measure.Counts);
                    }
                    else if (counted?.Contains(known.BuildYear) == true)
                    {
                        // Not committed yet is not published yet: its first commit will count it, in a year the goal counts.
                        diagnostics.Warning("publication-date", page.Source.Path, 1, 1,
                            $"this {page.Kind.Name} is counted by goal {goal.Id} of focus area {area.Number} (pages first published in {page.Language.Name} each year), but it is not committed yet, so it is not counted until it is: its first commit will date it (or add 'date: YYYY-MM-DD', the day this {page.Language.Name} page was first published).");
                    }
                }
                else
                {
                    // Outside git or in a shallow clone the first commit is unknown: the years it could fall in are off the record.
                    undated.Add(measure.Counts);
                }
            }
        }

        return new PublicationRecord(days, undated, known.State == HistoryState.Full ? known.FirstYear : null);
    }
}

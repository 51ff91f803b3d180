using ActionPlan.Diagnostics;
using ActionPlan.Domain;
using ActionPlan.Loading;

namespace ActionPlan.Model;

/// <summary>
/// The day each page counted by a measured goal counts on: for a kind that records events, the day of the event
/// (<see cref="ContentKind.CountedOn"/>); otherwise the day its page was first published, its <c>date:</c> where the
/// editor set one, else the first commit of its file. The build refuses to guess: a page with neither is an error.
/// </summary>
public sealed class PublicationRecord
{
    private readonly Dictionary<string, (DateOnly Day, bool FromHistory, ContentKind Kind)> _days;

    private PublicationRecord(Dictionary<string, (DateOnly, bool, ContentKind)> days, int? historyStart, int buildYear)
    {
        _days = days;
        HistoryStart = historyStart;
        BuildYear = buildYear;
    }

    /// <summary>The year of the site's first commit: from then on every year is on record. Null without history.</summary>
    public int? HistoryStart { get; }

    /// <summary>The year measured goals are counted up to (<see cref="PublicationHistory.BuildYear"/>).</summary>
    public int BuildYear { get; }

    /// <summary>A record with no pages, for a site without measured goals.</summary>
    public static PublicationRecord None { get; } = new(new(StringComparer.Ordinal), null, DateTime.UtcNow.Year);

    /// <summary>The day a counted page was first published, or null when it is not known (or not counted).</summary>
    public DateOnly? FirstPublished(Page page) => _days.TryGetValue(page.Source.Path, out var day) ? day.Day : null;

    /// <summary>
    /// True when the site can say how many pages of a kind count for a year: for pages counted by publication, a year
    /// since the site's history began; for any kind, a year in which a page of it is dated. Otherwise a count of none
    /// would be a guess.
    /// </summary>
    public bool IsRecorded(ContentKind kind, int year) =>
        (kind.CountedOn is null && year >= HistoryStart) || _days.Values.Any(d => d.Kind == kind && !d.FromHistory && d.Day.Year == year);

    /// <summary>Dates the pages the site's measured goals count; <paramref name="history"/> is read only when one needs it.</summary>
    public static PublicationRecord Collect(IReadOnlyList<Page> pages, Func<PublicationHistory> history, DiagnosticBag diagnostics)
    {
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
        foreach (var (area, goal) in measures)
        {
            var measure = goal.Measure!;
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
                else if (known.FirstCommitOf(page.Source.Path) is { } committed && known.State == HistoryState.Full)
                {
                    days[page.Source.Path] = (committed, true, measure.Counts);
                }
                else
                {
                    Report(page, area, goal, known.State, diagnostics);
                }
            }
        }

        return new PublicationRecord(days, known.State == HistoryState.Full ? known.FirstYear : null, known.BuildYear);
    }

    private static void Report(Page page, FocusAreaFacts area, Goal goal, HistoryState state, DiagnosticBag diagnostics)
    {
        var counted = $"this {page.Kind.Name} is counted by goal {goal.Id} of focus area {area.Number} (pages first published in {page.Language.Name} each year)";
        var date = $"add 'date: YYYY-MM-DD', the day this {page.Language.Name} page was first published";
        switch (state)
        {
            case HistoryState.Full:
                // Not committed yet is not published yet: it is counted from its first commit.
                diagnostics.Warning("publication-date", page.Source.Path, 1, 1,
                    $"{counted}, but it is not committed yet, so it is not counted until it is: its first commit will date it (or {date}).");
                break;
            case HistoryState.Shallow:
                diagnostics.Error("publication-date", page.Source.Path, 1, 1,
                    $"{counted}, but it has no 'date:' and the git history is shallow (cloned with --depth), so its first commit is unknown: fetch the whole history with 'git fetch --unshallow', or {date}.");
                break;
            default:
                diagnostics.Error("publication-date", page.Source.Path, 1, 1,
                    $"{counted}, but it has no 'date:' and the site is not in a git repository, so the day it was first published is unknown: {date}.");
                break;
        }
    }
}

using System.Globalization;

namespace ActionPlan.Loading;

/// <summary>How much of the site's history git can tell.</summary>
public enum HistoryState
{
    /// <summary>The site is not in a git work tree (or git is missing): no dates from history.</summary>
    None,

    /// <summary>A shallow clone: its oldest commits are cut off, so a file's first commit there is not its real one.</summary>
    Shallow,

    /// <summary>The whole history.</summary>
    Full,
}

/// <summary>
/// When each content file first entered the site's git history: the day a page was first published, where its
/// front matter gives no <c>date:</c>. A renamed file keeps the day of its first name.
/// </summary>
public sealed class PublicationHistory
{
    private readonly Dictionary<string, DateOnly> _firstCommits;

    private PublicationHistory(HistoryState state, Dictionary<string, DateOnly> firstCommits, int buildYear)
    {
        State = state;
        _firstCommits = firstCommits;
        BuildYear = buildYear;
        FirstYear = firstCommits.Count == 0 ? null : firstCommits.Values.Min().Year;
    }

    /// <summary>How much history there is.</summary>
    public HistoryState State { get; }

    /// <summary>The year of the first commit to content/ (when the site's own record begins), or null without history.</summary>
    public int? FirstYear { get; }

    /// <summary>
    /// The year the build reports up to: that of the commit built (so the same commit gives the same pages on any
    /// day), or the current year (UTC) outside git.
    /// </summary>
    public int BuildYear { get; }

    /// <summary>The day of a file's first commit (path relative to the site folder), or null when it was never committed.</summary>
    public DateOnly? FirstCommitOf(string path) => _firstCommits.TryGetValue(path, out var day) ? day : null;

    /// <summary>A history that knows no commits: outside git.</summary>
    public static PublicationHistory Without(int buildYear) => new(HistoryState.None, new(StringComparer.Ordinal), buildYear);

    /// <summary>Reads the history of the site folder's content/.</summary>
    public static PublicationHistory Read(string siteDirectory) => From(ContentHistory.Read(siteDirectory), DateTime.UtcNow.Year);

    /// <summary>The first commit of each file in a history (a renamed file keeps its first name's); outside git, the clock's year is the build's.</summary>
    public static PublicationHistory From(ContentHistory history, int clockYear)
    {
        if (history.State == HistoryState.None)
        {
            return Without(clockYear);
        }

        var firstCommits = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var commit in history.Commits)
        {
            var day = DateOnly.FromDateTime(commit.Time.UtcDateTime);
            foreach (var change in commit.Changes)
            {
                if (change.From is { } from)
                {
                    firstCommits.TryAdd(change.Path, firstCommits.GetValueOrDefault(from, day));
                }
                else if (change.Status != 'D')
                {
                    firstCommits.TryAdd(change.Path, day);
                }
            }
        }

        return new PublicationHistory(history.State, firstCommits, history.Head?.UtcDateTime.Year ?? clockYear);
    }
}

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
/// front matter gives no <c>date:</c>. A renamed file keeps the day of its first name. Read with one <c>git log</c>.
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
    public static PublicationHistory Read(string siteDirectory)
    {
        var clockYear = DateTime.UtcNow.Year;
        if (!Git.IsWorkTree(siteDirectory))
        {
            return Without(clockYear);
        }

        var shallow = Git.Run(siteDirectory, "rev-parse", "--is-shallow-repository")?.Trim() == "true";
        var head = Git.Run(siteDirectory, "log", "-1", "--format=%ct");
        var buildYear = long.TryParse(head?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.Year
            : clockYear;

        // Oldest first: the first time a path appears, added or as a rename's new name, is its first commit.
        var log = Git.Run(siteDirectory, "-c", "core.quotePath=false", "log", "--reverse", "--format=@%ct", "--name-status", "-M", "--relative", "--", ContentScanner.ContentFolder);
        var firstCommits = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var day = default(DateOnly);
        foreach (var line in (log ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('@'))
            {
                day = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(long.Parse(line[1..], CultureInfo.InvariantCulture)).UtcDateTime);
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length == 2 && parts[0] is "A" or "M")
            {
                firstCommits.TryAdd(parts[1], day);
            }
            else if (parts.Length == 3 && (parts[0].StartsWith('R') || parts[0].StartsWith('C')))
            {
                firstCommits.TryAdd(parts[2], firstCommits.GetValueOrDefault(parts[1], day));
            }
        }

        return new PublicationHistory(shallow ? HistoryState.Shallow : HistoryState.Full, firstCommits, buildYear);
    }
}

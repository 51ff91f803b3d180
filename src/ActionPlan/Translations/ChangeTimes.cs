using ActionPlan.Loading;

namespace ActionPlan.Translations;

/// <summary>
/// When each content file last changed: from git history when the site is in a git work tree (the last commit
/// that touched it), otherwise from the file's time. Files with uncommitted changes count as changed now.
/// </summary>
public sealed class ChangeTimes
{
    private readonly Dictionary<string, DateTimeOffset> _times;

    private ChangeTimes(Dictionary<string, DateTimeOffset> times, bool fromGit)
    {
        _times = times;
        FromGit = fromGit;
    }

    /// <summary>True when the times come from git.</summary>
    public bool FromGit { get; }

    /// <summary>How far apart two times must be to count: none in git, a minute for file times (saving twins one after the other).</summary>
    public TimeSpan Tolerance => FromGit ? TimeSpan.Zero : TimeSpan.FromMinutes(1);

    /// <summary>The last change of a file (path relative to the site folder).</summary>
    public DateTimeOffset Of(string path) => _times.GetValueOrDefault(path, DateTimeOffset.MinValue);

    /// <summary>Reads the change times of the given files (paths relative to the site folder).</summary>
    public static ChangeTimes Read(string siteDirectory, IEnumerable<string> paths)
    {
        var files = paths.ToList();
        var history = ContentHistory.Read(siteDirectory);
        if (history.State != HistoryState.None)
        {
            var times = LastChanges(history);
            return new ChangeTimes(files.ToDictionary(f => f, f => times.GetValueOrDefault(f, DateTimeOffset.MinValue)), fromGit: true);
        }

        return new ChangeTimes(files.ToDictionary(f => f, f => new DateTimeOffset(File.GetLastWriteTimeUtc(Path.Combine(siteDirectory, f)), TimeSpan.Zero)), fromGit: false);
    }

    /// <summary>
    /// Each file's last change of content: a rename or copy that kept the content keeps the time of the file it came
    /// from, so moving a source does not put its translations behind. Uncommitted changes count as made now.
    /// </summary>
    private static Dictionary<string, DateTimeOffset> LastChanges(ContentHistory history)
    {
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var commit in history.Commits)
        {
            foreach (var change in commit.Changes)
            {
                if (change.Status == 'D')
                {
                    times.Remove(change.Path);
                }
                else
                {
                    times[change.Path] = change is { SameContent: true, From: { } from } && times.TryGetValue(from, out var before) ? before : commit.Time;
                }
            }
        }

        var now = DateTimeOffset.UtcNow;
        foreach (var path in history.Uncommitted)
        {
            times[path] = now;
        }

        return times;
    }
}

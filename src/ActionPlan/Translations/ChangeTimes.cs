using System.Globalization;
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

    /// <summary>Reads the change times of the given files.</summary>
    public static ChangeTimes Read(string siteDirectory, IEnumerable<string> paths)
    {
        var files = paths.ToList();
        var fromGit = GitTimes(siteDirectory, files);
        if (fromGit is not null)
        {
            return new ChangeTimes(fromGit, fromGit: true);
        }

        return new ChangeTimes(files.ToDictionary(f => f, f => new DateTimeOffset(File.GetLastWriteTimeUtc(Path.Combine(siteDirectory, f)), TimeSpan.Zero)), fromGit: false);
    }

    private static Dictionary<string, DateTimeOffset>? GitTimes(string siteDirectory, List<string> files)
    {
        if (!Git.IsWorkTree(siteDirectory))
        {
            return null;
        }

        // One pass over the history, newest first: the first time a file is named is its last change.
        var log = Git.Run(siteDirectory, "log", "--format=@%ct", "--name-only", "--relative", "--", "content");
        var status = Git.Run(siteDirectory, "status", "--porcelain", "--untracked-files=all", "--", "content");
        if (log is null || status is null)
        {
            return null;
        }

        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var current = DateTimeOffset.MinValue;
        foreach (var line in log.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('@'))
            {
                current = DateTimeOffset.FromUnixTimeSeconds(long.Parse(line[1..], CultureInfo.InvariantCulture));
            }
            else
            {
                times.TryAdd(line.Trim(), current);
            }
        }

        var now = DateTimeOffset.UtcNow;
        var prefix = Git.Run(siteDirectory, "rev-parse", "--show-prefix")?.Trim() ?? "";
        foreach (var line in status.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Length > 3))
        {
            var path = line[3..].Trim().Trim('"');
            times[path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : path] = now;
        }

        return files.ToDictionary(f => f, f => times.GetValueOrDefault(f, DateTimeOffset.MinValue));
    }
}

using System.Globalization;

namespace ActionPlan.Loading;

/// <summary>A file a commit changed: added (A), modified (M), deleted (D), renamed (R) or copied (C); a rename or copy names the file it came from.</summary>
/// <param name="Status">git's status letter.</param>
/// <param name="Path">The file's path relative to the site folder, after the commit.</param>
/// <param name="From">For a rename or copy, the path it had before; otherwise null.</param>
/// <param name="SameContent">For a rename or copy, true when the content did not change (similarity 100).</param>
public sealed record FileChange(char Status, string Path, string? From, bool SameContent);

/// <summary>A commit to the site's content: when it was made and what it changed.</summary>
/// <param name="Time">The commit time.</param>
/// <param name="Changes">The content files it changed.</param>
public sealed record ContentCommit(DateTimeOffset Time, IReadOnlyList<FileChange> Changes);

/// <summary>
/// The history of the site's content/ as git tells it, read with one <c>git log</c>: every commit, oldest first, with
/// renames followed. It is the one reader of the history for both the day a page was first published and when a
/// file last changed. Paths are relative to the site folder and read NUL-separated with <c>core.quotePath=false</c>,
/// so a file named with æ, ø or å (or a space, or a quote) is read exactly as it is named.
/// </summary>
public sealed class ContentHistory
{
    private readonly Lazy<IReadOnlySet<string>> _uncommitted;

    private ContentHistory(HistoryState state, DateTimeOffset? head, IReadOnlyList<ContentCommit> commits, Func<IReadOnlySet<string>> uncommitted)
    {
        State = state;
        Head = head;
        Commits = commits;
        _uncommitted = new Lazy<IReadOnlySet<string>>(uncommitted);
    }

    /// <summary>How much history there is.</summary>
    public HistoryState State { get; }

    /// <summary>The time of the commit checked out, or null outside git.</summary>
    public DateTimeOffset? Head { get; }

    /// <summary>The commits that changed content/, oldest first.</summary>
    public IReadOnlyList<ContentCommit> Commits { get; }

    /// <summary>The content files changed, added or deleted in the work tree and not committed (asked of git when first needed).</summary>
    public IReadOnlySet<string> Uncommitted => _uncommitted.Value;

    /// <summary>No history: the site is not in a git work tree, or git is missing.</summary>
    public static ContentHistory None { get; } = new(HistoryState.None, null, [], () => new HashSet<string>());

    /// <summary>Reads the history of the site folder's content/.</summary>
    public static ContentHistory Read(string siteDirectory)
    {
        if (!Git.IsWorkTree(siteDirectory))
        {
            return None;
        }

        var shallow = Git.Run(siteDirectory, "rev-parse", "--is-shallow-repository")?.Trim() == "true";
        var head = Git.Run(siteDirectory, "log", "-1", "--format=%ct");
        var log = Git.Run(siteDirectory, "-c", "core.quotePath=false", "log", "-z", "--reverse", "--format=@%ct", "--name-status", "-M", "--relative", "--", ContentScanner.ContentFolder);
        return new ContentHistory(
            shallow ? HistoryState.Shallow : HistoryState.Full,
            long.TryParse(head?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null,
            ParseLog(log ?? ""),
            () => ReadUncommitted(siteDirectory));
    }

    /// <summary>
    /// Reads <c>git log -z --format=@%ct --name-status</c>: a commit is "@seconds", then a NUL and a newline; each
    /// change is its status, then its path (a rename or copy: the old path, then the new), each ended by a NUL.
    /// </summary>
    internal static IReadOnlyList<ContentCommit> ParseLog(string log)
    {
        var commits = new List<ContentCommit>();
        var fields = log.Split('\0');
        List<FileChange>? changes = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i].TrimStart('\n');
            if (field.Length == 0)
            {
                continue;
            }

            if (field[0] == '@')
            {
                changes = [];
                commits.Add(new ContentCommit(DateTimeOffset.FromUnixTimeSeconds(long.Parse(field.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture)), changes));
            }
            else if (changes is not null && field[0] is 'R' or 'C' && i + 2 < fields.Length)
            {
                changes.Add(new FileChange(field[0], fields[i + 2], fields[i + 1], field.AsSpan(1).SequenceEqual("100")));
                i += 2;
            }
            else if (changes is not null && i + 1 < fields.Length)
            {
                changes.Add(new FileChange(field[0], fields[i + 1], null, false));
                i++;
            }
        }

        return commits;
    }

    private static IReadOnlySet<string> ReadUncommitted(string siteDirectory)
    {
        // Porcelain paths are relative to the repository's top, the log's to the site folder.
        var status = Git.Run(siteDirectory, "-c", "core.quotePath=false", "status", "--porcelain", "-z", "--untracked-files=all", "--", ContentScanner.ContentFolder);
        var prefix = Git.Run(siteDirectory, "rev-parse", "--show-prefix")?.Trim() ?? "";
        return ParseStatus(status ?? "", prefix);
    }

    /// <summary>
    /// Reads <c>git status --porcelain -z</c>: each entry is two status letters, a space and the path, ended by a NUL; a
    /// rename or copy is followed by the path it came from, which has not changed, so it is skipped.
    /// </summary>
    internal static IReadOnlySet<string> ParseStatus(string status, string prefix)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var fields = status.Split('\0');
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            if (field.Length < 4)
            {
                continue;
            }

            var path = field[3..];
            paths.Add(path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : path);
            if (field[0] is 'R' or 'C')
            {
                i++;
            }
        }

        return paths;
    }
}

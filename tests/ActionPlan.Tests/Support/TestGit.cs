using System.Diagnostics;
using System.Globalization;

namespace ActionPlan.Tests.Support;

/// <summary>Real git repositories made in a test's site folder, with commits on chosen days.</summary>
internal static class TestGit
{
    /// <summary>Makes the folder a repository (no commits yet).</summary>
    public static void Init(string folder) => Run(folder, null, "init", "-q", "-b", "main");

    /// <summary>Commits the given paths (all changes when none are given) as made on a day (noon UTC).</summary>
    public static void Commit(string folder, DateOnly day, string message, params string[] paths)
    {
        Run(folder, null, ["add", "-A", "--", .. paths.Length == 0 ? ["."] : paths]);
        Run(folder, day, "commit", "-q", "-m", message);
    }

    /// <summary>Runs git with a fixed identity (and dates, when a day is given); fails the test when git fails.</summary>
    public static string Run(string folder, DateOnly? day, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Web editor";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "editor@example.org";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        if (day is { } d)
        {
            start.Environment["GIT_AUTHOR_DATE"] = start.Environment["GIT_COMMITTER_DATE"] = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T12:00:00Z";
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error.Result}");
        }

        return output;
    }
}

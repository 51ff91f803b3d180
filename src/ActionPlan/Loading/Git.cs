using System.Diagnostics;

namespace ActionPlan.Loading;

/// <summary>Runs git in a folder: the site's history is a source of dates (last changes, first publication).</summary>
public static class Git
{
    /// <summary>git's standard output, or null when git is missing or the command fails (not a repository, say).</summary>
    public static string? Run(string directory, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            error.Wait();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>True when the folder lies in a git work tree.</summary>
    public static bool IsWorkTree(string directory) => Run(directory, "rev-parse", "--is-inside-work-tree")?.Trim() == "true";
}

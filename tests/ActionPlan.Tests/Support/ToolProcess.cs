using System.Diagnostics;

namespace ActionPlan.Tests.Support;

/// <summary>Runs the real command-line tool as a process, as an editor or CI would.</summary>
internal static class ToolProcess
{
    /// <summary>Runs <c>actionplan</c> with the arguments in a folder; gives its exit code, standard output and standard error.</summary>
    public static Task<(int ExitCode, string Out, string Error)> RunAsync(string workingDirectory, params string[] arguments) =>
        RunAsync(workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>Runs <c>actionplan</c> as above, with environment variables set for it.</summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ActionPlan.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}

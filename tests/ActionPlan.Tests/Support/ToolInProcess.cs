namespace ActionPlan.Tests.Support;

/// <summary>
/// Runs the <c>actionplan</c> command line in this process, as a method (<see cref="ActionPlan.Cli.CommandLine.RunAsync"/>):
/// the same parsing, commands, printing and exit codes as the program, without starting one (see <see cref="ToolProcess"/> for that).
/// </summary>
internal static class ToolInProcess
{
    /// <summary>
    /// Runs <c>actionplan</c> with the arguments as if started in a folder; gives its exit code, standard output and
    /// standard error. The site's templates come compiled from the test run's shared store (<see cref="TestSite.ShareCompiledTemplates"/>).
    /// </summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(string workingDirectory, params string[] arguments)
    {
        var site = Array.IndexOf(arguments, "--site") is var at and >= 0 && at + 1 < arguments.Length ? Path.GetFullPath(arguments[at + 1], workingDirectory) : workingDirectory;
        TestSite.ShareCompiledTemplates(site);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ActionPlan.Cli.CommandLine.RunAsync(arguments, output, error, workingDirectory, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}

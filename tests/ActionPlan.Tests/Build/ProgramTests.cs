using System.Diagnostics;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Build;

/// <summary>
/// Runs the real actionplan program as a child process, for what only a process shows: its exit codes, the current
/// folder as the default site, no stack trace on standard error, and the progress display on a real terminal. The
/// rest of the command line is tested in process (<see cref="CommandLineTests"/>).
/// </summary>
public sealed class ProgramTests
{
    private static Task<(int ExitCode, string Out, string Error)> RunAsync(string workingDirectory, params string[] arguments) =>
        ToolProcess.RunAsync(workingDirectory, arguments);

    [Fact]
    public async Task Build_in_the_site_folder_writes_output_and_exits_0()
    {
        using var site = TestSite.FromFixture("small");
        TestSite.ShareCompiledTemplates(site.Root);

        var (exitCode, output, error) = await RunAsync(site.Root, "build");

        Assert.Equal("", error);
        Assert.Equal(0, exitCode);
        // The sum comes last, after the note on translations.
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.StartsWith("Translations: 1 page(s) have no twin in another language", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Built 15 pages and 12 files into ", lines[^1], StringComparison.Ordinal);
        Assert.True(site.OutputExists("en/projects/familien-i-centrum/index.html"));
    }

    [Fact]
    public async Task Content_errors_print_file_and_line_without_a_stack_trace_and_exit_1()
    {
        using var site = TestSite.FromFixture("small");
        site.Write("content/projects/broken.en.md", "---\ntitle: Broken\n---\n[x](nowhere.md)\n");
        TestSite.ShareCompiledTemplates(site.Root);
        var output = Path.Combine(site.Root, "elsewhere");

        var (exitCode, _, error) = await RunAsync(Path.GetTempPath(), "build", "--site", site.Root, "--output", output);

        Assert.Equal(1, exitCode);
        Assert.Contains("content/projects/broken.en.md:4:1: error: 'nowhere.md' does not match a page", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task An_output_folder_the_build_cannot_make_is_named_in_one_line_without_a_stack_trace_and_exits_2()
    {
        // Given an output folder asked for inside a file, which no build can create
        using var site = TestSite.FromFixture("small");
        TestSite.ShareCompiledTemplates(site.Root);
        site.Write("not-a-folder", "a file\n");
        var output = Path.Combine(site.Root, "not-a-folder", "output");

        var (exitCode, _, error) = await RunAsync(site.Root, "build", "--output", output);

        // Then the build stops with the file named, what to check, no stack trace, and the file as it was
        Assert.Equal(2, exitCode);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("actionplan: build stopped: ", line, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(site.Root, "not-a-folder"), line, StringComparison.Ordinal);
        Assert.Contains("may be written to", line, StringComparison.Ordinal);
        Assert.Equal("a file\n", File.ReadAllText(Path.Combine(site.Root, "not-a-folder")));
    }

    [Fact]
    public async Task A_folder_without_site_yml_exits_2()
    {
        using var site = TestSite.Create();
        File.Delete(Path.Combine(site.Root, "site.yml"));

        var (exitCode, _, error) = await RunAsync(site.Root, "build");

        Assert.Equal(2, exitCode);
        Assert.Contains("site.yml: error: no site.yml in", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_terminal_a_build_over_a_second_shows_its_stage_and_how_many_pages_are_done()
    {
        if (!File.Exists("/usr/bin/script"))
        {
            Assert.Skip("needs script(1) to give the program a terminal");
        }

        // Given a site of 120 pages (its first build also compiles the templates: well over a second)
        var pages = Enumerable.Range(0, 120).Select(i => ($"content/projects/p{i}.en.md", TestSite.Page($"Page {i}", string.Concat(Enumerable.Repeat($"Text of page {i}. ", 50)))));
        using var site = TestSite.Create(Minimal.Files([.. pages]));

        // When it is built on a terminal, outside CI, and then again on a terminal in CI
        var (exitCode, screen) = await RunOnTerminalAsync(site.Root, ci: false);
        var (ciExitCode, ciScreen) = await RunOnTerminalAsync(site.Root, ci: true);

        // Then the first terminal saw the stages and the page counts, the one in CI only the result
        Assert.Equal((0, 0), (exitCode, ciExitCode));
        Assert.Matches(@"(Compiling templates|Rendering and writing pages: [\d,]+ of 1\d\d)", screen);
        Assert.Matches(@"Built 1\d\d pages", screen);
        Assert.DoesNotMatch("Parsing pages|Rendering and writing|Checking the links", ciScreen);
        Assert.Matches(@"Built 1\d\d pages", ciScreen);
    }

    private static async Task<(int ExitCode, string Screen)> RunOnTerminalAsync(string workingDirectory, bool ci)
    {
        var start = new ProcessStartInfo("/usr/bin/script") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-qec", $"dotnet \"{Path.Combine(AppContext.BaseDirectory, "ActionPlan.Cli.dll")}\" build", "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("CI");
        if (ci)
        {
            start.Environment["CI"] = "true";
        }

        start.Environment["TERM"] = "xterm";
        using var process = Process.Start(start)!;
        var screen = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, screen);
    }
}

using System.Diagnostics;
using System.Security.Cryptography;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Build;

/// <summary>
/// Builds in real child processes, where only a process shows it: the same content gives the same bytes under any
/// culture and time zone, and a killed build harms nothing. In the real site's collection, to compare with its build.
/// </summary>
[Collection(RealSiteCollection.Name)]
public sealed class TrustTests(RealSiteTests.Built realSite)
{
    private static ProcessStartInfo Cli(string site, string output, IDictionary<string, string>? environment = null, bool pdfs = true)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "ActionPlan.Cli.dll"), "build", "--site", site, "--output", output }.Concat(pdfs ? [] : ["--no-pdf"]))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private static async Task<int> RunAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, await error + await output);
        return process.ExitCode;
    }

    [Fact]
    public async Task The_real_site_built_under_different_cultures_and_time_zones_is_byte_identical()
    {
        // Given the real site built in this process, under this machine's culture and time zone (the collection's build)
        Assert.True(realSite.Result!.Published);

        // When the program builds it under another culture and a time zone hours away
        var culture = System.Globalization.CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "da" ? "en_US.UTF-8" : "da_DK.UTF-8";
        var zone = TimeZoneInfo.Local.BaseUtcOffset >= TimeSpan.Zero ? "America/Los_Angeles" : "Europe/Copenhagen";
        var root = Scratch.NewFolder();
        try
        {
            await RunAsync(Cli(RealSite.Folder, Path.Combine(root, "output"), new Dictionary<string, string> { ["LANG"] = culture, ["LC_ALL"] = culture, ["TZ"] = zone }, pdfs: false));

            // Then every file is the same, byte for byte
            AssertSameFiles(realSite.Output, Path.Combine(root, "output"), pdfs: false);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The same with the status reports printed by Chromium, both builds by the program: run only when asked for, as .ci/run does.</summary>
    [Fact(Explicit = true)]
    [Trait("Category", "Chromium")]
    public async Task The_real_site_with_its_pdfs_built_under_different_cultures_and_time_zones_is_byte_identical()
    {
        if (ActionPlan.Printing.PdfPrinter.FindChromium() is null)
        {
            Assert.Skip("no Chromium: install Debian's chromium package (.ci/run does)");
        }

        var root = Scratch.NewFolder();
        try
        {
            await RunAsync(Cli(RealSite.Folder, Path.Combine(root, "da"), new Dictionary<string, string> { ["LANG"] = "da_DK.UTF-8", ["LC_ALL"] = "da_DK.UTF-8", ["TZ"] = "Europe/Copenhagen" }));
            await RunAsync(Cli(RealSite.Folder, Path.Combine(root, "us"), new Dictionary<string, string> { ["LANG"] = "en_US.UTF-8", ["LC_ALL"] = "en_US.UTF-8", ["TZ"] = "America/Los_Angeles" }));

            AssertSameFiles(Path.Combine(root, "da"), Path.Combine(root, "us"), pdfs: true);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void AssertSameFiles(string one, string other, bool pdfs)
    {
        var first = FolderSnapshot.Of(one);
        var second = FolderSnapshot.Of(other);

        Assert.True(first.Count > 250, $"only {first.Count} files");
        Assert.Equal(pdfs, first.Keys.Any(f => Path.GetFileName(f) == "status-2008-en.pdf"));
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(first.Where(f => second[f.Key] != f.Value).Select(f => f.Key));
    }

    [Fact]
    public async Task A_build_killed_while_writing_leaves_the_previous_output_exactly_as_it_was_and_the_next_build_cleans_up()
    {
        // The builds before and after the killed one run in process: only the killing needs a process of its own.
        var pages = Enumerable.Range(0, 1000).Select(i => ($"content/projects/p{i}.en.md", TestSite.Page($"Page {i}", string.Concat(Enumerable.Repeat($"Text of page {i}. ", 20)))));
        using var site = TestSite.Create(Minimal.Files([.. pages]));
        Assert.True((await site.BuildAsync()).Published);
        var before = FolderSnapshot.Of(site.Output);
        site.Write("content/projects/p1.en.md", TestSite.Page("Changed", "New text."));
        TestSite.ShareCompiledTemplates(site.Root);

        using var process = Process.Start(Cli(site.Root, site.Output))!;
        var staged = false;
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (Directory.EnumerateDirectories(site.Root, ".output.staging-*").Any(d => Directory.EnumerateFileSystemEntries(d).Any()))
            {
                process.Kill(entireProcessTree: true);
                staged = true;
                break;
            }

            await Task.Delay(2, TestContext.Current.CancellationToken);
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(staged, "the build finished before it could be killed while writing");
        Assert.Equal(before, FolderSnapshot.Of(site.Output));
        Assert.NotEmpty(Directory.EnumerateDirectories(site.Root, ".output.staging-*"));

        Assert.True((await site.BuildAsync()).Published);
        Assert.Equal([".output.spare"], Directory.EnumerateDirectories(site.Root, ".output*").Select(Path.GetFileName));
        Assert.Contains("Changed", site.ReadOutput("en/projects/p1/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_build_leaves_the_previous_output_and_no_staging_folder()
    {
        var pages = Enumerable.Range(0, 800).Select(i => ($"content/projects/p{i}.en.md", TestSite.Page($"Page {i}", string.Concat(Enumerable.Repeat($"Text {i}. ", 100)))));
        using var site = TestSite.Create(Minimal.Files([.. pages]));
        Assert.True((await site.BuildAsync()).Published);
        var before = FolderSnapshot.Of(site.Output);
        site.Write("content/projects/p1.en.md", TestSite.Page("Changed"));

        foreach (var delay in new[] { 5, 50, 200, 500 })
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(delay));
            try
            {
                var result = await ActionPlan.Build.SiteBuilder.BuildAsync(new ActionPlan.Build.BuildOptions(site.Root, site.Output) { BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates }, cancel.Token);
                if (result.Published)
                {
                    // Finished before the cancellation came: that output is now the one to keep.
                    Assert.Contains("Changed", site.ReadOutput("en/projects/p1/index.html"), StringComparison.Ordinal);
                    before = FolderSnapshot.Of(site.Output);
                    continue;
                }
            }
            catch (OperationCanceledException)
            {
            }

            Assert.Equal(before, FolderSnapshot.Of(site.Output));
            Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.staging-*").Concat(Directory.EnumerateDirectories(site.Root, ".output.retired-*")));
        }
    }

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("content/out")]
    [InlineData("static/out")]
    [InlineData("themes")]
    [InlineData("..")]
    public async Task The_output_folder_may_not_be_or_hold_the_site_or_lie_inside_its_sources(string output)
    {
        using var site = TestSite.FromFixture("small");
        var before = Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).Count();

        var result = await ActionPlan.Build.SiteBuilder.BuildAsync(
            new ActionPlan.Build.BuildOptions(site.Root, Path.Combine(site.Root, output)) { BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates }, TestContext.Current.CancellationToken);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("output-folder", Assert.Single(result.Diagnostics).Code);
        Assert.Equal(before, Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).Count());
    }
}

using System.Text.Json;
using ActionPlan.Diagnostics;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Diagnostics;

/// <summary>
/// Warnings never drown an error: the text report prints every error first, the same warning in many files as one line
/// with its count and first places, and sums up last; JSON and GitHub annotations keep every occurrence.
/// </summary>
public sealed class DiagnosticGroupsTests
{
    private const int Files = 3000;

    /// <summary>The pages that carry the broken links, in the order the report gives them.</summary>
    private static readonly int[] Broken = [7, 1500, 2999];

    /// <summary>A site of <see cref="Files"/> plain pages, each with a key the build does not know, and a few broken links.</summary>
    private static TestSite ManyUnknownKeys() =>
        TestSite.Create(Minimal.Files([
            ("content/notes/_index.en.md", TestSite.Page("Notes")),
            ("content/notes/_index.da.md", TestSite.Page("Noter")),
            .. Enumerable.Range(0, Files).Select(i => ($"content/notes/n{i:D4}.en.md",
                TestSite.Page($"Note {i}", Broken.Contains(i) ? $"[gone](gone-{i}.md)\n" : "Text.\n", "categories: [migrated]")))]));

    private static string Name(int i) => $"content/notes/n{i:D4}.en.md";

    [Fact]
    public async Task Three_thousand_files_with_the_same_unknown_key_give_one_line_after_every_error_and_the_sum_comes_last()
    {
        using var site = ManyUnknownKeys();

        var (exitCode, output, error) = await ToolInProcess.RunAsync(site.Root, "build");

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal(Broken.Length + 2, lines.Length);
        for (var i = 0; i < Broken.Length; i++)
        {
            Assert.StartsWith($"{Name(Broken[i])}:5:1: error: 'gone-{Broken[i]}.md' does not match a page", lines[i], StringComparison.Ordinal);
        }

        Assert.StartsWith("warning: unknown key 'categories' is ignored;", lines[^2], StringComparison.Ordinal);
        Assert.EndsWith($"[unknown-key] in 3,000 files, first {Name(0)}:3:1, {Name(1)}:3:1, {Name(2)}:3:1, … (every one: --format json)", lines[^2], StringComparison.Ordinal);
        Assert.Equal($"Build failed: {Broken.Length} error(s), {Files} warning(s). The output folder was not changed.", lines[^1]);

        // 'check' prints its problems the same way.
        var (checkExit, checkOutput, checkError) = await ToolInProcess.RunAsync(site.Root, "check");
        Assert.Equal(1, checkExit);
        Assert.Equal([.. lines[..^1]], checkError.TrimEnd('\n').Split('\n'));
        Assert.EndsWith($"\nchecked the content: {Broken.Length} error(s), 3,000 warning(s)\n", checkOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_and_github_annotations_keep_every_occurrence()
    {
        using var site = ManyUnknownKeys();

        var (jsonExit, json, _) = await ToolInProcess.RunAsync(site.Root, "build", "--format", "json");
        var (githubExit, github, _) = await ToolInProcess.RunAsync(site.Root, "build", "--format", "github");

        Assert.Equal((1, 1), (jsonExit, githubExit));
        var diagnostics = JsonDocument.Parse(json).RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(Files, diagnostics.Count(d => d.GetProperty("code").GetString() == "unknown-key"));
        Assert.Equal(Broken.Select(Name), diagnostics.Where(d => d.GetProperty("severity").GetString() == "error").Select(d => d.GetProperty("file").GetString()));
        var annotations = github.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Enumerable.Range(0, Files).Select(Name), annotations.Where(a => a.StartsWith("::warning ", StringComparison.Ordinal) && a.Contains("title=unknown-key", StringComparison.Ordinal))
            .Select(a => a["::warning file=".Length..a.IndexOf(',', StringComparison.Ordinal)]));
        Assert.Equal(Broken.Length, annotations.Count(a => a.StartsWith("::error ", StringComparison.Ordinal)));
    }

    private static Diagnostic Warning(string file, int line, string message, string code = "image-size") =>
        new(Severity.Warning, code, file, line, 1, message);

    [Fact]
    public void Few_of_a_kind_are_printed_one_by_one_and_errors_come_first_each_on_its_own()
    {
        Diagnostic[] diagnostics =
        [
            Warning("a.md", 1, "unknown key 'tags' is ignored.", "unknown-key"),
            new(Severity.Error, "link", "b.md", 2, 1, "'gone.md' does not match a page."),
            Warning("c.md", 1, "unknown key 'tags' is ignored.", "unknown-key"),
            new(Severity.Error, "link", "d.md", 2, 1, "'gone.md' does not match a page."),
        ];

        var lines = DiagnosticGroups.ForText(diagnostics).Select(DiagnosticGroups.Describe);

        Assert.Equal(
            [
                "b.md:2:1: error: 'gone.md' does not match a page. [link]",
                "d.md:2:1: error: 'gone.md' does not match a page. [link]",
                "a.md:1:1: warning: unknown key 'tags' is ignored. [unknown-key]",
                "c.md:1:1: warning: unknown key 'tags' is ignored. [unknown-key]",
            ],
            lines);
    }

    [Fact]
    public void Messages_that_differ_only_in_their_own_file_and_numbers_are_one_group_and_other_names_are_not()
    {
        var sizes = Enumerable.Range(1, 8).Select(i => Warning($"img/{i}.png", 0, $"img/{i}.png is {i * 100} KB, more than 500 KB.")).ToList();
        var keys = Enumerable.Range(1, 8).Select(i => Warning($"p{i}.md", i, $"unknown key '{(i % 2 == 0 ? "tags" : "categories")}' is ignored.", "unknown-key")).ToList();

        var groups = DiagnosticGroups.ForText([.. sizes, .. keys]);

        Assert.Equal(
            [
                "warning: … is … KB, more than … KB. [image-size] in 8 files, first img/1.png, img/2.png, img/3.png, … (every one: --format json)",
                "p1.md:1:1: warning: unknown key 'categories' is ignored. [unknown-key]",
                "p2.md:2:1: warning: unknown key 'tags' is ignored. [unknown-key]",
                "p3.md:3:1: warning: unknown key 'categories' is ignored. [unknown-key]",
                "p4.md:4:1: warning: unknown key 'tags' is ignored. [unknown-key]",
                "p5.md:5:1: warning: unknown key 'categories' is ignored. [unknown-key]",
                "p6.md:6:1: warning: unknown key 'tags' is ignored. [unknown-key]",
                "p7.md:7:1: warning: unknown key 'categories' is ignored. [unknown-key]",
                "p8.md:8:1: warning: unknown key 'tags' is ignored. [unknown-key]",
            ],
            groups.Select(DiagnosticGroups.Describe));
    }
}

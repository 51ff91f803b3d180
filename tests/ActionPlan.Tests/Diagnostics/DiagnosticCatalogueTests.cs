using System.Diagnostics;
using System.Text.RegularExpressions;
using ActionPlan.Build;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Diagnostics;

/// <summary>
/// docs/editing.md lists every message the build can give, each with an example line and its fix. The examples
/// are checked against the real messages: each is produced by a site with that fault, and the codes listed are
/// exactly the codes the source gives, so the list cannot drift from the build.
/// </summary>
public sealed partial class DiagnosticCatalogueTests
{
    /// <summary>In a documented example, stands for a part that differs from machine to machine (a folder, a port).</summary>
    private const string Varies = "⟨…⟩";

    private static string Repository()
    {
        var folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "ActionPlan.sln")))
        {
            folder = Path.GetDirectoryName(folder) ?? throw new InvalidOperationException("the tests run outside the repository");
        }

        return folder;
    }

    /// <summary>The documented entries: code → example lines.</summary>
    private static Dictionary<string, List<string>> Documented()
    {
        var text = File.ReadAllText(Path.Combine(Repository(), "docs", "editing.md"));
        var section = text[text.IndexOf("## When the build finds a problem", StringComparison.Ordinal)..];
        var next = section.IndexOf("\n## ", 5, StringComparison.Ordinal);
        section = next < 0 ? section : section[..next];
        var entries = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (Match entry in Entry().Matches(section))
        {
            entries[entry.Groups["code"].Value] = entry.Groups["example"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        }

        return entries;
    }

    /// <summary>Every code the source can give: the code argument of each diagnostic it makes.</summary>
    private static SortedSet<string> CodesInSource()
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository(), "src", "ActionPlan"), "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (var match in CodeFirst().Matches(text).Concat(CodeBeforeMessage().Matches(text)).Concat(NewDiagnostic().Matches(text)))
            {
                codes.Add(match.Groups["code"].Value);
            }
        }

        return codes;
    }

    [Fact]
    public void Every_code_the_build_gives_is_documented_with_an_example_and_a_fix_and_nothing_else_is()
    {
        var documented = Documented();

        var inSource = CodesInSource();
        Assert.Equal([], inSource.Except(documented.Keys));
        Assert.Equal([], documented.Keys.Except(inSource));
        foreach (var (code, examples) in documented)
        {
            Assert.NotEmpty(examples);
            Assert.All(examples, e => Assert.EndsWith($"[{code}]", e, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Every_documented_example_is_a_message_the_build_really_gives()
    {
        var given = await FaultCatalogue.RunAsync();

        foreach (var example in Documented().SelectMany(e => e.Value))
        {
            var pattern = new Regex("^" + string.Join(".*", example.Split(Varies).Select(Regex.Escape)) + "$");
            Assert.True(given.Any(pattern.IsMatch), $"no run gives the documented line\n{example}\nThe runs gave:\n{string.Join("\n", given)}");
        }
    }

    [GeneratedRegex(@"^### `(?<code>[a-z-]+)`\n(?:.*\n)*?```text\n(?<example>(?:.+\n)+?)```", RegexOptions.Multiline)]
    private static partial Regex Entry();

    [GeneratedRegex(@"\b(?:Error|Warning|Note)\(\s*""(?<code>[a-z]+(?:-[a-z]+)*)""")]
    private static partial Regex CodeFirst();

    [GeneratedRegex(@"""(?<code>[a-z]+(?:-[a-z]+)*)"",\s*\$?""[^""]*\s")]
    private static partial Regex CodeBeforeMessage();

    [GeneratedRegex(@"new Diagnostic\(Severity\.\w+,\s*""(?<code>[a-z-]+)""")]
    private static partial Regex NewDiagnostic();
}

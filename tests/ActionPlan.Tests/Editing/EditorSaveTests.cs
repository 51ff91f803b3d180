using System.Text.Json.Nodes;
using ActionPlan.Build;
using ActionPlan.Editing;
using ActionPlan.Loading;
using ActionPlan.Tests.Support;
using CsCheck;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace ActionPlan.Tests.Editing;

/// <summary>
/// What a save from the browser editor writes, through its backend, on real files: the values merged into each file
/// as it is on disk (an unchanged save changes no byte, a changed field only its lines), every twin given the
/// source-language page's facts, and a save the build would fail refused with the build's own message.
/// </summary>
public sealed class EditorSaveTests
{
    private static JsonNode Request(string action, JsonObject parameters) => new JsonObject { ["action"] = action, ["params"] = parameters };

    private static JsonObject Save(params (string Path, string Raw)[] files) => new()
    {
        ["dataFiles"] = new JsonArray([.. files.Select(f => (JsonNode)new JsonObject { ["path"] = f.Path, ["slug"] = "x", ["raw"] = f.Raw })]),
        ["assets"] = new JsonArray(),
        ["options"] = new JsonObject { ["newEntry"] = false },
    };

    private static (int Status, string? Error) Persist(ContentBackend backend, params (string Path, string Raw)[] files)
    {
        foreach (var (path, _) in files)
        {
            backend.Handle(Request("getEntry", new JsonObject { ["path"] = path }));
        }

        var (status, body) = backend.Handle(Request("persistEntry", Save(files)));
        return (status, (string?)body?["error"]);
    }

    /// <summary>
    /// A page as Decap CMS sends it back: its own YAML (keys in another order, no quotes it does not need, block lists,
    /// no comments), null for fields the page does not have, and the body with one more line end.
    /// </summary>
    private static string AsSent(string text, Action<YamlMappingNode>? change = null)
    {
        var (start, end, body) = FrontMatterReader.Split(text)!.Value;
        var stream = new YamlStream();
        stream.Load(new StringReader(text[start..end]));
        var values = (YamlMappingNode)stream.Documents[0].RootNode;
        change?.Invoke(values);
        var data = (Dictionary<string, object?>)Plain(values)!;
        data.TryAdd("projects", null);
        data.TryAdd("kind", null);
        data.TryAdd("draft", false);
        var reordered = data.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => e.Value);
        return "---\n" + new SerializerBuilder().Build().Serialize(reordered) + "---\n" + text[body..] + "\n";
    }

    private static object? Plain(YamlNode node) => node switch
    {
        YamlMappingNode m => m.Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => Plain(e.Value)),
        YamlSequenceNode s => s.Children.Select(Plain).ToList(),
        YamlScalarNode { Value: "false" or "true" } b => b.Value == "true",
        YamlScalarNode v => v.Value,
        _ => null,
    };

    [Fact]
    public void An_unchanged_save_of_every_real_page_leaves_every_file_byte_identical()
    {
        using var site = RealSite.Copy();
        var content = Path.Combine(site.Root, "content");
        var before = Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        var backend = new ContentBackend(site.Root);
        var pages = before.Keys.GroupBy(f => f[..f.LastIndexOf('.', f.Length - 4)], StringComparer.Ordinal);
        foreach (var twins in pages)
        {
            var files = twins.Select(f => (Path.GetRelativePath(site.Root, f).Replace('\\', '/'), AsSent(File.ReadAllText(f)))).ToArray();
            var (status, error) = Persist(backend, files);
            Assert.True(status == 200, $"{twins.Key}: {error}");
        }

        foreach (var (file, bytes) in before)
        {
            Assert.True(bytes.SequenceEqual(File.ReadAllBytes(file)), $"{file} changed:\n{File.ReadAllText(file)}");
        }
    }

    [Fact]
    public void A_changed_status_changes_that_line_only_in_both_languages()
    {
        using var site = RealSite.Copy();
        var backend = new ContentBackend(site.Root, ChangeChecker.For(site.Root, builtInThemeDirectory: TestSite.BuiltInTheme));
        const string english = "content/focus-areas/fa-07.en.md";
        const string danish = "content/focus-areas/fa-07.da.md";
        var oldEnglish = File.ReadAllText(Path.Combine(site.Root, english));
        var oldDanish = File.ReadAllText(Path.Combine(site.Root, danish));

        // The editor changes the status in English; the Danish form still holds the old one.
        var (status, error) = Persist(backend,
            (english, AsSent(oldEnglish, v => Assessment(v, 0, 0).Children[new YamlScalarNode("status")] = new YamlScalarNode("postponed"))),
            (danish, AsSent(oldDanish)));

        Assert.True(status == 200, error);
        Assert.Equal(oldEnglish.Replace("{ year: 2008, status: achieved,", "{ year: 2008, status: postponed,", StringComparison.Ordinal), File.ReadAllText(Path.Combine(site.Root, english)));
        Assert.Equal(oldDanish.Replace("{ year: 2008, status: achieved,", "{ year: 2008, status: postponed,", StringComparison.Ordinal), File.ReadAllText(Path.Combine(site.Root, danish)));
    }

    private static YamlMappingNode Assessment(YamlMappingNode values, int goal, int assessment) =>
        (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)((YamlSequenceNode)values.Children[new YamlScalarNode("goals")]).Children[goal]).Children[new YamlScalarNode("assessments")]).Children[assessment];

    private static YamlSequenceNode Assessments(YamlMappingNode values, int goal) =>
        (YamlSequenceNode)((YamlMappingNode)((YamlSequenceNode)values.Children[new YamlScalarNode("goals")]).Children[goal]).Children[new YamlScalarNode("assessments")];

    [Fact]
    public async Task An_assessment_added_in_English_reaches_the_Danish_twin_complete_and_the_site_builds()
    {
        const string english = "content/focus-areas/fa-01.en.md";
        const string danish = "content/focus-areas/fa-01.da.md";
        using var site = TestSite.Create(PlanSite.Files());
        var backend = new ContentBackend(site.Root, ChangeChecker.For(site.Root, builtInThemeDirectory: TestSite.BuiltInTheme));
        var oldEnglish = File.ReadAllText(Path.Combine(site.Root, english));
        var oldDanish = File.ReadAllText(Path.Combine(site.Root, danish));
        YamlMappingNode Added(bool withStatus)
        {
            var item = new YamlMappingNode(new YamlScalarNode("year"), new YamlScalarNode("2007"), new YamlScalarNode("reason"), new YamlScalarNode("Begun"));
            if (withStatus)
            {
                item.Add("status", "in-progress");
            }

            item.Add("sources", new YamlSequenceNode(new YamlScalarNode("status-2008")));
            return item;
        }

        // As the editor did it: the new assessment in English complete; in Danish, where the form does not copy it, without its status.
        var (status, error) = Persist(backend,
            (english, AsSent(oldEnglish, v => Assessments(v, 1).Add(Added(withStatus: true)))),
            (danish, AsSent(oldDanish, v => Assessments(v, 1).Add(Added(withStatus: false)))));

        Assert.True(status == 200, error);
        var newEnglish = File.ReadAllText(Path.Combine(site.Root, english));
        var newDanish = File.ReadAllText(Path.Combine(site.Root, danish));
        const string before = "      - { year: 2008, status: postponed, sources: [status-2008] }\n";
        Assert.Equal(oldEnglish.Replace(before, before + "      - year: 2007\n        reason: Begun\n        status: in-progress\n        sources:\n          - status-2008\n", StringComparison.Ordinal), newEnglish);
        Assert.Equal(oldDanish.Replace(before, before + "      - year: 2007\n        reason: Begun\n        sources:\n          - status-2008\n        status: in-progress\n", StringComparison.Ordinal), newDanish);
        var result = await site.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == ActionPlan.Diagnostics.Severity.Error);
    }

    [Fact]
    public void A_save_the_build_would_fail_is_refused_with_the_builds_message_and_nothing_is_written()
    {
        const string english = "content/focus-areas/fa-01.en.md";
        using var site = TestSite.Create(PlanSite.Files());
        var backend = new ContentBackend(site.Root, ChangeChecker.For(site.Root, builtInThemeDirectory: TestSite.BuiltInTheme));
        var before = Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
        var old = File.ReadAllText(Path.Combine(site.Root, english));

        var (status, error) = Persist(backend, (english, AsSent(old.TrimEnd('\n') + "\nSee [the plan](../publications/no-such-plan.md).\n")));

        Assert.Equal(422, status);
        Assert.Contains("Not saved: the site would not build.", error, StringComparison.Ordinal);
        Assert.Matches(@"content/focus-areas/fa-01\.en\.md:\d+:\d+: .*no-such-plan\.md", error);
        Assert.Equal(before, Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText));
    }

    [Fact]
    public void A_file_changed_on_disk_since_it_was_opened_is_not_replaced()
    {
        const string english = "content/focus-areas/fa-01.en.md";
        using var site = TestSite.Create(PlanSite.Files());
        var backend = new ContentBackend(site.Root);
        var full = Path.Combine(site.Root, english);
        var old = File.ReadAllText(full);
        backend.Handle(Request("getEntry", new JsonObject { ["path"] = english }));
        File.WriteAllText(full, old.Replace("A working group", "A working group, changed in a text editor", StringComparison.Ordinal));

        var (status, body) = backend.Handle(Request("persistEntry", Save((english, AsSent(old, v => v.Children[new YamlScalarNode("title")] = new YamlScalarNode("Renamed"))))));

        Assert.Equal(409, status);
        Assert.Contains("changed on disk after the editor opened it", (string?)body!["error"], StringComparison.Ordinal);
        Assert.Contains("changed in a text editor", File.ReadAllText(full), StringComparison.Ordinal);
    }

    /// <summary>One change an editor makes to focus area 1 in English, in the form; each keeps the English page valid.</summary>
    private static readonly Gen<Action<YamlMappingNode>> EnglishEdit = Gen.OneOf(
        Gen.Select(Gen.Int[0, 2], Any("achieved", "in-progress", "not-achieved", "postponed", "dropped"), (n, status) => (Action<YamlMappingNode>)(v =>
        {
            var all = Goals(v).SelectMany(g => ((YamlSequenceNode)g.Children[new YamlScalarNode("assessments")]).Children.OfType<YamlMappingNode>()).ToList();
            if (all.Count > 0)
            {
                all[n % all.Count].Children[new YamlScalarNode("status")] = new YamlScalarNode(status);
            }
        })),
        Gen.Select(Gen.Int[0, 1], Gen.Int[2006, 2009], Gen.Bool, (goal, year, reason) => (Action<YamlMappingNode>)(v =>
        {
            var list = (YamlSequenceNode)Goals(v)[goal % Goals(v).Count].Children[new YamlScalarNode("assessments")];
            if (list.Children.OfType<YamlMappingNode>().Any(a => ((YamlScalarNode)a.Children[new YamlScalarNode("year")]).Value == $"{year}"))
            {
                return;
            }

            var added = new YamlMappingNode(new YamlScalarNode("year"), new YamlScalarNode($"{year}"), new YamlScalarNode("status"), new YamlScalarNode("achieved"));
            if (reason)
            {
                added.Add("reason", "Why, in English");
            }

            added.Add("sources", new YamlSequenceNode(new YamlScalarNode("status-2008")));
            list.Add(added);
        })),
        Gen.Int[0, 2].Select(n => (Action<YamlMappingNode>)(v =>
        {
            var lists = Goals(v).Select(g => (YamlSequenceNode)g.Children[new YamlScalarNode("assessments")]).Where(l => l.Children.Count > 0).ToList();
            if (lists.Count > 0)
            {
                lists[n % lists.Count].Children.RemoveAt(0);
            }
        })),
        Any("learning", "influential", "growing").Array[1, 3].Select(aims => (Action<YamlMappingNode>)(v =>
            v.Children[new YamlScalarNode("aims")] = new YamlSequenceNode(aims.Distinct().Select(a => new YamlScalarNode(a))))),
        Gen.Int[1, 6].Array[0, 3].Select(objectives => (Action<YamlMappingNode>)(v =>
            v.Children[new YamlScalarNode("objectives")] = new YamlSequenceNode(objectives.Distinct().Select(o => new YamlScalarNode($"{o}"))))),
        Gen.Const((Action<YamlMappingNode>)(v =>
        {
            if (Goals(v).Count < 3)
            {
                ((YamlSequenceNode)v.Children[new YamlScalarNode("goals")]).Add(new YamlMappingNode(
                    new YamlScalarNode("id"), new YamlScalarNode("3") { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted },
                    new YamlScalarNode("text"), new YamlScalarNode("A new goal"), new YamlScalarNode("assessments"), new YamlSequenceNode()));
            }
        })));

    private static Gen<string> Any(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static List<YamlMappingNode> Goals(YamlMappingNode values) => [.. ((YamlSequenceNode)values.Children[new YamlScalarNode("goals")]).Children.OfType<YamlMappingNode>()];

    [Fact]
    public void Whatever_facts_are_changed_in_English_the_Danish_twin_agrees_after_the_save()
    {
        const string english = "content/focus-areas/fa-01.en.md";
        const string danish = "content/focus-areas/fa-01.da.md";
        using var site = TestSite.Create(PlanSite.Files());
        var englishFile = Path.Combine(site.Root, english);
        var danishFile = Path.Combine(site.Root, danish);
        var (originalEnglish, originalDanish) = (File.ReadAllText(englishFile), File.ReadAllText(danishFile));
        EnglishEdit.Array[1, 4].Sample(edits =>
        {
            File.WriteAllText(englishFile, originalEnglish);
            File.WriteAllText(danishFile, originalDanish);
            var backend = new ContentBackend(site.Root);

            // The Danish column as the form leaves it: unchanged.
            var (status, error) = Persist(backend, (english, AsSent(originalEnglish, v => Array.ForEach(edits, e => e(v)))), (danish, AsSent(originalDanish)));
            var diagnostics = new ActionPlan.Diagnostics.DiagnosticBag();
            SiteBuilder.LoadSite(site.Root, diagnostics, builtInThemeDirectory: TestSite.BuiltInTheme);
            var problems = diagnostics.ToSortedList().Where(d => d.Severity == ActionPlan.Diagnostics.Severity.Error && d.File.StartsWith("content/focus-areas/", StringComparison.Ordinal)).ToList();
            return status == 200 && problems.Count == 0
                ? true
                : throw new InvalidOperationException($"{status} {error}\n{string.Join('\n', problems)}\n{File.ReadAllText(englishFile)}\n{File.ReadAllText(danishFile)}");
        }, iter: 150, threads: 1);
    }
}

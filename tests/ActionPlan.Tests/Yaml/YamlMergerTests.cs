using ActionPlan.Yaml;
using CsCheck;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ActionPlan.Tests.Yaml;

/// <summary>
/// Merging new values into front matter changes the lines of the values that changed and nothing else: key order,
/// quotes, flow or block lists, comments and blank lines of the rest stay, and an empty value is never written.
/// </summary>
public sealed class YamlMergerTests
{
    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? new YamlMappingNode() : (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>The values as the browser editor sends them: its own YAML, every style and comment gone.</summary>
    private static YamlMappingNode AsSent(YamlMappingNode values) => (YamlMappingNode)Restyle(values);

    private static YamlNode Restyle(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new YamlMappingNode(mapping.Children.Select(e => KeyValuePair.Create(Restyle(e.Key), Restyle(e.Value)))),
        YamlSequenceNode sequence => new YamlSequenceNode(sequence.Children.Select(Restyle)),
        // The editor quotes what would otherwise read as another type ("2009" as text), as every YAML writer does.
        YamlScalarNode scalar => new YamlScalarNode(scalar.Value) { Style = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? ScalarStyle.DoubleQuoted : ScalarStyle.Any },
        _ => node,
    };

    [Theory]
    [InlineData("title: A\nsummary: B\n", "title: A\nsummary: C\n", "title: A\nsummary: C\n")]
    [InlineData("title: \"Æblegrød\" # why quoted\nweight: 2\n", "title: Æbleskiver\nweight: 2\n", "title: \"Æbleskiver\" # why quoted\nweight: 2\n")]
    [InlineData("title: 'It''s'\n", "title: It is\n", "title: 'It is'\n")]
    [InlineData("title: A\n\n# networks below\nnetworks: [a, b]\n", "title: A\nnetworks: [a, b, c]\n", "title: A\n\n# networks below\nnetworks: [a, b, c]\n")]
    [InlineData("title: A\nnetworks:\n- a\n- b\nweight: 1\n", "title: A\nnetworks: [a, c, b]\nweight: 1\n", "title: A\nnetworks:\n- a\n- c\n- b\nweight: 1\n")]
    [InlineData("title: A\nnetworks:\n  - a\n  - b\n  - c\n", "title: A\nnetworks: [a, c]\n", "title: A\nnetworks:\n  - a\n  - c\n")]
    [InlineData("title: A\nprojects: [a]\nweight: 1\n", "title: A\nprojects: []\nweight: 1\n", "title: A\nweight: 1\n")]
    [InlineData("title: A\n", "title: A\nprojects: null\nkind: null\nsummary: ''\ndraft: false\nnetworks: []\n", "title: A\n")]
    [InlineData("title: A\nweight: 1\n", "title: A\nsummary: New\nweight: 1\nlayout: wide\n", "title: A\nsummary: New\nweight: 1\nlayout: wide\n")]
    [InlineData("draft: true\ntitle: A\n", "draft: false\ntitle: A\n", "title: A\n")]
    [InlineData("title: A\nsummary: >\n  Folded\n  text\nweight: 1\n", "title: A\nsummary: |-\n  Two\n  lines\nweight: 1\n", "title: A\nsummary: |-\n  Two\n  lines\nweight: 1\n")]
    [InlineData("title: A\nnetworks: [a]\n", "title: A\nnetworks:\n  - id: a\n    at: annex 2\n", "title: A\nnetworks:\n  - id: a\n    at: annex 2\n")]
    [InlineData("title: A\n", "title: \"2009\"\n", "title: \"2009\"\n")]
    [InlineData("title: A\n", "title: 'Note: this'\n", "title: \"Note: this\"\n")]
    public void Changes_only_what_changed(string yaml, string values, string expected)
    {
        Assert.Equal(expected, YamlMerger.Merge(yaml, AsSent(Parse(values))));
    }

    [Fact]
    public void A_key_the_values_leave_out_is_removed_unless_they_do_not_speak_for_it()
    {
        const string yaml = "title: A # a comment\nunknown: kept\nsummary: gone\n";
        Assert.Equal("title: B # a comment\nunknown: kept\n", YamlMerger.Merge(yaml, AsSent(Parse("title: B\n")), key => key != "unknown"));
        Assert.Equal("title: B # a comment\n", YamlMerger.Merge(yaml, AsSent(Parse("title: B\n"))));
    }

    [Fact]
    public void An_assessment_added_to_a_goal_adds_its_lines_and_nothing_else()
    {
        const string yaml = """
            title: Focus area 7
            goals:
              - id: "1"
                text: "One goal"   # the plan's words
                assessments:
                  - { year: 2008, status: achieved, sources: [status-2008] }
              - id: "2"
                text: Another goal
                assessments: []
            # kept
            sources: [plan-2007]

            """;
        var values = Parse(yaml);
        var goal = (YamlMappingNode)((YamlSequenceNode)YamlMerger.Find(values, "goals")!).Children[1];
        goal.Children[new YamlScalarNode("assessments")] = new YamlSequenceNode(new YamlMappingNode(
            new YamlScalarNode("year"), new YamlScalarNode("2009"),
            new YamlScalarNode("status"), new YamlScalarNode("achieved"),
            new YamlScalarNode("reason"), new YamlScalarNode("Told by the city: ø and å"),
            new YamlScalarNode("sources"), new YamlSequenceNode(new YamlMappingNode(new YamlScalarNode("id"), new YamlScalarNode("status-2009"))),
            new YamlScalarNode("note"), new YamlScalarNode(null)));

        var merged = YamlMerger.Merge(yaml, AsSent(values));

        Assert.Equal(yaml.Replace("    assessments: []\n", """
                assessments:
                  - year: 2009
                    status: achieved
                    reason: "Told by the city: ø and å"
                    sources:
                      - id: status-2009

            """, StringComparison.Ordinal), merged);
        Assert.True(YamlMerger.Same(values, Parse(merged)));
    }

    [Fact]
    public void A_changed_status_inside_a_flow_item_rewrites_that_item_in_flow_style()
    {
        const string yaml = "goals:\n  - id: \"1\"\n    assessments:\n      - { year: 2008, status: achieved, sources: [status-2008] }\n      - { year: 2009, status: planned, sources: [x] }\n";
        var values = Parse(yaml.Replace("status: achieved", "status: dropped", StringComparison.Ordinal));

        var merged = YamlMerger.Merge(yaml, AsSent(values));

        Assert.Equal("goals:\n  - id: \"1\"\n    assessments:\n      - { year: 2008, status: dropped, sources: [status-2008] }\n      - { year: 2009, status: planned, sources: [x] }\n", merged);
    }

    [Fact]
    public void Empty_front_matter_gains_the_values_in_block_style()
    {
        Assert.Equal("# new\ntitle: A\nnetworks:\n  - a\n", YamlMerger.Merge("# new\n", AsSent(Parse("title: A\nnetworks: [a]\nsummary:\n"))));
    }

    // Every shape a value takes in the site's files.
    private static readonly string[] Shapes =
    [
        "plain text", "\"quoted: æøå\"", "'single ''quoted'''", "2007", "\"2\"", "[a, b]", "[]", "true",
        "\n  - one\n  - \"two, three\"", "\n- indentless\n- list", "\n  - id: a\n    at: \"annex 2\"\n  - id: b", "\n  - { year: 2008, status: achieved }",
        ">\n  folded\n  text", "|\n  literal\n  text\n",
    ];

    private static readonly Gen<string> Value = Gen.Int[0, Shapes.Length - 1].Select(i => Shapes[i]);

    private static readonly Gen<(string Yaml, string[] Keys)> FrontMatter =
        Gen.Select(Value.Array[2, 7], Gen.Bool.Array[7], Gen.Bool.Array[7], (values, comments, blanks) =>
        {
            var keys = values.Select((_, i) => $"k{i}").ToArray();
            var yaml = string.Concat(values.Select((v, i) =>
                (blanks[i] ? "\n" : "") + (comments[i] ? $"# about k{i}\n" : "") + $"k{i}:{(v.StartsWith('\n') ? "" : " ")}{v}{(comments[(i + 3) % 7] && !v.Contains('\n') ? "   # trailing" : "")}\n"));
            return (yaml, keys);
        });

    [Fact]
    public void An_unchanged_save_leaves_the_text_byte_identical()
    {
        FrontMatter.Sample(f => Assert.Equal(f.Yaml, YamlMerger.Merge(f.Yaml, AsSent(Parse(f.Yaml)))), iter: 2000);
    }

    [Fact]
    public void Changing_some_values_changes_only_their_lines_and_gives_those_values()
    {
        Gen.Select(FrontMatter, Gen.Int[0, 6].Array[1, 3], Value.Array[3], Gen.Bool).Sample((f, picked, replacements, addKey) =>
        {
            var values = Parse(f.Yaml);
            var changed = picked.Where(i => i < f.Keys.Length).Distinct().ToList();
            for (var n = 0; n < changed.Count; n++)
            {
                values.Children[new YamlScalarNode(f.Keys[changed[n]])] = Parse("v:" + (replacements[n].StartsWith('\n') ? "" : " ") + replacements[n]).Children.Single().Value;
            }

            if (addKey)
            {
                values.Children[new YamlScalarNode("added")] = new YamlScalarNode("new value");
            }

            var merged = YamlMerger.Merge(f.Yaml, AsSent(values));

            Assert.True(YamlMerger.Same(values, Parse(merged)), merged);
            foreach (var (key, i) in f.Keys.Select((k, i) => (k, i)).Where(k => !changed.Contains(k.i)))
            {
                // The unchanged entry's lines, its comments and blank lines before it, are all still there as they were.
                Assert.Contains(Entry(f.Yaml, key), merged, StringComparison.Ordinal);
            }
        }, iter: 2000);
    }

    /// <summary>The lines of one top-level entry, from its key to the next key.</summary>
    private static string Entry(string yaml, string key)
    {
        var start = yaml.StartsWith(key + ":", StringComparison.Ordinal) ? 0 : yaml.IndexOf("\n" + key + ":", StringComparison.Ordinal) + 1;
        var next = start;
        do
        {
            next = yaml.IndexOf('\n', next) + 1;
        }
        while (next > 0 && next < yaml.Length && (yaml[next] is ' ' or '-'));

        return yaml[start..(next == 0 ? yaml.Length : next)];
    }
}

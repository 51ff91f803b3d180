using ActionPlan.Yaml;
using CsCheck;
using YamlDotNet.RepresentationModel;

namespace ActionPlan.Tests.Yaml;

/// <summary>Adding an alias to front matter changes only the list's own lines, in the form the editor wrote it.</summary>
public sealed class YamlListAppenderTests
{
    [Theory]
    [InlineData("title: X\n", "title: X\naliases: [en/new/]\n")]
    [InlineData("title: X\naliases: [en/a/]\nweight: 2\n", "title: X\naliases: [en/a/, en/new/]\nweight: 2\n")]
    [InlineData("title: X\naliases: []   # none yet\n", "title: X\naliases: [en/new/]   # none yet\n")]
    [InlineData("title: X\naliases:\n  - en/a/\n  - \"en/b/\" # old\nweight: 2\n", "title: X\naliases:\n  - en/a/\n  - \"en/b/\" # old\n  - en/new/\nweight: 2\n")]
    [InlineData("aliases:\n- en/a/\n", "aliases:\n- en/a/\n- en/new/\n")]
    [InlineData("title: X\naliases: en/a/\n", "title: X\naliases: [en/a/, en/new/]\n")]
    [InlineData("title: X\naliases:\nweight: 2\n", "title: X\naliases: [en/new/]\nweight: 2\n")]
    public void Adds_the_item_in_the_form_the_list_is_written_in(string yaml, string expected)
    {
        Assert.Equal(expected, YamlListAppender.Append(yaml, "aliases", "en/new/"));
    }

    [Theory]
    [InlineData("- not a mapping\n")]
    [InlineData("title: [unclosed\n")]
    [InlineData("aliases:\n  - { a: 1 }\n")]
    [InlineData("aliases: [{ a: 1 }]\n")]
    public void Gives_up_on_text_it_cannot_extend_in_place(string yaml)
    {
        Assert.Null(YamlListAppender.Append(yaml, "aliases", "en/new/"));
    }

    [Fact]
    public void A_list_written_over_several_lines_in_brackets_gains_the_item_before_its_bracket()
    {
        var appended = YamlListAppender.Append("title: X\naliases: [\n  en/a/,\n  en/b/\n]\n", "aliases", "en/new/")!;

        Assert.Equal(["en/a/", "en/b/", "en/new/"], Items(appended));
        Assert.StartsWith("title: X\naliases: [\n  en/a/,\n  en/b/\n", appended, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_list_keeps_its_items_and_every_other_line_and_gains_the_new_item_last()
    {
        var item = Gen.String[Gen.Char["abcdefghij/-"], 1, 8].Select(s => "en/" + s.Trim('-') + "x/");
        Gen.Select(item.List[0, 4], Gen.Int[0, 2], Gen.Bool).Sample((items, style, before) =>
        {
            var list = style switch
            {
                0 => $"aliases: [{string.Join(", ", items)}]\n",
                1 when items.Count > 0 => "aliases:\n" + string.Concat(items.Select(i => $"  - {i}\n")),
                _ => items.Count == 0 ? "" : $"aliases: [{string.Join(",", items)}]\n",
            };
            var yaml = (before ? "title: T\n" : "") + list + "weight: 3\n";

            var appended = YamlListAppender.Append(yaml, "aliases", "en/new/")!;

            Assert.Equal([.. items, "en/new/"], Items(appended));
            var others = yaml.Split('\n').Where(l => !l.Contains("en/", StringComparison.Ordinal) && !l.StartsWith("aliases", StringComparison.Ordinal)).ToList();
            Assert.Equal(others, appended.Split('\n').Where(l => !l.Contains("en/", StringComparison.Ordinal) && !l.StartsWith("aliases", StringComparison.Ordinal)).ToList());
        }, iter: 200);
    }

    private static List<string> Items(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return ((YamlSequenceNode)root.Children[new YamlScalarNode("aliases")]).Children.Select(c => ((YamlScalarNode)c).Value!).ToList();
    }
}

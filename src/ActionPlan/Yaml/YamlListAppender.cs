using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ActionPlan.Yaml;

/// <summary>
/// Adds an item to a top-level list of a YAML mapping by editing its text in place, so only that list's lines change:
/// comments, order, quoting and every other line stay as the editor wrote them.
/// </summary>
internal static class YamlListAppender
{
    /// <summary>
    /// The YAML with <paramref name="item"/> (a plain scalar) added to the list under <paramref name="key"/>: a new
    /// <c>key: [item]</c> line at the end when the key is absent, <c>, item</c> in a <c>[...]</c> list, a <c>- item</c>
    /// line after the last of a block list, and a single value turned into <c>[value, item]</c>. Null when the text is
    /// not a mapping or the list is written in a shape that cannot be extended on its own lines (then nothing is changed).
    /// </summary>
    public static string? Append(string yaml, string key, string item)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return null;
        }

        var root = stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode as YamlMappingNode;
        if (root is null)
        {
            return null;
        }

        var entry = root.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var k } && k == key);
        if (entry.Key is null)
        {
            var end = yaml.Length > 0 && !yaml.EndsWith('\n') ? "\n" : "";
            return $"{yaml}{end}{key}: [{item}]\n";
        }

        // YamlDotNet's marks count lines and columns from 1 and the index from 0, in the text it was given.
        switch (entry.Value)
        {
            // The node's style is not kept for every flow list; its first character tells.
            case YamlSequenceNode flow when yaml[(int)flow.Start.Index] == '[' && flow.Children.All(c => c is YamlScalarNode):
            {
                // A sequence's end mark is not kept either: its ']' is the first after its last item (no plain item holds one).
                var close = yaml.IndexOf(']', (int)(flow.Children.Count == 0 ? flow.Start.Index + 1 : flow.Children[^1].End.Index));
                return close < 0 ? null : yaml.Insert(close, flow.Children.Count == 0 ? item : $", {item}");
            }

            case YamlSequenceNode { Children.Count: > 0 } block when block.Children.All(c => c is YamlScalarNode && c.Start.Line == c.End.Line):
            {
                var first = block.Children[0];
                var lineStart = LineStart(yaml, (int)first.Start.Index);
                var prefix = yaml[lineStart..(int)first.Start.Index];
                if (prefix.Trim() != "-")
                {
                    return null;
                }

                var last = block.Children[^1];
                var lineEnd = yaml.IndexOf('\n', (int)last.Start.Index);
                return lineEnd < 0 ? $"{yaml}\n{prefix}{item}\n" : yaml.Insert(lineEnd, $"\n{prefix}{item}");
            }

            case YamlScalarNode { Value: { Length: > 0 } } single when single.Start.Line == single.End.Line:
                return yaml[..(int)single.Start.Index] + $"[{yaml[(int)single.Start.Index..(int)single.End.Index]}, {item}]" + yaml[(int)single.End.Index..];

            case YamlScalarNode { Value: null or "" } when entry.Key.Start.Line == entry.Key.End.Line:
            {
                // 'key:' with nothing after it on its line: the list is written there.
                var lineStart = LineStart(yaml, (int)entry.Key.Start.Index);
                var lineEnd = yaml.IndexOf('\n', lineStart) is var e and >= 0 ? e : yaml.Length;
                var line = yaml[lineStart..lineEnd];
                return line.TrimEnd() == $"{key}:" ? yaml[..lineStart] + $"{key}: [{item}]" + yaml[lineEnd..] : null;
            }

            default:
                return null;
        }
    }

    private static int LineStart(string text, int index) => index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;

    /// <summary>
    /// A page's text (line ends '\n') with <paramref name="item"/> added to the list under <paramref name="key"/> in its
    /// front matter, only those lines changed (<see cref="Append"/>); null when the front matter or list cannot be found
    /// or extended.
    /// </summary>
    public static string? AppendToFrontMatter(string text, string key, string item) =>
        Loading.FrontMatterReader.Split(text) is var (start, end, _) && Append(text[start..end], key, item) is { } yaml ? text[..start] + yaml + text[end..] : null;
}

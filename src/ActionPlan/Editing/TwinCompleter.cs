using ActionPlan.Domain;
using ActionPlan.Yaml;
using YamlDotNet.RepresentationModel;

namespace ActionPlan.Editing;

/// <summary>
/// Gives a twin the facts of its source-language page, as the build's twin check compares them: every fact the
/// build reads (statuses, years, ids, references, dates, at every depth, goals matched by id and assessments by
/// year) is copied where it is missing or different and removed where the source has none; prose stays the twin's
/// own. An element the twin lacks (a new assessment) is copied whole, its prose with it, so the twin stays complete
/// until it is translated.
/// </summary>
internal static class TwinCompleter
{
    /// <summary>One front matter as parsed: its values, and the facts the build reads from them (at file positions).</summary>
    /// <param name="Values">The front matter's values, changed in place when it is a twin being completed.</param>
    /// <param name="Facts">The facts, each at the file line and column of its value (or of its element).</param>
    /// <param name="FirstLine">The file line the front matter's text starts on.</param>
    public sealed record Entry(YamlMappingNode Values, IReadOnlyList<Fact> Facts, int FirstLine)
    {
        /// <summary>Each fact by its path.</summary>
        public IReadOnlyDictionary<string, Fact> ByPath { get; } = Facts.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        /// <summary>The top-level keys the build reads on such a page; default: none.</summary>
        public IReadOnlyCollection<string> Keys { get; init; } = [];

        /// <summary>True when <paramref name="node"/> starts where <paramref name="fact"/> was read.</summary>
        public bool IsAt(YamlNode node, Fact fact) => FirstLine + (int)node.Start.Line - 1 == fact.Line && (int)node.Start.Column == fact.Column;
    }

    /// <summary>Writes the facts of <paramref name="source"/> into <paramref name="twin"/>'s values.</summary>
    public static void Complete(Entry source, Entry twin)
    {
        // What only the twin tells goes first (outermost only: what lies below goes with it).
        var removed = new List<string>();
        foreach (var fact in twin.Facts.Where(f => !source.ByPath.ContainsKey(f.Path)).OrderBy(f => Depth(f.Path)))
        {
            if (removed.Any(r => Fact.IsWithin(fact.Path, r)) || Parent(twin, fact.Path) is not ({ } parent, var name))
            {
                continue;
            }

            if (!fact.IsElement)
            {
                // Emptied, not left out: a key the values leave out is kept in the file (YamlMerger), an empty one removed.
                parent.Children[new YamlScalarNode(name)] = new YamlScalarNode(null);
            }
            else if (YamlMerger.Find(parent, name) is YamlSequenceNode list && list.Children.FirstOrDefault(i => twin.IsAt(i, fact)) is { } item)
            {
                list.Children.Remove(item);
            }

            removed.Add(fact.Path);
        }

        var copied = new List<string>();
        foreach (var fact in source.Facts.OrderBy(f => Depth(f.Path)).ThenBy(f => f.Line))
        {
            if (copied.Any(c => Fact.IsWithin(fact.Path, c)) || Find(source, fact.Path) is not { } value)
            {
                continue;
            }

            if (twin.ByPath.TryGetValue(fact.Path, out var theirs))
            {
                if (!fact.IsElement && theirs.Value != fact.Value && Parent(twin, fact.Path) is ({ } parent, var name))
                {
                    parent.Children[new YamlScalarNode(name)] = Merged(value, YamlMerger.Find(parent, name));
                }
            }
            else if (Parent(twin, fact.Path) is ({ } parent, var name))
            {
                if (!fact.IsElement)
                {
                    parent.Children[new YamlScalarNode(name)] = Copy(value);
                    continue;
                }

                if (YamlMerger.Find(parent, name) is not YamlSequenceNode list)
                {
                    parent.Children[new YamlScalarNode(name)] = list = new YamlSequenceNode();
                }

                list.Children.Add(Copy(value));
                copied.Add(fact.Path);
            }
        }
    }

    /// <summary>
    /// A list fact (sources, references) with the source's items in the source's order, each the twin's own where it has
    /// the same one (its prose kept), else the source's; any other value, the source's.
    /// </summary>
    private static YamlNode Merged(YamlNode source, YamlNode? twin)
    {
        if (source is not YamlSequenceNode items || twin is not YamlSequenceNode theirs)
        {
            return Copy(source);
        }

        return new YamlSequenceNode(items.Children.Select(i => theirs.Children.FirstOrDefault(t => Identity(t) is { } id && id == Identity(i)) ?? Copy(i)));
    }

    /// <summary>What an item of a list is known by: its text, or its first value (a source's id).</summary>
    private static string? Identity(YamlNode item) => item switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlMappingNode { Children.Count: > 0 } mapping => (mapping.Children[0].Value as YamlScalarNode)?.Value,
        _ => null,
    };

    /// <summary>The node a fact was read from: a value, or an element of a list.</summary>
    private static YamlNode? Find(Entry entry, string path)
    {
        if (Parent(entry, path) is not ({ } parent, var name) || YamlMerger.Find(parent, name) is not { } value)
        {
            return null;
        }

        return path.EndsWith(']') && entry.ByPath.TryGetValue(path, out var element)
            ? (value as YamlSequenceNode)?.Children.FirstOrDefault(i => entry.IsAt(i, element))
            : value;
    }

    /// <summary>
    /// The mapping that holds the last step of <paramref name="path"/>, and that step's key; mappings on the way that
    /// are missing are made (an element on the way must be there, found where its fact was read).
    /// </summary>
    private static (YamlMappingNode? Parent, string Name) Parent(Entry entry, string path)
    {
        var steps = Steps(path);
        var current = entry.Values;
        var walked = "";
        foreach (var (name, key) in steps[..^1])
        {
            walked += (walked.Length == 0 ? "" : ".") + name;
            var child = YamlMerger.Find(current, name);
            if (key is null)
            {
                if (child is not YamlMappingNode mapping)
                {
                    if (child is not null && !YamlMerger.IsEmpty(child))
                    {
                        return (null, "");
                    }

                    current.Children[new YamlScalarNode(name)] = mapping = new YamlMappingNode();
                }

                current = mapping;
                continue;
            }

            walked += $"[{key}]";
            if (!entry.ByPath.TryGetValue(walked, out var element)
                || (child as YamlSequenceNode)?.Children.FirstOrDefault(i => entry.IsAt(i, element)) is not YamlMappingNode item)
            {
                return (null, "");
            }

            current = item;
        }

        return (current, steps[^1].Name);
    }

    private static int Depth(string path) => Steps(path).Count;

    /// <summary>The steps of a fact's path: <c>goals[2].assessments[2008].status</c> is goals/2, assessments/2008, status.</summary>
    private static List<(string Name, string? Key)> Steps(string path)
    {
        var steps = new List<(string, string?)>();
        var i = 0;
        while (i < path.Length)
        {
            var end = path.IndexOfAny(['.', '['], i);
            var name = end < 0 ? path[i..] : path[i..end];
            i = end < 0 ? path.Length : end;
            string? key = null;
            if (i < path.Length && path[i] == '[')
            {
                // A key may hold '.' or ']' itself: it ends at the ']' that ends the path or comes before a '.'.
                var close = i + 1;
                while (!(path[close] == ']' && (close + 1 == path.Length || path[close + 1] == '.')))
                {
                    close++;
                }

                key = path[(i + 1)..close];
                i = close + 1;
            }

            steps.Add((name, key));
            i += i < path.Length && path[i] == '.' ? 1 : 0;
        }

        return steps;
    }

    /// <summary>A copy of a value, its styles kept.</summary>
    private static YamlNode Copy(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new YamlMappingNode(mapping.Children.Select(e => KeyValuePair.Create(Copy(e.Key), Copy(e.Value)))) { Style = mapping.Style },
        YamlSequenceNode sequence => new YamlSequenceNode(sequence.Children.Select(Copy)) { Style = sequence.Style },
        YamlScalarNode scalar => new YamlScalarNode(scalar.Value) { Style = scalar.Style },
        _ => node,
    };
}

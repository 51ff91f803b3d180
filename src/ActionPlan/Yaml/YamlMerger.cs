using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ActionPlan.Yaml;

/// <summary>
/// Writes new values into YAML text the way a careful person edits it by hand: only the lines of values that changed
/// are touched, and key order, quoting, flow or block style, comments and blank lines of everything else stay as they
/// were. A key whose new value is empty (null, "", [], a switch left off) or left out is removed, or never written, so
/// no <c>key: null</c> appears; only a top-level key the values do not speak for (one the browser editor's form does
/// not have) is kept when they leave it out.
/// </summary>
internal static class YamlMerger
{
    /// <summary>
    /// The YAML text <paramref name="yaml"/> (a mapping, '\n' line ends, possibly empty) with
    /// <paramref name="values"/> merged in.
    /// </summary>
    /// <param name="yaml">The text as it is.</param>
    /// <param name="values">The new values.</param>
    /// <param name="spokenFor">The top-level keys the values speak for: one of them they leave out is removed; default: every key.</param>
    /// <exception cref="YamlException">The text is not YAML.</exception>
    public static string Merge(string yaml, YamlMappingNode values, Func<string, bool>? spokenFor = null)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode { Children.Count: > 0 } root)
        {
            // Nothing to keep but comments: they stay on top.
            var rendered = Block(values, 0);
            return rendered.Length == 0 ? yaml : yaml + rendered + "\n";
        }

        var patch = new Patch(yaml);
        return patch.Mapping(root, values, spokenFor ?? (_ => true)) is { } edits ? patch.Apply(edits) : Block(values, 0) + "\n";
    }

    /// <summary>True when a value says nothing: absent, null, empty text or an empty list or mapping, at every depth.</summary>
    public static bool IsEmpty(YamlNode? node) => node switch
    {
        null => true,
        YamlScalarNode scalar => Text(scalar).Length == 0,
        YamlSequenceNode sequence => sequence.Children.All(IsEmpty),
        YamlMappingNode mapping => mapping.Children.Values.All(IsEmpty),
        _ => false,
    };

    /// <summary>True when two values say the same, whatever their style.</summary>
    public static bool Same(YamlNode? a, YamlNode? b)
    {
        if (IsEmpty(a) && IsEmpty(b))
        {
            return true;
        }

        return (a, b) switch
        {
            (YamlScalarNode x, YamlScalarNode y) => Text(x) == Text(y),
            (YamlSequenceNode x, YamlSequenceNode y) => x.Children.Count == y.Children.Count && x.Children.Zip(y.Children).All(p => Same(p.First, p.Second)),
            (YamlMappingNode x, YamlMappingNode y) => Filled(x).Count == Filled(y).Count && Filled(x).All(e => Same(e.Value, Find(y, e.Key))),
            _ => false,
        };
    }

    /// <summary>The value under a text key, or null.</summary>
    public static YamlNode? Find(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(e => e.Key is YamlScalarNode k && k.Value == key).Value;

    /// <summary>The text of a scalar; a plain <c>null</c> or <c>~</c> is empty.</summary>
    private static string Text(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Value is "~" or "null" or "Null" or "NULL" ? "" : scalar.Value ?? "";

    private static List<KeyValuePair<string, YamlNode>> Filled(YamlMappingNode mapping) =>
        [.. mapping.Children.Where(e => e.Key is YamlScalarNode && !IsEmpty(e.Value)).Select(e => KeyValuePair.Create(((YamlScalarNode)e.Key).Value ?? "", e.Value))];

    /// <summary>One change to the text: the characters from <paramref name="Start"/> to <paramref name="End"/> become <paramref name="Text"/>.</summary>
    private sealed record Edit(int Start, int End, string Text);

    /// <summary>The edits that turn one text's values into new ones; each method gives null when it cannot edit in place.</summary>
    private sealed class Patch(string text)
    {
        public string Apply(List<Edit> edits)
        {
            var result = new StringBuilder(text);

            // From the end, so earlier positions hold; at one place what is removed goes first, and insertions keep their order.
            var ordered = edits.Select((e, i) => (e, i)).OrderByDescending(x => x.e.Start).ThenBy(x => x.e.End > x.e.Start ? 0 : 1).ThenByDescending(x => x.i);
            foreach (var edit in ordered.Select(x => x.e))
            {
                result.Remove(edit.Start, edit.End - edit.Start).Insert(edit.Start, edit.Text);
            }

            return result.ToString();
        }

        /// <summary>Edits for a value in place, or null when it must be written anew.</summary>
        private List<Edit>? Value(YamlNode old, YamlNode now, int indent)
        {
            if (Same(old, now))
            {
                return [];
            }

            return (old, now) switch
            {
                (YamlScalarNode o, YamlScalarNode n) => [Replace(Start(o), End(o), Scalar(n, o.Style, flow: false, indent))],
                (YamlMappingNode { Style: not MappingStyle.Flow } o, YamlMappingNode n) => Mapping(o, n, _ => true),
                (YamlSequenceNode { Style: not SequenceStyle.Flow } o, YamlSequenceNode n) => Sequence(o, n),
                _ => InFlow(old, now),
            };
        }

        /// <summary>
        /// Edits inside a flow collection whose shape stays (the same keys, as many items): each changed single value
        /// in place, in its own quotes; null when the shape changes.
        /// </summary>
        private List<Edit>? InFlow(YamlNode old, YamlNode now)
        {
            List<Edit>? Each(IEnumerable<(YamlNode Old, YamlNode New)> pairs)
            {
                var edits = new List<Edit>();
                foreach (var (o, n) in pairs.Where(p => !Same(p.Old, p.New)))
                {
                    if (o is YamlScalarNode scalar && n is YamlScalarNode next && !(next.Value ?? "").Contains('\n'))
                    {
                        edits.Add(new Edit(Start(o), End(o), Scalar(next, scalar.Style, flow: true, 0)));
                    }
                    else if (IsFlow(o, n) && InFlow(o, n) is { } inner)
                    {
                        edits.AddRange(inner);
                    }
                    else if (IsFlow(o, n))
                    {
                        edits.Add(new Edit(Start(o), End(o), YamlMerger.Flow(n)));
                    }
                    else
                    {
                        return null;
                    }
                }

                return edits;
            }

            return (old, now) switch
            {
                (YamlMappingNode { Style: MappingStyle.Flow } o, YamlMappingNode n)
                    when Filled(o).Select(e => e.Key).Order(StringComparer.Ordinal).SequenceEqual(Filled(n).Select(e => e.Key).Order(StringComparer.Ordinal))
                    && o.Children.All(e => e.Key is YamlScalarNode && !IsEmpty(e.Value)) => Each(Filled(o).Select(e => (e.Value, Find(n, e.Key)!))),
                (YamlSequenceNode { Style: SequenceStyle.Flow } o, YamlSequenceNode n) when o.Children.Count == n.Children.Count => Each(o.Children.Zip(n.Children)),
                _ => null,
            };
        }

        public List<Edit>? Mapping(YamlMappingNode old, YamlMappingNode now, Func<string, bool> spokenFor)
        {
            var entries = old.Children.ToList();
            if (entries.Count == 0 || entries.Any(e => e.Key is not YamlScalarNode))
            {
                return null;
            }

            var indent = Column(entries[0].Key);
            var edits = new List<Edit>();
            var kept = entries.Count;
            foreach (var (key, value) in entries)
            {
                var name = ((YamlScalarNode)key).Value ?? "";
                var next = Find(now, name) ?? (spokenFor(name) ? new YamlScalarNode(null) : null);
                if (next is null)
                {
                    continue;
                }

                if (IsEmpty(next) || IsSwitchLeftOff(next))
                {
                    if (IsEmpty(value) || (IsSwitchLeftOff(next) && Same(value, next)))
                    {
                        continue;
                    }

                    if (!StartsLine(key))
                    {
                        return null;
                    }

                    edits.Add(new Edit(LineStart(Start(key)), NextLineStart(EntryEnd(key, value)), ""));
                    kept--;
                    continue;
                }

                if (IsEmpty(value))
                {
                    edits.Add(Replace(AfterColon(key), EntryEnd(key, value), ValueText(next, value, indent)));
                    continue;
                }

                edits.AddRange(Value(value, next, indent + 2) ?? [Replace(AfterColon(key), EntryEnd(key, value), ValueText(next, value, indent))]);
            }

            // New keys go after the key they follow in the new values, or before the first one.
            (YamlNode Key, YamlNode Value)? previous = null;
            foreach (var (key, value) in now.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (entries.FirstOrDefault(e => ((YamlScalarNode)e.Key).Value == name) is { Key: not null } existing)
                {
                    previous = (existing.Key, existing.Value);
                    continue;
                }

                if (IsEmpty(value) || IsSwitchLeftOff(value))
                {
                    continue;
                }

                var line = Entry(name, value, indent);
                if (previous is var (after, afterValue))
                {
                    edits.Add(new Edit(NextLineStart(EntryEnd(after, afterValue)), NextLineStart(EntryEnd(after, afterValue)), line + "\n"));
                }
                else if (StartsLine(entries[0].Key))
                {
                    edits.Add(new Edit(LineStart(Start(entries[0].Key)), LineStart(Start(entries[0].Key)), line + "\n"));
                }
                else
                {
                    return null;
                }

                kept++;
            }

            return kept == 0 ? null : edits;
        }

        private List<Edit>? Sequence(YamlSequenceNode old, YamlSequenceNode now)
        {
            var items = old.Children.ToList();
            var next = now.Children.Where(n => !IsEmpty(n)).ToList();
            if (items.Count == 0 || next.Count == 0 || items.Any(i => Dash(i) < 0))
            {
                return null;
            }

            var indent = Dash(items[0]) - LineStart(Dash(items[0]));
            var edits = new List<Edit>();
            var pairs = Align(items, next);
            var o = 0;
            var n = 0;
            foreach (var (matchedOld, matchedNew) in pairs.Append((items.Count, next.Count)))
            {
                // Between two unchanged items: changed items are edited pairwise, the rest removed or added.
                while (o < matchedOld && n < matchedNew)
                {
                    edits.AddRange(Value(items[o], next[n], indent + 2) ?? [Replace(Start(items[o]), End(items[o]), ItemText(next[n], items[o], indent))]);
                    o++;
                    n++;
                }

                for (; o < matchedOld; o++)
                {
                    edits.Add(new Edit(LineStart(Dash(items[o])), NextLineStart(End(items[o])), ""));
                }

                var at = o > 0 ? NextLineStart(End(items[o - 1])) : LineStart(Dash(items[0]));
                for (; n < matchedNew; n++)
                {
                    edits.Add(new Edit(at, at, new string(' ', indent) + "- " + ItemText(next[n], null, indent) + "\n"));
                }

                o++;
                n++;
            }

            return edits;
        }

        /// <summary>The positions of the items the two lists have in common, in order (a longest common subsequence).</summary>
        private static List<(int Old, int New)> Align(List<YamlNode> old, List<YamlNode> now)
        {
            var lengths = new int[old.Count + 1, now.Count + 1];
            for (var i = old.Count - 1; i >= 0; i--)
            {
                for (var j = now.Count - 1; j >= 0; j--)
                {
                    lengths[i, j] = Same(old[i], now[j]) ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
                }
            }

            var pairs = new List<(int, int)>();
            for (int i = 0, j = 0; i < old.Count && j < now.Count;)
            {
                if (Same(old[i], now[j]))
                {
                    pairs.Add((i++, j++));
                }
                else if (lengths[i + 1, j] >= lengths[i, j + 1])
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }

            return pairs;
        }

        /// <summary>A replacement; a literal block takes the rest of its first line, as a comment there would become its text.</summary>
        private Edit Replace(int start, int end, string replacement) =>
            new(start, replacement.TrimStart(' ').StartsWith('|') && text.IndexOf('\n', end) is var lineEnd and >= 0 ? lineEnd : end, replacement);

        /// <summary>A value after its key's colon: on the same line, or the lines below it.</summary>
        private static string ValueText(YamlNode now, YamlNode? old, int indent) => now switch
        {
            YamlScalarNode scalar => " " + Scalar(scalar, (old as YamlScalarNode)?.Style ?? ScalarStyle.Any, flow: false, indent + 2),
            _ when IsFlow(old, now) => " " + Flow(now),
            _ => "\n" + Block(now, indent + 2),
        };

        /// <summary>An item after its dash.</summary>
        private static string ItemText(YamlNode now, YamlNode? old, int indent) => now switch
        {
            YamlScalarNode scalar => Scalar(scalar, (old as YamlScalarNode)?.Style ?? ScalarStyle.Any, flow: false, indent + 2),
            _ when IsFlow(old, now) => Flow(now),
            _ => Block(now, indent + 2).TrimStart(' '),
        };

        /// <summary>True when a value is best written in flow style where <paramref name="old"/> stood: it was, and what replaces it is as simple.</summary>
        private static bool IsFlow(YamlNode? old, YamlNode now) =>
            old is YamlSequenceNode { Style: SequenceStyle.Flow } or YamlMappingNode { Style: MappingStyle.Flow } && (Simple(now) || !Simple(old));

        /// <summary>True for a list or mapping of single values only.</summary>
        private static bool Simple(YamlNode node) => node switch
        {
            YamlSequenceNode sequence => sequence.Children.All(i => i is YamlScalarNode),
            YamlMappingNode mapping => mapping.Children.Values.All(v => v is YamlScalarNode),
            _ => true,
        };

        private static int Start(YamlNode node) => (int)node.Start.Index;

        private static int Column(YamlNode node) => (int)node.Start.Column - 1;

        /// <summary>Where a value's own text ends: after its last character, before any comment or blank line.</summary>
        private int End(YamlNode node) => node switch
        {
            YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded } scalar => TrimBack((int)scalar.End.Index, Start(scalar)),
            YamlSequenceNode { Style: SequenceStyle.Flow } or YamlMappingNode { Style: MappingStyle.Flow } => FlowEnd(Start(node)),
            YamlSequenceNode { Children.Count: > 0 } sequence => End(sequence.Children[^1]),
            YamlMappingNode { Children.Count: > 0 } mapping => EntryEnd(mapping.Children.Last().Key, mapping.Children.Last().Value),
            _ => (int)node.End.Index,
        };

        private int EntryEnd(YamlNode key, YamlNode value) =>
            value is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" } ? AfterColon(key) : Math.Max(AfterColon(key), End(value));

        /// <summary>Just after the bracket that closes the one at <paramref name="start"/> (YamlDotNet's end mark of a flow collection is not there).</summary>
        private int FlowEnd(int start)
        {
            var depth = 0;
            for (var i = start; i < text.Length; i++)
            {
                switch (text[i])
                {
                    case '[' or '{':
                        depth++;
                        break;
                    case ']' or '}' when --depth == 0:
                        return i + 1;
                    case '"':
                        while (++i < text.Length && text[i] != '"')
                        {
                            i += text[i] == '\\' ? 1 : 0;
                        }

                        break;
                    case '\'' when i > 0 && text[i - 1] is ' ' or '[' or '{' or ',' or ':':
                        while (++i < text.Length && !(text[i] == '\'' && (i + 1 >= text.Length || text[i + 1] != '\'')))
                        {
                            i += text[i] == '\'' ? 1 : 0;
                        }

                        break;
                    case '#' when text[i - 1] is ' ' or '\t' or '\n':
                        i = text.IndexOf('\n', i) is var end and >= 0 ? end : text.Length;
                        break;
                }
            }

            return text.Length;
        }

        private int AfterColon(YamlNode key) => text.IndexOf(':', (int)key.End.Index) + 1;

        /// <summary>The position of an item's dash, or -1 when something other than spaces stands before it on its line.</summary>
        private int Dash(YamlNode item)
        {
            var dash = text.LastIndexOf('-', Math.Max(0, Start(item) - 1));
            return dash >= 0 && text[(dash + 1)..Start(item)].All(c => c is ' ' or '\n') && IsBlank(LineStart(dash), dash) ? dash : -1;
        }

        private bool StartsLine(YamlNode node) => IsBlank(LineStart(Start(node)), Start(node));

        private bool IsBlank(int from, int to) => text.AsSpan(from, to - from).Trim(' ').IsEmpty;

        private int LineStart(int index) => index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;

        private int NextLineStart(int index) => text.IndexOf('\n', index) is var end and >= 0 ? end + 1 : text.Length;

        private int TrimBack(int end, int start)
        {
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return end;
        }
    }

    /// <summary>A switch left off: a key that is not there says the same, so it is not written.</summary>
    private static bool IsSwitchLeftOff(YamlNode node) => node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: "false" };

    /// <summary>A value in block style, each line indented by <paramref name="indent"/>, without a final line end.</summary>
    private static string Block(YamlNode node, int indent)
    {
        var pad = new string(' ', indent);
        return node switch
        {
            YamlMappingNode mapping => string.Join('\n', mapping.Children
                .Where(e => !IsEmpty(e.Value) && !IsSwitchLeftOff(e.Value))
                .Select(e => Entry(((YamlScalarNode)e.Key).Value ?? "", e.Value, indent))),
            YamlSequenceNode sequence => string.Join('\n', sequence.Children.Where(i => !IsEmpty(i)).Select(i => pad + "- " + i switch
            {
                YamlScalarNode scalar => Scalar(scalar, ScalarStyle.Any, flow: false, indent + 2),
                _ => Block(i, indent + 2).TrimStart(' '),
            })),
            YamlScalarNode scalar => pad + Scalar(scalar, ScalarStyle.Any, flow: false, indent),
            _ => "",
        };
    }

    /// <summary>One <c>key: value</c> entry at <paramref name="indent"/>, a collection's lines below it.</summary>
    private static string Entry(string key, YamlNode value, int indent)
    {
        var pad = new string(' ', indent);
        var name = PlainSafe(key, flow: false) ? key : Quoted(key);
        return value switch
        {
            YamlScalarNode scalar => $"{pad}{name}: {Scalar(scalar, ScalarStyle.Any, flow: false, indent + 2)}",
            YamlSequenceNode { Style: SequenceStyle.Flow } or YamlMappingNode { Style: MappingStyle.Flow } => $"{pad}{name}: {Flow(value)}",
            _ => $"{pad}{name}:\n{Block(value, indent + 2)}",
        };
    }

    /// <summary>A value in flow style (<c>[a, b]</c>, <c>{ k: v }</c>).</summary>
    private static string Flow(YamlNode node) => node switch
    {
        YamlSequenceNode sequence => "[" + string.Join(", ", sequence.Children.Where(i => !IsEmpty(i)).Select(Flow)) + "]",
        YamlMappingNode mapping => "{ " + string.Join(", ", Filled(mapping).Select(e => (PlainSafe(e.Key, flow: true) ? e.Key : Quoted(e.Key)) + ": " + Flow(e.Value))) + " }",
        YamlScalarNode scalar => Scalar(scalar, ScalarStyle.Any, flow: true, 0),
        _ => "",
    };

    /// <summary>
    /// A scalar: in the style it had (<paramref name="was"/>) where the value allows it, else in the style its source
    /// gave it; plain only where that reads back as the same text; several lines as a literal block.
    /// </summary>
    private static string Scalar(YamlScalarNode scalar, ScalarStyle was, bool flow, int indent)
    {
        var value = scalar.Value ?? "";
        if (value.Contains('\n') && !flow && LiteralSafe(value))
        {
            var chomp = value.EndsWith("\n\n", StringComparison.Ordinal) ? "+" : value.EndsWith('\n') ? "" : "-";
            var pad = new string(' ', indent);
            return "|" + chomp + "\n" + string.Join('\n', value.TrimEnd('\n').Split('\n').Select(l => l.Length == 0 ? "" : pad + l))
                + (chomp == "+" ? new string('\n', value.Length - value.TrimEnd('\n').Length - 1) : "");
        }

        var style = was is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? was : scalar.Style;
        if (style == ScalarStyle.SingleQuoted && !value.Contains('\n') && value.All(c => !char.IsControl(c)))
        {
            return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        }

        // A value its source quoted, and that would read as another type unquoted (a number, true, a date), stays quoted.
        var ambiguous = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted && LooksTyped(value);
        return style != ScalarStyle.DoubleQuoted && !ambiguous && PlainSafe(value, flow) ? value : Quoted(value);
    }

    private static bool LooksTyped(string value) =>
        value is "true" or "false" or "True" or "False" or "yes" or "no" or "on" or "off"
        || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        || (value.Length >= 4 && char.IsAsciiDigit(value[0]) && value.All(c => char.IsAsciiDigit(c) || c is '-' or ':' or 'T' or ' ' or '.'));

    private static bool LiteralSafe(string value) =>
        !value.StartsWith(' ') && !value.StartsWith('\n') && value.All(c => c == '\n' || !char.IsControl(c)) && !value.Split('\n').Any(l => l.EndsWith(' '));

    /// <summary>True when the text reads back as itself when written without quotes.</summary>
    private static bool PlainSafe(string value, bool flow)
    {
        if (value.Length == 0 || value != value.Trim() || value is "~" or "null" or "Null" or "NULL" || value.Any(char.IsControl))
        {
            return false;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0]) && !(value[0] is '-' or '?' or ':' && value.Length > 1 && value[1] != ' ' && !flow))
        {
            return false;
        }

        return !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal) && !value.EndsWith(':')
            && (!flow || value.IndexOfAny([',', '[', ']', '{', '}']) < 0);
    }

    private static string Quoted(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}

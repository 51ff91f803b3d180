using System.Globalization;
using System.Text.RegularExpressions;
using ActionPlan.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ActionPlan.Yaml;

/// <summary>
/// A YAML mapping read strictly into typed values: a wrong type is an error at its line, and every key
/// that was never asked for is reported by <see cref="ReportUnknownKeys"/> with the nearest known key.
/// </summary>
internal sealed partial class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly int _firstLine;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, string file, int firstLine, DiagnosticBag diagnostics)
    {
        _node = node;
        File = file;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
    }

    /// <summary>The file the mapping came from, relative to the site folder.</summary>
    public string File { get; }

    /// <summary>The file line of the mapping itself.</summary>
    public int Line => LineOf(_node);

    /// <summary>The file column of the mapping itself.</summary>
    public int Column => ColumnOf(_node);

    /// <summary>The keys present, in document order.</summary>
    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    /// <summary>The file line of every key present.</summary>
    public IReadOnlyDictionary<string, int> KeyLines() =>
        _node.Children.Keys.OfType<YamlScalarNode>()
            .GroupBy(k => k.Value ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => LineOf(g.First()), StringComparer.Ordinal);

    /// <summary>True when the key is present.</summary>
    public bool Has(string key) => Find(key) is not null;

    /// <summary>True when an error was reported about the key (its value is then unknown, not absent).</summary>
    public bool IsBroken(string key) => _broken.Contains(key);

    /// <summary>The file line and column of a key's value, or of the key when it has none, or of the mapping.</summary>
    public (int Line, int Column) PositionOf(string key) => Find(key) is { } entry
        ? (entry.Value is YamlScalarNode { Value: null or "", Style: YamlDotNet.Core.ScalarStyle.Plain } ? (LineOf(entry.Key), ColumnOf(entry.Key)) : (LineOf(entry.Value), ColumnOf(entry.Value)))
        : (Line, ColumnOf(_node));

    /// <summary>The file line of a key, or of the mapping when the key is absent.</summary>
    public int LineOf(string key) => Find(key) is { } entry ? LineOf(entry.Key) : Line;

    /// <summary>A text value; reports an error when required and missing or empty.</summary>
    public string? String(string key, bool required = false)
    {
        var node = Value(key);
        if (node is null)
        {
            if (required)
            {
                Error(key, Line, ColumnOf(_node), "missing-field", $"'{key}' is required: add a line '{key}: ...'.");
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Error(key, node, "field-type", $"'{key}' must be a single text value.");
            return null;
        }

        var text = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(text) || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && text is "~" or "null"))
        {
            if (required)
            {
                Error(key, PositionOf(key), "missing-field", $"'{key}' is required and may not be empty.");
            }

            return null;
        }

        return text;
    }

    /// <summary>A whole number.</summary>
    public int? Int(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(key, Value(key)!, "field-type", $"'{key}' must be a whole number, not '{text}'.");
        return null;
    }

    /// <summary>true or false.</summary>
    public bool? Bool(string key)
    {
        var text = String(key);
        switch (text)
        {
            case null: return null;
            case "true": return true;
            case "false": return false;
            default:
                Error(key, Value(key)!, "field-type", $"'{key}' must be true or false, not '{text}'.");
                return null;
        }
    }

    /// <summary>
    /// How a day is written, the rule the front-matter schemas and the browser editor check too (YYYY-MM-DD, years
    /// 1000-2999); the build also refuses a day the calendar lacks (2008-02-30).
    /// </summary>
    public const string DayPattern = "^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

    /// <summary>A full date written as YYYY-MM-DD.</summary>
    public DateOnly? Date(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (Day().IsMatch(text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(key, Value(key)!, "bad-date", $"'{key}' must be a date written as YYYY-MM-DD (for example 2008-03-03), not '{text}'.");
        return null;
    }

    /// <summary>A list of texts with the file position of each item; a single text counts as a list of one.</summary>
    public IReadOnlyList<(string Value, int Line, int Column)> StringItems(string key)
    {
        var node = Value(key);
        if (node is null)
        {
            return [];
        }

        var items = StringList(key);
        if (node is YamlSequenceNode sequence)
        {
            var nodes = sequence.Children.OfType<YamlScalarNode>().Where(i => !string.IsNullOrEmpty(i.Value)).ToList();
            return items.Select((item, i) => i < nodes.Count ? (item, LineOf(nodes[i]), ColumnOf(nodes[i])) : (item, LineOf(key), 1)).ToList();
        }

        var (line, column) = PositionOf(key);
        return items.Select(item => (item, line, column)).ToList();
    }

    /// <summary>A list of texts; a single text counts as a list of one.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        var node = Value(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode:
                return String(key) is { } single ? [single] : [];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } value })
                    {
                        items.Add(value.Trim());
                    }
                    else
                    {
                        Error(key, item, "field-type", $"each item of '{key}' must be a single text value.");
                    }
                }

                return items;
            default:
                Error(key, node, "field-type", $"'{key}' must be a list of text values.");
                return [];
        }
    }

    /// <summary>A nested mapping, or null (with an error if present but not a mapping).</summary>
    public YamlMap? Map(string key)
    {
        var node = Value(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, File, _firstLine, _diagnostics);
        }

        Error(key, node, "field-type", $"'{key}' must be a set of 'key: value' lines.");
        return null;
    }

    /// <summary>A list of nested mappings.</summary>
    public IReadOnlyList<YamlMap> MapList(string key)
    {
        var node = Value(key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(key, node, "field-type", $"'{key}' must be a list ('- ...' lines).");
            return [];
        }

        var maps = new List<YamlMap>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                maps.Add(new YamlMap(mapping, File, _firstLine, _diagnostics));
            }
            else
            {
                Error(key, item, "field-type", $"each item of '{key}' must be a set of 'key: value' pairs.");
            }
        }

        return maps;
    }

    /// <summary>Warns about every key that was not read, naming the nearest known key.</summary>
    public void ReportUnknownKeys(IReadOnlyCollection<string> known)
    {
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (_asked.Contains(key) || known.Contains(key))
            {
                continue;
            }

            var nearest = Suggestions.Nearest(key, known, 1).FirstOrDefault();
            var hint = nearest is null ? $"known keys are: {string.Join(", ", known.Order(StringComparer.Ordinal))}." : $"did you mean '{nearest}'?";
            _diagnostics.Warning("unknown-key", File, LineOf(keyNode), ColumnOf(keyNode), $"unknown key '{key}' is ignored; {hint}");
        }
    }

    /// <summary>Reports an error at a key's value (at the key when it has none); the key's value is then unknown.</summary>
    public void ErrorAt(string key, string code, string message) =>
        Error(key, PositionOf(key), code, message);

    /// <summary>Reports an error at a key itself, where the key is the mistake (a declared id that is no name); its value is then unknown.</summary>
    public void ErrorAtKey(string key, string code, string message) =>
        Error(key, Find(key) is { } entry ? (LineOf(entry.Key), ColumnOf(entry.Key)) : (Line, Column), code, message);

    /// <summary>Reports an error at one item of a key's list (at the key's value when the item cannot be found).</summary>
    public void ErrorAtItem(string key, string item, string code, string message)
    {
        var node = Value(key) is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlScalarNode>().FirstOrDefault(i => i.Value?.Trim() == item)
            : null;
        Error(key, node is null ? PositionOf(key) : (LineOf(node), ColumnOf(node)), code, message);
    }

    private KeyValuePair<YamlNode, YamlNode>? Find(string key)
    {
        _asked.Add(key);
        foreach (var entry in _node.Children)
        {
            if (entry.Key is YamlScalarNode { Value: var name } && name == key)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The value of a key as YAML, or null.</summary>
    public YamlNode? Value(string key) => Find(key)?.Value;

    /// <summary>An item of one of this mapping's lists that is itself a mapping.</summary>
    public YamlMap MapItem(YamlNode item) => new((YamlMappingNode)item, File, _firstLine, _diagnostics);

    /// <summary>A text item of a key's list with its position, or null (with an error) when it is not a single text.</summary>
    public (string Value, int Line, int Column)? ScalarItem(string key, YamlNode item)
    {
        if (item is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return (value.Trim(), LineOf(item), ColumnOf(item));
        }

        Error(key, item, "field-type", $"each item of '{key}' must be a publication id or '{{ id: ..., at: ... }}'.");
        return null;
    }

    private int LineOf(YamlNode node) => _firstLine + (int)node.Start.Line - 1;

    private static int ColumnOf(YamlNode node) => (int)node.Start.Column;

    private void Error(string key, YamlNode node, string code, string message) => Error(key, (LineOf(node), ColumnOf(node)), code, message);

    private void Error(string key, int line, int column, string code, string message) => Error(key, (line, column), code, message);

    private void Error(string key, (int Line, int Column) at, string code, string message)
    {
        _broken.Add(key);
        _diagnostics.Error(code, File, at.Line, at.Column, message);
    }

    [GeneratedRegex(DayPattern)]
    private static partial Regex Day();
}

using System.Globalization;
using ActionPlan.Yaml;

namespace ActionPlan.Domain;

/// <summary>
/// Reads typed kind fields from a mapping and records each as a fact (or reference) as it goes, under its full
/// path; a field with an error is recorded as unknown, so twins are not compared there.
/// </summary>
internal sealed class FieldReader(YamlMap map, FieldReader.Sheet sheet, string prefix = "", YamlMap? root = null)
{
    /// <summary>What the readers of one page record: facts, references and the paths whose value is unknown.</summary>
    public sealed class Sheet
    {
        public List<Fact> Facts { get; } = [];

        public List<Reference> References { get; } = [];

        public HashSet<string> Unknown { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>True once a present field had a wrong value or a required one was missing.</summary>
    public bool Failed { get; private set; }

    /// <summary>The mapping read.</summary>
    public YamlMap Map => map;

    /// <summary>The page's whole front matter, for a nested field that depends on a key beside it (a goal's measure on the plan).</summary>
    public YamlMap Root => root ?? map;

    /// <summary>The path facts of this reader are recorded under ('' at the top, <c>goals[2]</c> for a goal).</summary>
    public string Path => prefix.TrimEnd('.');

    /// <summary>A reader for a nested mapping whose facts are recorded under <paramref name="path"/>.</summary>
    public FieldReader Nested(YamlMap nested, string path) => new(nested, sheet, path + ".", Root);

    /// <summary>A reader for a nested mapping whose facts are recorded on a sheet of their own, to be recorded as one.</summary>
    public FieldReader Apart(YamlMap nested, Sheet own) => new(nested, own, "", Root);

    /// <summary>Records a fact at a key's value.</summary>
    public void Add(string key, string value)
    {
        var (line, column) = map.PositionOf(key);
        sheet.Facts.Add(new Fact(prefix + key, value, line, column));
    }

    /// <summary>Records an element of a keyed list (<c>goals[2]</c>) at the mapping that holds it.</summary>
    public void AddElement(string path, string key, YamlMap element) =>
        sheet.Facts.Add(new Fact(prefix + path, key, element.Line, element.Column));

    /// <summary>Marks a path (below this reader's prefix) as unknown: its error is reported already.</summary>
    public void MarkUnknown(string key) => sheet.Unknown.Add(prefix + key);

    /// <summary>A text fact (not prose), such as a contact's type.</summary>
    public string? Text(string key, bool required)
    {
        var text = Read(key, required);
        if (text is not null)
        {
            Add(key, text);
        }

        return text;
    }

    /// <summary>One of an enum's written names.</summary>
    public T? Choice<T>(string key, bool required)
        where T : struct, Enum
    {
        var text = Read(key, required);
        if (text is null)
        {
            return null;
        }

        if (Choices.Parse<T>(text) is { } value)
        {
            Add(key, text);
            return value;
        }

        Fail(key, "bad-value", $"'{key}' must be one of: {string.Join(", ", Choices.Names<T>())} — not '{text}'.");
        return null;
    }

    /// <summary>A list of an enum's written names.</summary>
    public IReadOnlyList<T> ChoiceList<T>(string key, bool required)
        where T : struct, Enum
    {
        var values = new List<T>();
        foreach (var (text, _, _) in map.StringItems(key))
        {
            if (Choices.Parse<T>(text) is { } value)
            {
                values.Add(value);
            }
            else
            {
                FailAtItem(key, text, "bad-value", $"each item of '{key}' must be one of: {string.Join(", ", Choices.Names<T>())} — not '{text}'.");
            }
        }

        if (required && values.Count == 0 && !map.IsBroken(key))
        {
            Fail(key, "missing-field", $"'{key}' is required: list one or more of {string.Join(", ", Choices.Names<T>())}.");
        }

        RecordList(key, values.Select(Choices.Name).Order(StringComparer.Ordinal));
        return values;
    }

    /// <summary>A year, month or day.</summary>
    public PartialDate? Date(string key, bool required)
    {
        var text = Read(key, required);
        if (text is null)
        {
            return null;
        }

        if (PartialDate.Parse(text) is { } date)
        {
            Add(key, date.ToString());
            return date;
        }

        Fail(key, "bad-date", $"'{key}' must be a year (2007), a month (2007-11) or a day (2007-11-05), not '{text}'.");
        return null;
    }

    /// <summary>A run of years (<c>2007-2009</c>).</summary>
    public YearSpan? Period(string key, bool required)
    {
        var text = Read(key, required);
        if (text is null)
        {
            return null;
        }

        if (YearSpan.Parse(text) is { } span)
        {
            Add(key, span.ToString());
            return span;
        }

        Fail(key, "bad-value", $"'{key}' must be the first and last year with a '-' between them (2007-2009), not '{text}'.");
        return null;
    }

    /// <summary>A day written as YYYY-MM-DD.</summary>
    public DateOnly? Day(string key)
    {
        var day = map.Date(key);
        if (day is { } value)
        {
            Add(key, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else if (map.IsBroken(key))
        {
            MarkUnknown(key);
        }

        return day;
    }

    /// <summary>A whole number in a range.</summary>
    public int? Number(string key, int min, int max, bool required)
    {
        var text = Read(key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            Add(key, number.ToString(CultureInfo.InvariantCulture));
            return number;
        }

        Fail(key, "bad-value", $"'{key}' must be a whole number from {min} to {max}, not '{text}'.");
        return null;
    }

    /// <summary>A list of whole numbers in a range.</summary>
    public IReadOnlyList<int> Numbers(string key, int min, int max)
    {
        var numbers = new List<int>();
        foreach (var (text, _, _) in map.StringItems(key))
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
            {
                numbers.Add(number);
            }
            else
            {
                FailAtItem(key, text, "bad-value", $"each item of '{key}' must be a whole number from {min} to {max}, not '{text}'.");
            }
        }

        RecordList(key, numbers.Order().Select(n => n.ToString(CultureInfo.InvariantCulture)));
        return numbers;
    }

    /// <summary>A list of texts that are facts, not prose (reference numbers), in the order written.</summary>
    public IReadOnlyList<string> Texts(string key)
    {
        var texts = map.StringItems(key).Select(i => i.Value).ToList();
        RecordList(key, texts);
        return texts;
    }

    /// <summary>A list of years.</summary>
    public IReadOnlyList<int> Years(string key) => Numbers(key, 1900, 2999);

    /// <summary>A reference to one page of a kind, by id (required unless <paramref name="required"/> is false).</summary>
    public string? Reference(string key, ContentKind target, bool required = true)
    {
        var id = Read(key, required);
        if (id is not null)
        {
            var (line, column) = map.PositionOf(key);
            sheet.References.Add(new Reference(prefix + key, target, id, line, column));
            Add(key, id);
        }

        return id;
    }

    /// <summary>A list of references to pages of a kind, by id; the list is one fact (the ids in order).</summary>
    public IReadOnlyList<string> References(string key, ContentKind target)
    {
        var items = map.StringItems(key);
        sheet.References.AddRange(items.Select(i => new Reference(prefix + key, target, i.Value, i.Line, i.Column)));
        RecordList(key, items.Select(i => i.Value).Order(StringComparer.Ordinal));
        return items.Select(i => i.Value).ToList();
    }

    /// <summary>The tags named under a key, by id; the list is one fact (the ids in order), as a reference list is.</summary>
    public IReadOnlyList<TagReference> Tags(string key)
    {
        var items = map.StringItems(key);
        RecordList(key, items.Select(i => i.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return items.Select(i => new TagReference(i.Value, i.Line, i.Column)).ToList();
    }

    /// <summary>
    /// The sources cited under a key: each item a publication id, or <c>{ id, at }</c> with a place in it. The ids are
    /// references to publications and one fact (twins cite the same documents); the places are prose.
    /// </summary>
    public IReadOnlyList<Citation> Citations(string key)
    {
        var citations = new List<Citation>();
        if (map.Has(key) && map.Value(key) is YamlDotNet.RepresentationModel.YamlSequenceNode sequence)
        {
            foreach (var item in sequence.Children)
            {
                if (item is YamlDotNet.RepresentationModel.YamlMappingNode)
                {
                    var entry = map.MapItem(item);
                    var (line, column) = entry.PositionOf(CitationsField.Id.Key);
                    if (entry.String(CitationsField.Id.Key, required: true) is { } id)
                    {
                        citations.Add(new Citation(id, entry.String(CitationsField.At.Key), line, column));
                    }
                    else
                    {
                        MarkUnknown(key);
                    }

                    entry.ReportUnknownKeys([.. CitationsField.Fields.Select(f => f.Key)]);
                }
                else if (map.ScalarItem(key, item) is { } scalar)
                {
                    citations.Add(new Citation(scalar.Value, null, scalar.Line, scalar.Column));
                }
                else
                {
                    MarkUnknown(key);
                }
            }
        }
        else if (map.Has(key))
        {
            citations.AddRange(map.StringItems(key).Select(i => new Citation(i.Value, null, i.Line, i.Column)));
        }

        sheet.References.AddRange(citations.Select(c => new Reference(prefix + key, ContentKind.Publication, c.Id, c.Line, c.Column)));
        RecordList(key, citations.Select(c => c.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return citations;
    }

    /// <summary>Reports an error about a key; its value is then unknown.</summary>
    public void Fail(string key, string code, string message)
    {
        map.ErrorAt(key, code, message);
        MarkUnknown(key);
        Failed = true;
    }

    private void FailAtItem(string key, string item, string code, string message)
    {
        map.ErrorAtItem(key, item, code, message);
        MarkUnknown(key);
        Failed = true;
    }

    /// <summary>A list that is read as a set is one fact: its items in order, so only a real difference counts.</summary>
    private void RecordList(string key, IEnumerable<string> items)
    {
        var text = string.Join(", ", items);
        if (map.IsBroken(key))
        {
            MarkUnknown(key);
        }
        else if (text.Length > 0)
        {
            Add(key, text);
        }
    }

    private string? Read(string key, bool required)
    {
        var text = map.String(key, required);
        if (text is null && map.IsBroken(key))
        {
            MarkUnknown(key);
            Failed = true;
        }

        return text;
    }
}

using System.Globalization;
using ActionPlan.Yaml;

namespace ActionPlan.Domain;

/// <summary>Reads typed kind fields from a mapping and records each as a fact (or reference) as it goes.</summary>
internal sealed class FieldReader(YamlMap map, List<Fact> facts, List<Reference> references, string prefix = "")
{
    /// <summary>True once a present field had a wrong value.</summary>
    public bool Failed { get; private set; }

    /// <summary>A reader for a nested mapping whose facts are recorded under <paramref name="path"/>.</summary>
    public FieldReader Nested(YamlMap nested, string path) => new(nested, facts, references, path + ".");

    /// <summary>Records a fact.</summary>
    public void Add(string key, string value, int line) => facts.Add(new Fact(prefix + key, value, line));

    /// <summary>One of an enum's written names.</summary>
    public T? Choice<T>(string key, bool required)
        where T : struct, Enum
    {
        var text = map.String(key, required);
        if (text is null)
        {
            return null;
        }

        if (Choices.Parse<T>(text) is { } value)
        {
            Add(key, text, map.LineOf(key));
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
        foreach (var (text, _) in map.StringItems(key))
        {
            if (Choices.Parse<T>(text) is { } value)
            {
                values.Add(value);
            }
            else
            {
                Fail(key, "bad-value", $"each item of '{key}' must be one of: {string.Join(", ", Choices.Names<T>())} — not '{text}'.");
            }
        }

        if (required && values.Count == 0 && !Failed)
        {
            map.ErrorAt(key, "missing-field", $"'{key}' is required: list one or more of {string.Join(", ", Choices.Names<T>())}.");
            Failed = true;
        }

        if (values.Count > 0)
        {
            Add(key, string.Join(", ", values.Select(Choices.Name).Order(StringComparer.Ordinal)), map.LineOf(key));
        }

        return values;
    }

    /// <summary>A year, month or day.</summary>
    public PartialDate? Date(string key, bool required)
    {
        var text = map.String(key, required);
        if (text is null)
        {
            return null;
        }

        if (PartialDate.Parse(text) is { } date)
        {
            Add(key, date.ToString(), map.LineOf(key));
            return date;
        }

        Fail(key, "bad-date", $"'{key}' must be a year (2007), a month (2007-11) or a day (2007-11-05), not '{text}'.");
        return null;
    }

    /// <summary>A whole number in a range.</summary>
    public int? Number(string key, int min, int max, bool required)
    {
        var text = map.String(key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            Add(key, text, map.LineOf(key));
            return number;
        }

        Fail(key, "bad-value", $"'{key}' must be a whole number from {min} to {max}, not '{text}'.");
        return null;
    }

    /// <summary>A list of whole numbers in a range.</summary>
    public IReadOnlyList<int> Numbers(string key, int min, int max)
    {
        var numbers = new List<int>();
        foreach (var (text, _) in map.StringItems(key))
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
            {
                numbers.Add(number);
            }
            else
            {
                Fail(key, "bad-value", $"each item of '{key}' must be a whole number from {min} to {max}, not '{text}'.");
            }
        }

        if (numbers.Count > 0)
        {
            Add(key, string.Join(", ", numbers.Order()), map.LineOf(key));
        }

        return numbers;
    }

    /// <summary>A list of years.</summary>
    public IReadOnlyList<int> Years(string key) => Numbers(key, 1900, 2999);

    /// <summary>A required reference to one page of a kind, by id.</summary>
    public string? Reference(string key, ContentKind target)
    {
        var id = map.String(key, required: true);
        if (id is not null)
        {
            references.Add(new Reference(prefix + key, target, id, map.LineOf(key)));
            Add(key, id, map.LineOf(key));
        }

        return id;
    }

    private void Fail(string key, string code, string message)
    {
        map.ErrorAt(key, code, message);
        Failed = true;
    }
}

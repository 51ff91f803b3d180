using System.Globalization;
using System.Text.Json.Nodes;
using ActionPlan.Configuration;
using ActionPlan.Yaml;

namespace ActionPlan.Domain;

/// <summary>
/// One front matter field of a kind, declared once in the kind's file: how it is read and checked, whether it is a
/// fact the twins share or prose, and how it is shown to editors (the kinds table, <c>actionplan new</c>, the JSON
/// Schema their editor checks against, the browser editor's form).
/// </summary>
/// <param name="key">The key editors write.</param>
/// <param name="required">True when a page of the kind must have it.</param>
/// <param name="help">What it holds, in a few words, for editors.</param>
public abstract class Field(string key, bool required, string help)
{
    /// <summary>The key editors write.</summary>
    public string Key => key;

    /// <summary>True when a page of the kind must have it.</summary>
    public bool Required => required;

    /// <summary>What it holds, for editors.</summary>
    public string Help => help;

    /// <summary>True for prose, written in each language; false for a fact the twins must share.</summary>
    public virtual bool Prose => false;

    /// <summary>What editors may write, for the kinds table ("planned, ongoing, completed"), or null.</summary>
    public virtual string? Values => null;

    /// <summary>The field's line in a new page (<c>actionplan new</c>), with its help as a comment.</summary>
    /// <param name="year">The year of the day the page is started.</param>
    public abstract string Example(int year);

    /// <summary>The JSON Schema (draft 2020-12) its value must meet.</summary>
    /// <param name="languageCodes">The site's languages.</param>
    public abstract JsonObject Schema(IReadOnlyList<string> languageCodes);

    /// <summary>
    /// The field in the browser editor's configuration (a Decap CMS field): its widget and allowed values, whether it
    /// is required, and whether each language writes its own value (prose) or the twins share it (a fact).
    /// </summary>
    /// <param name="languageCodes">The site's languages.</param>
    public abstract JsonObject Editor(IReadOnlyList<string> languageCodes);

    /// <summary>Reads and checks the value; each problem is reported at its line. Null when absent or wrong.</summary>
    internal abstract object? Read(FieldReader reader, IReadOnlyList<string> languageCodes);

    /// <summary>A schema with this field's help as its description.</summary>
    protected JsonObject Described(JsonObject schema)
    {
        schema["description"] = Help;
        return schema;
    }

    /// <summary>
    /// A Decap CMS field: its widget, label, hint and whether it is required; <c>i18n: true</c> when each language
    /// writes its own value, <c>duplicate</c> when the twins share a single value (the CMS copies it from the default
    /// language).
    /// </summary>
    /// <param name="name">The key.</param>
    /// <param name="widget">The CMS widget.</param>
    /// <param name="required">True when it must be filled in.</param>
    /// <param name="hint">What it holds, shown under it.</param>
    /// <param name="perLanguage">True when each language writes its own value.</param>
    /// <param name="settings">The widget's own settings (options, fields, min and max).</param>
    public static JsonObject EditorField(string name, string widget, bool required, string hint, bool perLanguage, JsonObject? settings = null)
    {
        // Decap copies only single values from the default language; a list or group shared by the twins is written
        // in each language, and the build's twin check holds the languages to the same values.
        var shared = !perLanguage && widget is "list" or "object";
        var field = new JsonObject
        {
            ["name"] = name,
            ["label"] = char.ToUpperInvariant(name[0]) + name[1..].Replace('_', ' '),
            ["widget"] = widget,
            ["required"] = required,
            ["hint"] = shared ? hint + "; the same in every language" : hint,
            ["i18n"] = perLanguage || shared ? true : "duplicate",
        };
        foreach (var (key, value) in settings ?? [])
        {
            field[key] = value?.DeepClone();
        }

        return field;
    }

    /// <summary>This field in the browser editor with a widget, and the settings the widget takes.</summary>
    protected JsonObject Widget(string widget, JsonObject? settings = null) =>
        EditorField(Key, widget, Required, Values is null ? Help : $"{Help} ({Values})", Prose, settings);

    /// <summary>A number widget for whole numbers from <paramref name="min"/> to <paramref name="max"/>.</summary>
    protected static JsonObject WholeNumber(int min, int max) => new() { ["value_type"] = "int", ["min"] = min, ["max"] = max };

    /// <summary>Quotes a YAML text value.</summary>
    protected static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>A JSON array of texts.</summary>
    protected static JsonArray Array(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)i)]);

    /// <summary>The pattern of a year, month or day, with what the editor is told when a value does not match.</summary>
    protected static JsonArray PartialDatePattern() => new(PartialDatePatternText, "a year (2007), a month (2007-11) or a day (2007-11-05)");

    private const string PartialDatePatternText = "^[12][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

    /// <summary>The schema of a year, month or day: YAML reads 2007 as a number and 2007-11 as text.</summary>
    protected static JsonObject PartialDate() => new()
    {
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "integer", ["minimum"] = 1900, ["maximum"] = 2999 },
            new JsonObject { ["type"] = "string", ["pattern"] = PartialDatePatternText }),
    };
}

/// <summary>One of an enum's written names, or a list of them.</summary>
/// <typeparam name="T">The enum; its members are written in lower case with '-' (<c>InProgress</c> is <c>in-progress</c>).</typeparam>
public sealed class ChoiceField<T>(string key, bool required, string help, T example, bool many = false) : Field(key, required, help)
    where T : struct, Enum
{
    /// <inheritdoc/>
    public override string? Values => string.Join(", ", Choices.Names<T>());

    /// <inheritdoc/>
    public override string Example(int year) =>
        (many ? $"{Key}: [{Choices.Name(example)}]" : $"{Key}: {Choices.Name(example)}") + $"   # {Values}";

    /// <inheritdoc/>
    public override JsonObject Schema(IReadOnlyList<string> languageCodes)
    {
        var one = new JsonObject { ["enum"] = Array(Choices.Names<T>()) };
        return Described(many ? new JsonObject { ["type"] = "array", ["items"] = one, ["uniqueItems"] = true, ["minItems"] = Required ? 1 : 0 } : one);
    }

    /// <inheritdoc/>
    public override JsonObject Editor(IReadOnlyList<string> languageCodes)
    {
        var settings = new JsonObject { ["options"] = Array(Choices.Names<T>()), ["multiple"] = many };
        if (many && Required)
        {
            settings["min"] = 1;
        }

        return Widget("select", settings);
    }

    internal override object? Read(FieldReader reader, IReadOnlyList<string> languageCodes) =>
        many ? reader.ChoiceList<T>(Key, Required) : reader.Choice<T>(Key, Required);
}

/// <summary>A year, month or day (<c>2007</c>, <c>2007-11</c>, <c>2007-11-05</c>).</summary>
public sealed class DateField(string key, bool required, string help) : Field(key, required, help)
{
    /// <inheritdoc/>
    public override string? Values => "a year, month or day";

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: {year}   # {Help}: a year, month (2007-11) or day (2007-11-05)";

    /// <inheritdoc/>
    public override JsonObject Schema(IReadOnlyList<string> languageCodes) => Described(PartialDate());

    /// <inheritdoc/>
    public override JsonObject Editor(IReadOnlyList<string> languageCodes) => Widget("string", new JsonObject { ["pattern"] = PartialDatePattern() });

    internal override object? Read(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.Date(Key, Required);
}

/// <summary>A run of years (<c>period: 2007-2009</c>), a fact the twins share.</summary>
public sealed class PeriodField(string key, bool required, string help) : Field(key, required, help)
{
    private const string Pattern = "^[12][0-9]{3}(-[12][0-9]{3})?$";

    /// <inheritdoc/>
    public override string? Values => "first-last year, e.g. 2007-2009";

    /// <inheritdoc/>
    public override string Example(int year) => string.Create(CultureInfo.InvariantCulture, $"{Key}: {year}-{year + 2}   # {Help}: the first and last year");

    /// <inheritdoc/>
    public override JsonObject Schema(IReadOnlyList<string> languageCodes) =>
        Described(new JsonObject { ["type"] = "string", ["pattern"] = Pattern });

    /// <inheritdoc/>
    public override JsonObject Editor(IReadOnlyList<string> languageCodes) =>
        Widget("string", new JsonObject { ["pattern"] = new JsonArray(Pattern, "the first and last year, e.g. 2007-2009") });

    internal override object? Read(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.Period(Key, Required);
}

/// <summary>A day, written as YYYY-MM-DD (<c>review_by: 2009-06-30</c>).</summary>
public sealed class DayField(string key, string help) : Field(key, false, help)
{
    private const string Pattern = YamlMap.DayPattern;

    /// <inheritdoc/>
    public override string? Values => "a day, YYYY-MM-DD";

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: {year + 1}-01-31   # {Help} (YYYY-MM-DD)";

    /// <inheritdoc/>
    public override JsonObject Schema(IReadOnlyList<string> languageCodes) => Described(new JsonObject { ["type"] = "string", ["pattern"] = Pattern });

    /// <inheritdoc/>
    public override JsonObject Editor(IReadOnlyList<string> languageCodes) =>
        Widget("string", new JsonObject { ["pattern"] = new JsonArray(Pattern, "a day, YYYY-MM-DD") });

    internal override object? Read(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.Day(Key);
}

/// <summary>A whole number in a range, or a list of them (<c>objectives: [2, 5]</c>).</summary>
public sealed class NumberField(string key, bool required, string help, int min, int max, int example, bool many = false, string? missing = null, string? values = null) : Field(key, required, help)
{
    /// <inheritdoc/>
    public override string? Values => values ?? string.Create(CultureInfo.InvariantCulture, $"{min}-{max}");

    /// <inheritdoc/>
    public override string Example(int year)
    {
        var value = (example == 0 ? year : example).ToString(CultureInfo.InvariantCulture);
        return (many ? $"{Key}: [{value}]" : $"{Key}: {value}") + $"   # {Help}";
    }

    /// <inheritdoc/>
    public override JsonObject Schema(IReadOnlyList<string> languageCodes)
    {
        var one = new JsonObject { ["type"] = "integer", ["minimum"] = min, ["maximum"] = max };
        return Described(many ? new JsonObject { ["type"] = "array", ["items"] = one, ["minItems"] = Required ? 1 : 0 } : one);
    }

    /// <inheritdoc/>
    public override JsonObject Editor(IReadOnlyList<string> languageCodes)
    {
        if (!many)
        {
            return Widget("number", WholeNumber(min, max));
        }

        var item = WholeNumber(min, max);
        item["name"] = Key;
        item["widget"] = "number";
        var settings = new JsonObject { ["field"] = item };
        if (Required)
        {
            settings["min"] = 1;
        }

        return Widget("list", settings);
    }

    internal override object? Read(FieldReader reader, IReadOnlyList<string> languageCodes)
    {
        if (!many)
        {
            return reader.Number(Key, min, max, Required);
        }

        var numbers = reader.Numbers(Key, min, max);
        if (Required && numbers.Count == 0 && !reader.Map.IsBroken(Key))
        {
            reader.Fail(Key, "missing-field", missing ?? $"'{Key}' must list {Help}, e.g. '{Key}: [{min}]'.");
        }

        return numbers;
    }
}

/// <summary>The id of one page of another kind (<c>contact: project-office</c>), checked like every reference.</summary>
/// <param name="key">The key editors write.</param>
/// <param name="help">What it names.</param>
/// <param name="target">The name of the kind it must point at.</param>
/// <param name="example">An id to show in a new page.</param>
/// <param name="required">False for an optional reference (a page's <c>owner:</c>).</param>
public sealed class ReferenceField(string key, string help, string target, string example, bool required = true) : Field(key, required, help)
{
    /// <inheritdoc/>
    public override string? Values => $"the id of a {target}";

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: {example}   # {Help}: the id of a {target}";

    /// <inheritdoc/>
    public override JsonObject Schema(IReadOnlyList<string> languageCodes) =>
        Described(new JsonObject { ["type"] = "string", ["pattern"] = UrlName.Pattern });

    /// <inheritdoc/>
    public override JsonObject Editor(IReadOnlyList<string> languageCodes) => Widget("relation", Relation(ContentKind.Parse(target)!, multiple: false));

    /// <summary>A relation widget's settings: the pages of a kind's section, chosen by title, written by id (the file name).</summary>
    public static JsonObject Relation(ContentKind target, bool multiple) => new()
    {
        ["collection"] = target.Folder,
        ["value_field"] = "{{slug}}",
        ["search_fields"] = new JsonArray("title"),
        ["display_fields"] = new JsonArray("title"),
        ["multiple"] = multiple,
    };

    internal override object? Read(FieldReader reader, IReadOnlyList<string> languageCodes) =>
        reader.Reference(Key, ContentKind.Parse(target)!, Required);
}

/// <summary>A text: prose written in each language (a theme, a country), or a fact the twins share.</summary>
public sealed class TextField(string key, bool required, string help, string example, bool prose = true) : Field(key, required, help)
{
    /// <inheritdoc/>
    public override bool Prose => prose;

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: {Quoted(example)}   # {Help}";

    /// <inheritdoc/>
    public override JsonObject Schema(IReadOnlyList<string> languageCodes) =>
        Described(new JsonObject { ["type"] = "string", ["minLength"] = Required ? 1 : 0 });

    /// <inheritdoc/>
    public override JsonObject Editor(IReadOnlyList<string> languageCodes) => Widget("string");

    internal override object? Read(FieldReader reader, IReadOnlyList<string> languageCodes) =>
        prose ? reader.Map.String(Key, Required) : reader.Text(Key, Required);
}

/// <summary>A list of texts that are facts, in the order written (<c>case_numbers: ["2007-43994"]</c>).</summary>
public sealed class TextsField(string key, string help, string example) : Field(key, false, help)
{
    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: [{Quoted(example)}]   # {Help}";

    /// <inheritdoc/>
    public override JsonObject Schema(IReadOnlyList<string> languageCodes) =>
        Described(new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 } });

    /// <inheritdoc/>
    public override JsonObject Editor(IReadOnlyList<string> languageCodes) =>
        Widget("list", new JsonObject { ["field"] = new JsonObject { ["name"] = Key, ["widget"] = "string" } });

    internal override object? Read(FieldReader reader, IReadOnlyList<string> languageCodes) => reader.Texts(Key);
}

/// <summary>A file per language (<c>files: { en: report-en.pdf, da: rapport.pdf }</c>), each resolved like a link.</summary>
public sealed class FilesField(string key, string help) : Field(key, false, help)
{
    /// <inheritdoc/>
    public override string? Values => "a file per language code";

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: {{}}   # {Help}, e.g. {{ en: report-en.pdf, da: rapport.pdf }}";

    /// <inheritdoc/>
    public override JsonObject Schema(IReadOnlyList<string> languageCodes)
    {
        var properties = new JsonObject();
        foreach (var code in languageCodes)
        {
            properties[code] = new JsonObject { ["type"] = "string", ["minLength"] = 1 };
        }

        return Described(new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false });
    }

    /// <inheritdoc/>
    public override JsonObject Editor(IReadOnlyList<string> languageCodes) => Widget("object", new JsonObject
    {
        ["collapsed"] = true,
        ["fields"] = new JsonArray([.. languageCodes.Select(code => (JsonNode)EditorField(code, "string", false, $"the file in '{code}', beside the page or under static/, written as you would link it", perLanguage: false))]),
    });

    internal override object? Read(FieldReader reader, IReadOnlyList<string> languageCodes)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (reader.Map.Map(Key) is { } fileMap)
        {
            var fileReader = reader.Nested(fileMap, Key);
            foreach (var code in languageCodes)
            {
                if (fileReader.Text(code, required: false) is { } file)
                {
                    files[code] = file;
                }
            }

            fileMap.ReportUnknownKeys(languageCodes.ToList());
        }
        else if (reader.Map.IsBroken(Key))
        {
            reader.MarkUnknown(Key);
        }

        return files;
    }
}

/// <summary>Fields for the editors only (a person's name, a direct phone): checked to be a mapping, then dropped.</summary>
public sealed class InternalField(string key, string help) : Field(key, false, help)
{
    /// <inheritdoc/>
    public override bool Prose => true;

    /// <inheritdoc/>
    public override string Example(int year) => $"{Key}: {{}}   # {Help}";

    /// <inheritdoc/>
    public override JsonObject Schema(IReadOnlyList<string> languageCodes) => Described(new JsonObject { ["type"] = "object" });

    /// <inheritdoc/>
    /// <remarks>Hidden: the editor keeps what the file holds but shows no form for it, so notes stay in the file only.</remarks>
    public override JsonObject Editor(IReadOnlyList<string> languageCodes) => Widget("hidden");

    internal override object? Read(FieldReader reader, IReadOnlyList<string> languageCodes)
    {
        if (reader.Map.Has(Key))
        {
            reader.Map.Map(Key);
        }

        return null;
    }
}

/// <summary>The values a page's fields were read into, by key, for the kind to build its facts from.</summary>
public sealed class FieldValues
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private readonly FieldReader _reader;

    internal FieldValues(FieldReader reader) => _reader = reader;

    internal void Set(string key, object? value) => _values[key] = value;

    /// <summary>A field's value, or null when it is absent or was wrong (the error is reported).</summary>
    public T? Get<T>(string key)
        where T : class => _values.GetValueOrDefault(key) as T;

    /// <summary>An enum field's value, or null.</summary>
    public T? Choice<T>(string key)
        where T : struct, Enum => _values.GetValueOrDefault(key) as T?;

    /// <summary>A number field's value, or null.</summary>
    public int? Number(string key) => _values.GetValueOrDefault(key) as int?;

    /// <summary>Reports a problem that needs more than one field to see (an issue date outside the year); the field's value is then unknown.</summary>
    public void Fail(string key, string code, string message) => _reader.Fail(key, code, message);

    /// <summary>The page's front matter, for fields with a shape of their own.</summary>
    internal YamlMap Map => _reader.Map;
}

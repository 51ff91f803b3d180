using System.Text.Json.Nodes;
using ActionPlan.Configuration;
using ActionPlan.Domain;
using ActionPlan.Loading;
using ActionPlan.Yaml;

namespace ActionPlan.Editing;

/// <summary>
/// A field in the browser editor's form (a Decap CMS field), made from its declaration: its widget and allowed
/// values, whether it is required, and whether each language writes its own value (prose) or the twins share it.
/// </summary>
public static class FieldWidget
{
    /// <summary>The field's form field.</summary>
    /// <param name="field">The field.</param>
    /// <param name="languageCodes">The site's languages.</param>
    public static JsonObject Of(Field field, IReadOnlyList<string> languageCodes) => Of(field, languageCodes, optionalGroup: null);

    /// <summary>
    /// The tags of a page on a site that declares tags: a choice of the declared ids, each shown by its name in the
    /// default language (a site that declares none gets <see cref="Of(Field, IReadOnlyList{string})"/>'s list of ids).
    /// </summary>
    public static JsonObject Tags(TagsField field, SiteConfig config) => EditorField(field.Key, "select", false, field.Hint, field.Prose, new JsonObject
    {
        ["options"] = new JsonArray([.. config.Tags.Select(t => (JsonNode)new JsonObject { ["label"] = t.Names.For(config.DefaultLanguage), ["value"] = t.Id })]),
        ["multiple"] = true,
    });

    /// <summary>A field shown to no one, kept as the file has it (a page's kind, which its folder gives).</summary>
    public static JsonObject Hidden(Field field) => EditorField(field.Key, "hidden", false, field.Help, field.Prose);

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

    /// <summary>A relation widget's settings: the pages of a kind's section, chosen by title, written by id (the file name).</summary>
    public static JsonObject Relation(ContentKind target, bool multiple) => new()
    {
        ["collection"] = target.Folder,
        ["value_field"] = "{{slug}}",
        ["search_fields"] = new JsonArray(PageFields.Title.Key),
        ["display_fields"] = new JsonArray(PageFields.Title.Key),
        ["multiple"] = multiple,
    };

    /// <summary>The field's form field, inside an optional group or not.</summary>
    /// <param name="field">The field.</param>
    /// <param name="codes">The site's languages.</param>
    /// <param name="optionalGroup">
    /// The key of the optional group the field is in, or null. The CMS checks a group's required fields even when the
    /// group is left empty (decap-cms#7748), which would refuse every page without the group: so in one, the form
    /// marks no field required, says in the hint what the group needs, and the build says what a group it is given lacks.
    /// </param>
    private static JsonObject Of(Field field, IReadOnlyList<string> codes, string? optionalGroup)
    {
        var hint = field.Hint;
        if (field.Required && optionalGroup is not null)
        {
            hint += $" (required in {optionalGroup})";
        }

        var required = field.Required && optionalGroup is null;
        var (widget, settings) = Widget(field, codes, required);
        return EditorField(field.Key, widget, required, hint, field.Prose, settings);
    }

    private static (string Widget, JsonObject? Settings) Widget(Field field, IReadOnlyList<string> codes, bool required) => field switch
    {
        // Shown open: the CMS opens a collapsed item only by its small arrow, not by its title, and a list has a few items.
        IKeyedListField list => ("list", Least(new JsonObject
        {
            ["fields"] = Fields(list.Fields, codes, optionalGroup: null),
            ["summary"] = $"{{{{fields.{list.ItemKey.Key}}}}}: {{{{fields.{list.ItemLabel.Key}}}}}",
            ["collapsed"] = false,
        }, required)),
        IGroupField group => ("object", new JsonObject
        {
            ["collapsed"] = true,
            ["fields"] = Fields(group.Fields, codes, required ? null : field.Key),
        }),
        IChoiceField choice => ("select", Least(new JsonObject { ["options"] = Texts(choice.Options(codes)), ["multiple"] = choice.Many }, choice.Many && required)),
        CitationsField => ("list", Least(new JsonObject
        {
            ["fields"] = Fields(CitationsField.Fields, codes, optionalGroup: null),
            ["summary"] = $"{{{{fields.{CitationsField.Id.Key}}}}} {{{{fields.{CitationsField.At.Key}}}}}",
        }, required)),
        DateField => ("string", Pattern(PartialDate.Pattern, "a year (2007), a month (2007-11) or a day (2007-11-05)")),
        PeriodField => ("string", Pattern(YearSpan.Pattern, "the first and last year, e.g. 2007-2009")),
        DayField => ("string", Pattern(YamlMap.DayPattern, "a day, YYYY-MM-DD")),
        NumberField number => ("number", Whole(number.Min, number.Max)),
        NumbersField numbers => ("list", Least(new JsonObject { ["field"] = Item(field.Key, "number", Whole(numbers.Min, numbers.Max)) }, required)),
        IntegerField => ("number", new JsonObject { ["value_type"] = "int" }),
        SwitchField => ("boolean", null),
        ReferenceField reference => ("relation", Relation(reference.Target, multiple: false)),
        ReferencesField references => ("relation", Relation(references.Target, multiple: true)),
        NameField => ("string", Pattern(UrlName.Pattern, "lower-case letters, digits and '-'")),
        IdField => ("string", null),
        TextField { LengthPattern: { } length } text => (text.Paragraph ? "text" : "string", Pattern(length, $"at most {text.MaxLength} characters")),
        TextField text => (text.Paragraph ? "text" : "string", null),
        TextsField => ("list", new JsonObject { ["field"] = Item(field.Key, "string") }),
        TagsField => ("list", new JsonObject { ["field"] = Item(field.Key, "string", Pattern(UrlName.Pattern, "a tag's id from site.yml's tags:")) }),
        FilesField => ("object", new JsonObject
        {
            ["collapsed"] = true,
            ["fields"] = new JsonArray([.. codes.Select(code => (JsonNode)EditorField(code, "string", false, FilesField.FileHelp(code), perLanguage: false))]),
        }),

        // The editor keeps what the file holds but shows no form for it, so notes stay in the file only.
        InternalField => ("hidden", null),
        _ => throw new InvalidOperationException($"no editor widget for the field type {field.GetType().Name} of '{field.Key}'"),
    };

    private static JsonArray Fields(IReadOnlyList<Field> fields, IReadOnlyList<string> codes, string? optionalGroup) =>
        new([.. fields.Select(f => (JsonNode)Of(f, codes, optionalGroup))]);

    /// <summary>A list's settings, with at least one item where the field is required.</summary>
    private static JsonObject Least(JsonObject settings, bool required)
    {
        if (required)
        {
            settings["min"] = 1;
        }

        return settings;
    }

    private static JsonObject Item(string name, string widget, JsonObject? settings = null)
    {
        var item = settings ?? [];
        item["name"] = name;
        item["widget"] = widget;
        return item;
    }

    private static JsonObject Pattern(string pattern, string message) => new() { ["pattern"] = new JsonArray(pattern, message) };

    /// <summary>A number widget for whole numbers from <paramref name="min"/> to <paramref name="max"/>.</summary>
    private static JsonObject Whole(int min, int max) => new() { ["value_type"] = "int", ["min"] = min, ["max"] = max };

    private static JsonArray Texts(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)i)]);
}

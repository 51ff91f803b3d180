using System.Text.Json.Nodes;
using ActionPlan.Configuration;
using ActionPlan.Domain;
using ActionPlan.Yaml;

namespace ActionPlan.Scaffolding;

/// <summary>The JSON Schema (draft 2020-12) a field's value must meet, made from its declaration, with its help and allowed values as the description.</summary>
public static class FieldSchema
{
    /// <summary>The schema of a field's value.</summary>
    /// <param name="field">The field.</param>
    /// <param name="languageCodes">The site's languages (some fields allow one value per language).</param>
    public static JsonObject Of(Field field, IReadOnlyList<string> languageCodes)
    {
        var schema = Shape(field, languageCodes);
        schema["description"] = field.Hint;
        return schema;
    }

    /// <summary>The schema of the tags of a page on a site that declares tags: a list of the declared ids.</summary>
    public static JsonObject Tags(TagsField field, IReadOnlyList<string> ids)
    {
        var schema = List(new JsonObject { ["enum"] = Texts(ids) }, required: false, unique: true);
        schema["description"] = field.Hint;
        return schema;
    }

    /// <summary>The schema of a mapping of fields: the required ones, and no key besides them.</summary>
    public static JsonObject Group(IReadOnlyList<Field> fields, IReadOnlyList<string> languageCodes)
    {
        var properties = new JsonObject();
        foreach (var field in fields)
        {
            properties[field.Key] = Of(field, languageCodes);
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["required"] = Texts(fields.Where(f => f.Required).Select(f => f.Key)),
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };
    }

    private static JsonObject Shape(Field field, IReadOnlyList<string> codes) => field switch
    {
        IKeyedListField list => List(Group(list.Fields, codes), field.Required),
        IGroupField group => Group(group.Fields, codes),
        IChoiceField { Many: true } choice => List(new JsonObject { ["enum"] = Texts(choice.Options(codes)) }, field.Required, unique: true),
        IChoiceField choice => new JsonObject { ["enum"] = Texts(choice.Options(codes)) },
        CitationsField => List(Citation(codes), field.Required),
        DateField => new JsonObject
        {
            // YAML reads 2007 as a number and 2007-11 as text; the years are the pattern's.
            ["anyOf"] = new JsonArray(Whole(1000, 2999), new JsonObject { ["type"] = "string", ["pattern"] = PartialDate.Pattern }),
        },
        PeriodField => Text(YearSpan.Pattern),
        DayField => Text(YamlMap.DayPattern),
        NumberField number => Whole(number.Min, number.Max),
        NumbersField numbers => List(Whole(numbers.Min, numbers.Max), field.Required),
        IntegerField => new JsonObject { ["type"] = "integer" },
        SwitchField => new JsonObject { ["type"] = "boolean" },
        ReferenceField or NameField => Text(UrlName.Pattern),
        ReferencesField => List(Text(UrlName.Pattern), required: false),
        TagsField => List(Text(UrlName.Pattern), required: false, unique: true),
        IdField => new JsonObject { ["type"] = new JsonArray("string", "integer") },
        TextField text => Line(text),
        TextsField => List(new JsonObject { ["type"] = "string", ["minLength"] = 1 }, required: false),
        FilesField => Files(codes),
        InternalField => new JsonObject { ["type"] = "object" },
        _ => throw new InvalidOperationException($"no schema for the field type {field.GetType().Name} of '{field.Key}'"),
    };

    /// <summary>A source: a publication id alone, or with the place in it.</summary>
    private static JsonObject Citation(IReadOnlyList<string> codes)
    {
        var entry = Group(CitationsField.Fields, codes);
        return new JsonObject { ["anyOf"] = new JsonArray(Text(UrlName.Pattern), entry) };
    }

    private static JsonObject Line(TextField text)
    {
        var schema = new JsonObject { ["type"] = "string", ["minLength"] = text.Required ? 1 : 0 };
        if (text.MaxLength is { } max)
        {
            schema["maxLength"] = max;
            schema["pattern"] = text.LengthPattern;
        }

        return schema;
    }

    private static JsonObject Files(IReadOnlyList<string> codes)
    {
        var properties = new JsonObject();
        foreach (var code in codes)
        {
            properties[code] = new JsonObject { ["type"] = "string", ["minLength"] = 1 };
        }

        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
    }

    private static JsonObject List(JsonObject items, bool required, bool unique = false)
    {
        var list = new JsonObject { ["type"] = "array", ["items"] = items };
        if (unique)
        {
            list["uniqueItems"] = true;
        }

        if (required)
        {
            list["minItems"] = 1;
        }

        return list;
    }

    private static JsonObject Text(string pattern) => new() { ["type"] = "string", ["pattern"] = pattern };

    private static JsonObject Whole(int min, int max) => new() { ["type"] = "integer", ["minimum"] = min, ["maximum"] = max };

    private static JsonArray Texts(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)i)]);
}

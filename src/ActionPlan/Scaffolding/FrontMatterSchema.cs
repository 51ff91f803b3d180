using System.Text.Json.Nodes;
using System.Text.Json;
using ActionPlan.Configuration;
using ActionPlan.Domain;
using ActionPlan.Loading;

namespace ActionPlan.Scaffolding;

/// <summary>
/// The JSON Schema (draft 2020-12) of each kind's front matter, made from the kinds' declarations, so an editor
/// gets completion, allowed values and errors while typing, and the schema cannot drift from what the build accepts.
/// </summary>
public static class FrontMatterSchema
{
    /// <summary>The schema file of a kind.</summary>
    public static string FileName(ContentKind kind) => $"{kind.Name}.schema.json";

    /// <summary>
    /// The files whose front matter a kind's schema describes: its folder's pages; plain pages are the section pages,
    /// the pages at the top and those in sections no kind owns.
    /// </summary>
    public static IReadOnlyList<string> Globs(ContentKind kind, SiteConfig config)
    {
        var content = ContentScanner.ContentFolder;
        if (kind != ContentKind.Page)
        {
            return [$"{content}/{kind.Folder}/[!_]*.md"];
        }

        var plain = config.SectionNames.Keys.Where(folder => ContentKind.ForFolder(folder) == ContentKind.Page).Order(StringComparer.Ordinal);
        return [$"{content}/*.md", $"{content}/**/{SourceFile.IndexName}.*.md", .. plain.Select(folder => $"{content}/{folder}/**/[!_]*.md")];
    }

    /// <summary>The schema of a kind's front matter on a site (its languages decide some allowed values).</summary>
    public static JsonObject For(ContentKind kind, SiteConfig config)
    {
        var codes = config.Languages.Select(l => l.Code).ToList();
        IReadOnlyList<Field> fields = [.. PageFields.All, .. kind.AllFields(config.SourcesRequired.Contains(kind))];
        var properties = new JsonObject();
        foreach (var field in fields)
        {
            properties[field.Key] = field is TagsField tags && config.Tags.Count > 0 ? FieldSchema.Tags(tags, [.. config.Tags.Select(t => t.Id)]) : FieldSchema.Of(field, codes);
        }

        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = $"Front matter of a {kind.Name} page",
            ["description"] = kind.Description,
            ["type"] = "object",
            ["required"] = new JsonArray([.. fields.Where(f => f.Required).Select(f => (JsonNode)f.Key)]),
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
    }

    /// <summary>Every kind's schema as the text written to its file (indented, '\n' line ends, final newline).</summary>
    public static IReadOnlyList<(string File, string Text)> All(SiteConfig config) =>
        ContentKind.All.Select(k => (FileName(k), For(k, config).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n")).ToList();

    /// <summary>The <c>yaml.schemas</c> setting that maps each schema (in <paramref name="folder"/>) to the files it describes.</summary>
    public static JsonObject Mapping(string folder, SiteConfig config)
    {
        var mapping = new JsonObject();
        foreach (var kind in ContentKind.All)
        {
            mapping[$"{folder.TrimEnd('/')}/{FileName(kind)}"] = new JsonArray([.. Globs(kind, config).Select(g => (JsonNode)g)]);
        }

        return mapping;
    }
}

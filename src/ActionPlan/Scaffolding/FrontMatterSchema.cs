using System.Text.Json.Nodes;
using System.Text.Json;
using ActionPlan.Configuration;
using ActionPlan.Domain;
using ActionPlan.Loading;
using ActionPlan.Yaml;

namespace ActionPlan.Scaffolding;

/// <summary>
/// The JSON Schema (draft 2020-12) of each kind's front matter, made from the kinds' declarations, so an editor
/// gets completion, allowed values and errors while typing, and the schema cannot drift from what the build accepts.
/// </summary>
public static class FrontMatterSchema
{
    private const string Date = YamlMap.DayPattern;
    private const string Name = UrlName.Pattern;

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
        var properties = Common(codes);
        foreach (var field in kind.Fields)
        {
            properties[field.Key] = field.Schema(codes);
        }

        foreach (var (key, target) in ContentKind.ReferenceFields)
        {
            properties[key] = new JsonObject
            {
                ["type"] = "array",
                ["description"] = $"ids of {target.Name} pages it relates to (file names without language and '.md')",
                ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = Name },
            };
        }

        properties[KindBinder.SourcesKey] = KindBinder.SourcesSchema(config.SourcesRequired.Contains(kind));
        foreach (var field in KindBinder.CommonFields)
        {
            properties[field.Key] = field.Schema(codes);
        }

        var required = new JsonArray("title");
        foreach (var field in kind.Fields.Where(f => f.Required))
        {
            required.Add(field.Key);
        }

        if (config.SourcesRequired.Contains(kind))
        {
            required.Add(KindBinder.SourcesKey);
        }

        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = $"Front matter of a {kind.Name} page",
            ["description"] = kind.Description,
            ["type"] = "object",
            ["required"] = required,
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

    /// <summary>The fields every page has (<see cref="PageFrontMatter.Keys"/>).</summary>
    private static JsonObject Common(IReadOnlyList<string> codes)
    {
        JsonObject Text(string description) => new() { ["type"] = "string", ["minLength"] = 1, ["description"] = description };
        JsonObject Day(string description) => new() { ["type"] = "string", ["pattern"] = Date, ["description"] = description + " (YYYY-MM-DD)" };
        var common = new JsonObject
        {
            ["title"] = Text("the page title"),
            ["short_title"] = new JsonObject
            {
                ["type"] = "string", ["minLength"] = 1, ["maxLength"] = PageFrontMatter.ShortTitleLength, ["pattern"] = PageFrontMatter.ShortTitlePattern,
                ["description"] = $"a shorter title (at most {PageFrontMatter.ShortTitleLength} characters) for the main navigation, breadcrumbs and charts; default: the title",
            },
            ["summary"] = Text("one or two sentences for listings and search engines"),
            ["slug"] = new JsonObject { ["type"] = "string", ["pattern"] = Name, ["description"] = "the URL name in this language; default: the file name" },
            ["date"] = Day("when the page was first published"),
            ["updated"] = Day("when the page last changed in substance"),
            ["layout"] = new JsonObject { ["type"] = "string", ["pattern"] = Name, ["description"] = "a layout of the theme's Layouts/ to use instead of the section's" },
            ["weight"] = new JsonObject { ["type"] = "integer", ["description"] = "orders pages in listings: lower first" },
            ["kind"] = new JsonObject { ["enum"] = new JsonArray([.. ContentKind.Names.Select(n => (JsonNode)n)]), ["description"] = "what the page describes, where its folder does not say" },
            ["draft"] = new JsonObject { ["type"] = "boolean", ["description"] = "true: built only with --drafts" },
            ["expires"] = Day("the day from which the page is no longer published"),
            ["aliases"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = "old addresses that redirect to the page" },
            ["source_language"] = new JsonObject { ["enum"] = new JsonArray([.. codes.Select(c => (JsonNode)c)]), ["description"] = "the language this page's twins are translated from" },
            ["translated"] = Day("in a translation: the day of the source version it follows"),
        };

        // The common fields are read in Loading; a key added there without a schema here fails loudly, not silently.
        var missing = PageFrontMatter.Keys.Where(k => !common.ContainsKey(k)).ToList();
        return missing.Count == 0 ? common : throw new InvalidOperationException($"no schema for the common front matter keys {string.Join(", ", missing)}");
    }
}

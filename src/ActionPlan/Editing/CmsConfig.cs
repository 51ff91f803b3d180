using System.Text.Json.Nodes;
using ActionPlan.Configuration;
using ActionPlan.Domain;
using ActionPlan.Loading;

namespace ActionPlan.Editing;

/// <summary>
/// The browser editor's configuration (Decap CMS), made from the kinds' declarations and site.yml, so the form an
/// editor fills in asks for what the build accepts: one collection per section, each kind's fields with their
/// widgets, the site's languages as locales in the build's file layout (<c>name.en.md</c>, <c>name.da.md</c>), and
/// each section's own pages in one more collection.
/// </summary>
public static class CmsConfig
{
    private const string Name = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private const string Day = "^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

    private const string BodyHint =
        "Link to another page by its file, never its web address: `[Eurocities](../networks/eurocities.md)`; a heading on it: " +
        "`../networks/eurocities.md#members`; a heading here: `#goals`; a section: `../networks/`; the other language's page on " +
        "purpose: `../networks/ecacp.da.md`; an image beside the page, with what it shows: `![Map of the partner cities](map.png)`. " +
        "The build checks every link; the preview shows any problem at the top of the page.";

    /// <summary>The configuration for a site whose content has the given top-level folders.</summary>
    /// <param name="config">The site's settings.</param>
    /// <param name="sections">The top-level folders of content/ that hold pages.</param>
    /// <param name="backend">The Decap backend: the preview server's own (<see cref="LocalBackend"/>) or the site's git host.</param>
    public static JsonObject For(SiteConfig config, IReadOnlyList<string> sections, JsonObject backend)
    {
        var codes = config.Languages.Select(l => l.Code).OrderBy(c => c == config.DefaultLanguage.Code ? 0 : 1).ToList();
        var folders = sections.Order(StringComparer.Ordinal).ToList();
        var collections = new JsonArray();
        foreach (var folder in folders)
        {
            collections.Add(Collection(config, folder, codes, folders));
        }

        return new JsonObject
        {
            ["backend"] = backend,
            ["publish_mode"] = "simple",
            ["media_folder"] = "static/images",
            ["public_folder"] = "/images",
            ["slug"] = new JsonObject { ["encoding"] = "ascii", ["clean_accents"] = true, ["sanitize_replacement"] = "-" },
            ["i18n"] = new JsonObject
            {
                ["structure"] = "multiple_files",
                ["locales"] = new JsonArray([.. codes.Select(c => (JsonNode)c)]),
                ["default_locale"] = config.DefaultLanguage.Code,
            },
            ["collections"] = collections,
        };
    }

    /// <summary>The backend that talks to the preview server, which reads and writes the files in content/.</summary>
    /// <param name="apiUrl">The full address of the server's backend endpoint.</param>
    public static JsonObject LocalBackend(string apiUrl) => new() { ["name"] = "proxy", ["proxy_url"] = apiUrl, ["branch"] = "main" };

    /// <summary>The pages of one section, with the fields of the kind its folder gives them.</summary>
    private static JsonObject Collection(SiteConfig config, string folder, IReadOnlyList<string> codes, IReadOnlyList<string> folders)
    {
        var kind = ContentKind.ForFolder(folder);
        var fields = new JsonArray(Text("title", true, "the page title: the heading, the browser tab, listings"), Summary());
        foreach (var field in kind.Fields)
        {
            fields.Add(field.Editor(codes));
        }

        foreach (var (key, target) in ContentKind.ReferenceFields)
        {
            fields.Add(Field.EditorField(key, "relation", false, $"the {target.Name} pages it relates to", perLanguage: false, ReferenceField.Relation(target, multiple: true)));
        }

        fields.Add(KindBinder.SourcesEditor(config.SourcesRequired.Contains(kind)));
        foreach (var field in KindBinder.CommonFields)
        {
            fields.Add(field.Editor(codes));
        }

        fields.Add(Body());
        foreach (var field in Settings(codes))
        {
            fields.Add(field);
        }

        return new JsonObject
        {
            ["name"] = folder,
            ["label"] = Label(folder),
            ["label_singular"] = Label(kind == ContentKind.Page ? "page" : kind.Name),
            ["description"] = kind == ContentKind.Page ? $"The pages of content/{folder}/." : $"{kind.Description} The pages of content/{folder}/.",
            ["folder"] = $"{ContentScanner.ContentFolder}/{folder}",
            ["extension"] = "md",
            ["format"] = "frontmatter",
            ["create"] = true,
            ["delete"] = false,
            ["slug"] = "{{slug}}",
            ["identifier_field"] = "title",
            ["summary"] = "{{title}}",
            ["i18n"] = true,
            ["editor"] = new JsonObject { ["preview"] = false },
            ["fields"] = Typed(fields, folders),
        };
    }

    /// <summary>The fields every page has beyond title and summary, after the content: how it is published.</summary>
    private static IEnumerable<JsonObject> Settings(IReadOnlyList<string> codes)
    {
        JsonObject Date(string key, string hint, bool perLanguage = true) => Field.EditorField(key, "string", false, hint + " (YYYY-MM-DD)", perLanguage,
            new JsonObject { ["pattern"] = new JsonArray(Day, "a day, YYYY-MM-DD") });
        var settings = new JsonObject[]
        {
            Field.EditorField("slug", "string", false, "the last part of the address in this language; default: the file name", perLanguage: true,
                new JsonObject { ["pattern"] = new JsonArray(Name, "lower-case letters, digits and '-'") }),
            Date("date", hint: "when the page was first published"),
            Date("updated", hint: "when the page last changed in substance"),
            Field.EditorField("weight", "number", false, "orders pages in listings: lower first", perLanguage: false, new JsonObject { ["value_type"] = "int" }),
            Field.EditorField("layout", "string", false, "a layout of the theme's Layouts/ to use instead of the section's", perLanguage: false,
                new JsonObject { ["pattern"] = new JsonArray(Name, "the name of a layout") }),
            Field.EditorField("kind", "hidden", false, "what the page describes, where its folder does not say", perLanguage: false),
            Field.EditorField("draft", "boolean", false, "on: the page is left off the site (shown only with serve --drafts)", perLanguage: true),
            Date("expires", hint: "the day from which the page is no longer published"),
            Field.EditorField("aliases", "list", false, "old addresses that lead here, e.g. en/projects/old-name/", perLanguage: true),
            Field.EditorField("source_language", "select", false, "the language this page's twins are translated from", perLanguage: false,
                new JsonObject { ["options"] = new JsonArray([.. codes.Select(c => (JsonNode)c)]) }),
            Date("translated", hint: "in a translation: the day of the source version it follows"),
        };

        // The common keys are read in Loading; one added there without a field here fails loudly, not silently.
        var missing = PageFrontMatter.Keys.Where(k => k is not ("title" or "summary") && settings.All(s => (string?)s["name"] != k)).ToList();
        return missing.Count == 0 ? settings : throw new InvalidOperationException($"no editor field for the common front matter keys {string.Join(", ", missing)}");
    }

    private static JsonObject Text(string key, bool required, string hint) => Field.EditorField(key, "string", required, hint, perLanguage: true);

    private static JsonObject Summary() => Field.EditorField("summary", "text", false, "one or two sentences for listings and search engines", perLanguage: true);

    private static JsonObject Body() => Field.EditorField("body", "markdown", false, BodyHint, perLanguage: true,
        new JsonObject { ["modes"] = new JsonArray("raw", "rich_text") });

    /// <summary>
    /// The fields, with each relation to a kind whose section this site does not have turned into a text field for
    /// the id, since the CMS cannot offer the pages of a collection that does not exist.
    /// </summary>
    private static JsonArray Typed(JsonArray fields, IReadOnlyList<string> folders)
    {
        foreach (var field in fields.OfType<JsonObject>())
        {
            Type(field, folders);
        }

        return fields;
    }

    private static void Type(JsonObject field, IReadOnlyList<string> folders)
    {
        if ((string?)field["widget"] == "relation" && !folders.Contains((string?)field["collection"] ?? ""))
        {
            var many = (bool?)field["multiple"] == true;
            foreach (var key in new[] { "collection", "value_field", "search_fields", "display_fields", "multiple" })
            {
                field.Remove(key);
            }

            field["widget"] = many ? "list" : "string";
            if (many)
            {
                // A list cannot be copied from the default language: each language writes it (see Field.EditorField).
                field["i18n"] = true;
            }
        }

        if (field["fields"] is JsonArray list)
        {
            Typed(list, folders);
        }

        if (field["field"] is JsonObject one)
        {
            Type(one, folders);
        }
    }

    private static string Label(string name) => char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ');
}

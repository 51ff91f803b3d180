using System.Text.Json.Nodes;
using ActionPlan.Configuration;
using ActionPlan.Domain;
using ActionPlan.Loading;
using ActionPlan.Yaml;

namespace ActionPlan.Editing;

/// <summary>
/// The browser editor's configuration (Decap CMS), made from the kinds' declarations and site.yml, so the form an
/// editor fills in asks for what the build accepts: one collection per section, each kind's fields with their
/// widgets, the site's languages as locales in the build's file layout (<c>name.en.md</c>, <c>name.da.md</c>), and
/// the home and section pages (<c>_index</c>) in one more collection, one entry per page.
/// </summary>
public static class CmsConfig
{
    private const string Name = UrlName.Pattern;
    private const string Day = YamlMap.DayPattern;

    /// <summary>
    /// The name of the collection of the home and section pages: a section's folder cannot take it, as folders whose
    /// name starts with '_' are not sections.
    /// </summary>
    public const string SectionPagesName = "_sections";

    /// <summary>The start of the home page's entries in <see cref="SectionPagesName"/> (<c>_home.en</c>); a section's are <c>projects.en</c>.</summary>
    public const string HomeName = "_home";

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

        collections.Add(SectionPages(config, codes, folders));

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
            ["fields"] = Fields(config, kind, codes, folders, sectionPage: false),
        };
    }

    /// <summary>
    /// The home page and each section's own page, one entry per language file (<c>_index.en.md</c>, <c>_index.da.md</c>):
    /// Decap CMS keeps a single page (a files collection) in one file for all languages, while the build keeps one per
    /// language, so each language's file is its own entry, and the build's twin check holds their facts together.
    /// They are plain pages whose address comes from their folder, so they have no slug, and are neither created nor
    /// deleted here.
    /// </summary>
    private static JsonObject SectionPages(SiteConfig config, IReadOnlyList<string> codes, IReadOnlyList<string> folders)
    {
        var languages = config.Languages.OrderBy(l => l.Code == config.DefaultLanguage.Code ? 0 : 1).ToList();
        var files = new JsonArray();
        foreach (var language in languages)
        {
            files.Add(SectionPage(config, $"{HomeName}.{language.Code}", $"Home page ({language.Name})", $"{ContentScanner.ContentFolder}/_index.{language.Code}.md", codes, folders));
        }

        foreach (var folder in folders)
        {
            foreach (var language in languages)
            {
                files.Add(SectionPage(config, $"{folder}.{language.Code}", $"{Label(folder)} ({language.Name})", $"{ContentScanner.ContentFolder}/{folder}/_index.{language.Code}.md", codes, folders));
            }
        }

        return new JsonObject
        {
            ["name"] = SectionPagesName,
            ["label"] = "Home and sections",
            ["label_singular"] = "section page",
            ["description"] = "The home page and each section's own page, which lists the section's pages, one entry per language: give their facts (weight, sources) the same in each.",
            ["delete"] = false,
            ["editor"] = new JsonObject { ["preview"] = false },
            ["files"] = files,
        };
    }

    private static JsonObject SectionPage(SiteConfig config, string name, string label, string file, IReadOnlyList<string> codes, IReadOnlyList<string> folders) => new()
    {
        ["name"] = name,
        ["label"] = label,
        ["file"] = file,
        ["fields"] = Fields(config, ContentKind.Page, codes, folders, sectionPage: true),
    };

    /// <summary>A page's fields: title and summary, the kind's own, its references and sources, the text, then how it is published.</summary>
    private static JsonArray Fields(SiteConfig config, ContentKind kind, IReadOnlyList<string> codes, IReadOnlyList<string> folders, bool sectionPage)
    {
        var fields = new JsonArray(Text("title", true, "the page title: the heading, the browser tab, listings"),
            Field.EditorField("short_title", "string", false, $"optional: a shorter title (at most {PageFrontMatter.ShortTitleLength} characters) for the main navigation, breadcrumbs and charts", perLanguage: true,
                new JsonObject { ["pattern"] = new JsonArray(PageFrontMatter.ShortTitlePattern, $"at most {PageFrontMatter.ShortTitleLength} characters") }),
            Summary());
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

        // A section's own page takes its address from its folder: the build refuses a slug there.
        foreach (var field in Settings(codes).Where(f => !sectionPage || (string?)f["name"] != "slug"))
        {
            fields.Add(field);
        }

        return Typed(fields, folders);
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
            // One switch for the page: copied into every language, so one language is never published alone by accident.
            Field.EditorField("draft", "boolean", false, "on: the page is left off the site in every language (shown only with serve --drafts)", perLanguage: false),
            Date("expires", hint: "the day from which the page is no longer published"),
            Field.EditorField("aliases", "list", false, "old addresses that lead here, e.g. en/projects/old-name/", perLanguage: true),
            Field.EditorField("source_language", "select", false, "the language this page's twins are translated from", perLanguage: false,
                new JsonObject { ["options"] = new JsonArray([.. codes.Select(c => (JsonNode)c)]) }),
            Date("translated", hint: "in a translation: the day of the source version it follows"),
        };

        // The common keys are read in Loading; one added there without a field here fails loudly, not silently.
        var missing = PageFrontMatter.Keys.Where(k => k is not ("title" or "short_title" or "summary") && settings.All(s => (string?)s["name"] != k)).ToList();
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

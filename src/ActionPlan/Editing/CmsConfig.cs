using System.Text.Json.Nodes;
using ActionPlan.Configuration;
using ActionPlan.Domain;
using ActionPlan.Loading;

namespace ActionPlan.Editing;

/// <summary>
/// The browser editor's configuration (Decap CMS), made from the kinds' declarations and site.yml, so the form an
/// editor fills in asks for what the build accepts: one collection per section, each kind's fields with their
/// widgets, the site's languages as locales in the build's file layout (<c>name.en.md</c>, <c>name.da.md</c>), and
/// the home and section pages (<c>_index</c>) in one more collection, one entry per page.
/// </summary>
public static class CmsConfig
{
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
            ["identifier_field"] = PageFields.Title.Key,
            ["summary"] = $"{{{{{PageFields.Title.Key}}}}}",
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
        var fields = new JsonArray();
        foreach (var field in PageFields.Heading.Concat(kind.AllFields(config.SourcesRequired.Contains(kind))))
        {
            fields.Add(field is TagsField tags && config.Tags.Count > 0 ? FieldWidget.Tags(tags, config) : FieldWidget.Of(field, codes));
        }

        fields.Add(Body());

        // A section's own page takes its address from its folder: the build refuses a slug there. A page's kind is
        // its folder's, so the form keeps what the file says without asking.
        foreach (var field in PageFields.Settings.Where(f => !sectionPage || f != PageFields.Slug))
        {
            fields.Add(field == PageFields.Kind ? FieldWidget.Hidden(field) : FieldWidget.Of(field, codes));
        }

        return Typed(fields, folders);
    }

    private static JsonObject Body() => FieldWidget.EditorField("body", "markdown", false, BodyHint, perLanguage: true,
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
                // A list cannot be copied from the default language: each language writes it (see FieldWidget.EditorField).
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

using System.Text.Json.Nodes;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Domain;
using ActionPlan.Editing;
using ActionPlan.Loading;
using ActionPlan.Scaffolding;
using ActionPlan.Tests.Support;
using ActionPlan.Yaml;

namespace ActionPlan.Tests.Editing;

/// <summary>
/// The browser editor's configuration, checked against the kinds' JSON Schemas (which the build's own tests hold to
/// what the build accepts): every kind, every field at every depth, its widget, allowed values, ranges, patterns,
/// whether it is required, and the languages.
/// </summary>
public sealed class CmsConfigTests
{
    private static readonly SiteConfig RealConfig = SiteConfigReader.Read(RealSite.Folder, new DiagnosticBag())!;

    private static readonly IReadOnlyList<string> RealSections = Directory.EnumerateDirectories(Path.Combine(RealSite.Folder, "content"))
        .Select(Path.GetFileName).OfType<string>().ToList();

    private static JsonObject Config(IReadOnlyList<string> sections) => CmsConfig.For(RealConfig, sections, CmsConfig.LocalBackend("http://127.0.0.1:1/admin/api/v1"));

    private static JsonObject CollectionOf(JsonObject config, string folder) =>
        config["collections"]!.AsArray().OfType<JsonObject>().Single(c => (string?)c["name"] == folder);

    public static TheoryData<string> Kinds() => [.. ContentKind.All.Where(k => k != ContentKind.Page).Select(k => k.Name)];

    [Fact]
    public void Each_section_is_a_collection_of_its_folder_in_the_builds_file_layout_with_the_default_language_first()
    {
        var config = Config(RealSections);
        Assert.Equal([.. RealSections.Order(StringComparer.Ordinal), CmsConfig.SectionPagesName], config["collections"]!.AsArray().Select(c => (string?)c!["name"]));
        foreach (var folder in RealSections)
        {
            var collection = CollectionOf(config, folder);
            Assert.Equal($"content/{folder}", (string?)collection["folder"]);
            Assert.Equal("md", (string?)collection["extension"]);
            Assert.Equal("frontmatter", (string?)collection["format"]);
            Assert.True((bool?)collection["i18n"]);
            Assert.False((bool?)collection["delete"]);
        }

        var i18n = config["i18n"]!;
        Assert.Equal("multiple_files", (string?)i18n["structure"]);
        Assert.Equal(RealConfig.DefaultLanguage.Code, (string?)i18n["default_locale"]);
        Assert.Equal(RealConfig.DefaultLanguage.Code, (string?)i18n["locales"]![0]);
        Assert.Equal(RealConfig.Languages.Select(l => l.Code).Order(StringComparer.Ordinal), i18n["locales"]!.AsArray().Select(l => (string?)l).Order(StringComparer.Ordinal));
        Assert.Equal("proxy", (string?)config["backend"]!["name"]);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_kinds_form_asks_for_every_field_its_schema_has_with_the_same_values_and_requirements(string name)
    {
        var kind = ContentKind.Parse(name)!;
        var fields = CollectionOf(Config(RealSections), kind.Folder)["fields"]!.AsArray();
        var body = fields.OfType<JsonObject>().Single(f => (string?)f["name"] == "body");
        Assert.Equal("markdown", (string?)body["widget"]);
        Assert.Contains("../networks/eurocities.md", (string?)body["hint"], StringComparison.Ordinal);
        AssertMatches(FrontMatterSchema.For(kind, RealConfig), new JsonArray([.. fields.Where(f => (string?)f!["name"] != "body").Select(f => f!.DeepClone())]), name);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_kinds_prose_is_written_per_language_and_its_facts_are_shared_by_the_twins(string name)
    {
        var kind = ContentKind.Parse(name)!;
        var fields = CollectionOf(Config(RealSections), kind.Folder)["fields"]!.AsArray().OfType<JsonObject>().ToList();
        foreach (var field in kind.Fields)
        {
            var editor = fields.Single(f => (string?)f["name"] == field.Key);
            var widget = (string?)editor["widget"];

            // The CMS copies single values only; a shared list is written in each language and checked by the twin check.
            var expected = field.Prose || widget is "list" or "object" ? "true" : "\"duplicate\"";
            Assert.True(expected == editor["i18n"]!.ToJsonString(), $"{name}.{field.Key} ({widget}): i18n {editor["i18n"]!.ToJsonString()}, expected {expected}");
        }

        foreach (var (key, target) in ContentKind.ReferenceFields)
        {
            var editor = fields.Single(f => (string?)f["name"] == key);
            Assert.Equal("relation", (string?)editor["widget"]);
            Assert.Equal(target.Folder, (string?)editor["collection"]);
            Assert.True((bool?)editor["multiple"]);
            Assert.Equal("{{slug}}", (string?)editor["value_field"]);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_pages_draft_switch_is_one_for_all_its_languages(string name)
    {
        var fields = CollectionOf(Config(RealSections), ContentKind.Parse(name)!.Folder)["fields"]!.AsArray().OfType<JsonObject>();
        var draft = fields.Single(f => (string?)f["name"] == "draft");
        Assert.Equal("boolean", (string?)draft["widget"]);

        // Duplicate: shown in the default language and copied into every other language's file when it is saved.
        Assert.Equal("\"duplicate\"", draft["i18n"]!.ToJsonString());
    }

    [Fact]
    public void A_pages_name_is_checked_in_the_form_with_the_builds_own_rule_so_a_danish_slug_is_accepted()
    {
        var fields = CollectionOf(Config(["projects"]), "projects")["fields"]!.AsArray().OfType<JsonObject>().ToList();

        var slug = fields.Single(f => (string?)f["name"] == "slug");
        Assert.Equal(UrlName.Pattern, (string?)slug["pattern"]![0]);
        Assert.Matches(UrlName.Pattern, "æblegrød");
        Assert.DoesNotMatch(UrlName.Pattern, "Æblegrød");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_kinds_form_asks_for_exactly_the_keys_the_build_reads(string name)
    {
        // Both are made from the same declarations: a key added to a kind or to every page is in both or in neither.
        var kind = ContentKind.Parse(name)!;
        var names = CollectionOf(Config(RealSections), kind.Folder)["fields"]!.AsArray().Select(f => (string?)f!["name"]).Where(n => n != "body");

        Assert.Equal(PageFields.Keys.Concat(kind.Keys).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_pattern_the_form_and_the_schemas_check_is_one_the_build_reads_with()
    {
        // Given the patterns the build declares for names, days, dates, periods and the short title's length
        string[] builds = [UrlName.Pattern, YamlMap.DayPattern, PartialDate.Pattern, YearSpan.Pattern, PageFields.ShortTitle.LengthPattern!];

        // When every pattern of the form and of the kinds' schemas is collected
        var found = new List<string>();
        Collect(Config(RealSections), found, inForm: true);
        foreach (var kind in ContentKind.All)
        {
            Collect(FrontMatterSchema.For(kind, RealConfig), found, inForm: false);
        }

        // Then each is one of the build's own, and each of the build's is used
        Assert.All(found, p => Assert.Contains(p, builds));
        Assert.All(builds, p => Assert.Contains(p, found));
    }

    /// <summary>Every pattern in a form's fields (<c>pattern: [text, message]</c>) or a schema (<c>pattern: text</c>), at any depth.</summary>
    private static void Collect(JsonNode? node, List<string> found, bool inForm)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (key, value) in json)
                {
                    if (key == "pattern")
                    {
                        found.Add(inForm ? (string)value!.AsArray()[0]! : (string)value!);
                    }
                    else
                    {
                        Collect(value, found, inForm);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, found, inForm);
                }

                break;
        }
    }

    [Fact]
    public void The_home_and_section_pages_are_one_entry_per_language_file_with_a_plain_pages_fields_but_slug()
    {
        // Given a site with two sections, one of which has no section page yet
        var collection = CollectionOf(Config(["projects", "networks"]), CmsConfig.SectionPagesName);

        // Then each language's _index file is an entry, the home page's first, in the default language first
        var files = collection["files"]!.AsArray().OfType<JsonObject>().ToList();
        var codes = RealConfig.Languages.Select(l => l.Code).OrderBy(c => c == RealConfig.DefaultLanguage.Code ? 0 : 1).ToList();
        string[] expected = [.. codes.Select(c => $"content/_index.{c}.md"),
            .. new[] { "networks", "projects" }.SelectMany(folder => codes.Select(c => $"content/{folder}/_index.{c}.md"))];
        Assert.Equal(expected, files.Select(f => (string?)f["file"]));
        Assert.Equal([.. codes.Select(c => $"{CmsConfig.HomeName}.{c}"), .. new[] { "networks", "projects" }.SelectMany(folder => codes.Select(c => $"{folder}.{c}"))],
            files.Select(f => (string?)f["name"]));
        Assert.Equal(files.Count, files.Select(f => (string?)f["label"]).Distinct().Count());

        // Decap keeps a files collection's languages in one file: each language's file is its own entry instead
        Assert.Null(collection["i18n"]);
        Assert.Null(collection["folder"]);
        Assert.False((bool?)collection["delete"]);

        // And each has the fields of a plain page, a section's own page taking its address from its folder
        var page = CollectionOf(Config(["projects", "networks", "about"]), "about")["fields"]!.AsArray().Select(f => (string?)f!["name"]).ToList();
        foreach (var file in files)
        {
            var names = file["fields"]!.AsArray().Select(f => (string?)f!["name"]).ToList();
            Assert.Equal(page.Where(n => n != "slug"), names);
            Assert.Contains("weight", names);
            Assert.Contains("sources", names);
            Assert.Contains("body", names);
        }

        var schema = FrontMatterSchema.For(ContentKind.Page, RealConfig);
        var fields = files[0]["fields"]!.AsArray();
        Assert.True(schema["properties"]!.AsObject().Select(p => p.Key).Where(k => k != "slug").All(k => fields.Any(f => (string?)f!["name"] == k)), "a key of a plain page is missing in a section page's form");
    }

    [Fact]
    public void A_focus_areas_goals_and_their_assessments_are_shown_open_with_a_summary()
    {
        var fields = CollectionOf(Config(RealSections), "focus-areas")["fields"]!.AsArray().OfType<JsonObject>();
        var goals = fields.Single(f => (string?)f["name"] == "goals");
        Assert.False((bool?)goals["collapsed"]);
        Assert.Equal("{{fields.id}}: {{fields.text}}", (string?)goals["summary"]);
        var assessments = goals["fields"]!.AsArray().OfType<JsonObject>().Single(f => (string?)f["name"] == "assessments");
        Assert.False((bool?)assessments["collapsed"]);
        Assert.Equal("{{fields.year}}: {{fields.status}}", (string?)assessments["summary"]);
    }

    [Fact]
    public void A_reference_to_a_kind_the_site_has_no_section_for_is_asked_for_by_id()
    {
        var fields = CollectionOf(Config(["focus-areas", "projects"]), "focus-areas")["fields"]!.AsArray().OfType<JsonObject>().ToList();
        var office = fields.Single(f => (string?)f["name"] == "office");
        Assert.Equal("string", (string?)office["widget"]);
        Assert.Null(office["collection"]);
        var cities = fields.Single(f => (string?)f["name"] == "cities");
        Assert.Equal("list", (string?)cities["widget"]);
        Assert.True((bool?)cities["i18n"]);
        var projects = fields.Single(f => (string?)f["name"] == "projects");
        Assert.Equal("relation", (string?)projects["widget"]);
        Assert.Equal("projects", (string?)projects["collection"]);

        // Nested too: a goal's sources name publications, a section this site lacks.
        var goals = fields.Single(f => (string?)f["name"] == "goals");
        var assessments = goals["fields"]!.AsArray().OfType<JsonObject>().Single(f => (string?)f["name"] == "assessments");
        var sources = assessments["fields"]!.AsArray().OfType<JsonObject>().Single(f => (string?)f["name"] == "sources");
        Assert.Equal("string", (string?)sources["fields"]![0]!["widget"]);
    }

    [Fact]
    public void The_site_yml_editor_backend_replaces_the_previews_own()
    {
        var config = SiteConfigReader.Parse(File.ReadAllText(Path.Combine(RealSite.Folder, "site.yml")) + "\neditor_backend: { name: gitlab, repo: kk/international, app_id: abc, auth_type: pkce }\n", new DiagnosticBag())!;
        var backend = config.EditorBackend!.Decap();
        Assert.Equal("""{"name":"gitlab","repo":"kk/international","branch":"main","auth_type":"pkce","app_id":"abc"}""", backend.ToJsonString());

        var bad = new DiagnosticBag();
        Assert.Null(SiteConfigReader.Parse(File.ReadAllText(Path.Combine(RealSite.Folder, "site.yml")) + "\neditor_backend: { name: svn, repo: kk }\n", bad));
        var errors = bad.ToSortedList().Select(d => d.ToString()).ToList();
        Assert.Contains(errors, e => e.Contains("editor_backend needs 'name', one of: github, gitlab, gitea, bitbucket, azure — not 'svn'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("editor_backend needs 'repo', the repository as owner/name", StringComparison.Ordinal));
    }

    /// <summary>The editor's fields against a JSON Schema object: the same names, requirements, values and ranges, at every depth.</summary>
    /// <remarks>
    /// Inside an optional group (<paramref name="optionalGroup"/>) no field is required in the editor: the CMS checks a
    /// group's required fields even when the group is left empty, and would refuse to save (decap-cms#7748).
    /// </remarks>
    private static void AssertMatches(JsonObject schema, JsonArray fields, string at, bool optionalGroup = false)
    {
        var properties = schema["properties"]!.AsObject();
        var required = (schema["required"] as JsonArray ?? []).Select(r => (string?)r).ToHashSet();
        var editors = fields.OfType<JsonObject>().ToDictionary(f => (string)f["name"]!);
        Assert.True(properties.Select(p => p.Key).Order(StringComparer.Ordinal).SequenceEqual(editors.Keys.Order(StringComparer.Ordinal)),
            $"{at}: the schema has {string.Join(", ", properties.Select(p => p.Key).Order(StringComparer.Ordinal))}; the editor {string.Join(", ", editors.Keys.Order(StringComparer.Ordinal))}");
        foreach (var (key, node) in properties)
        {
            var property = node!.AsObject();
            var editor = editors[key];
            var path = $"{at}.{key}";
            var widget = (string)editor["widget"]!;

            // A list the schema lets be empty cannot be required in the CMS, which takes required for "not empty".
            var mayBeEmpty = TypeOf(property) == "array" && (int?)property["minItems"] is null or 0;
            Assert.True((required.Contains(key) && !mayBeEmpty && !optionalGroup) == (bool)editor["required"]!, $"{path}: required in the schema {required.Contains(key)}, in the editor {editor["required"]}");
            if (widget == "hidden")
            {
                continue;
            }

            var one = TypeOf(property) == "array" ? property["items"]!.AsObject() : property;
            one = one["anyOf"] is JsonArray choices ? choices.OfType<JsonObject>().Last() : one;
            if (one["enum"] is JsonArray values)
            {
                Assert.True(widget == "select", $"{path}: {widget}, not a select");
                Assert.Equal(values.Select(v => (string?)v), editor["options"]!.AsArray().Select(o => (string?)o));
                Assert.Equal(TypeOf(property) == "array", (bool?)editor["multiple"] == true);
                continue;
            }

            if (TypeOf(property) == "array" && widget == "relation")
            {
                Assert.True((bool?)editor["multiple"], $"{path}: a list, but one relation");
                continue;
            }

            var item = TypeOf(property) == "array" ? widget == "list" && editor["field"] is JsonObject single ? single : editor : editor;
            Assert.True(TypeOf(property) != "array" || widget == "list", $"{path}: a list in the schema, {widget} in the editor");
            switch (TypeOf(one))
            {
                case "integer":
                    Assert.Equal("number", (string?)item["widget"]);
                    Assert.Equal("int", (string?)item["value_type"]);
                    Assert.Equal((int?)one["minimum"], (int?)item["min"]);
                    Assert.Equal((int?)one["maximum"], (int?)item["max"]);
                    break;
                case "string" when (string?)item["widget"] == "relation":
                    // An id: chosen from the pages of its section instead of typed to the pattern.
                    Assert.Equal(one["pattern"] is null ? null : "{{slug}}", (string?)item["value_field"]);
                    break;
                case "string":
                    // A list of texts is Decap's plain list: one text per entry, no field of its own.
                    var texts = TypeOf(property) == "array" && item == editor && editor["fields"] is null;
                    Assert.True((string?)item["widget"] is "string" or "text" || texts, $"{path}: {item["widget"]}");
                    Assert.Equal((string?)one["pattern"], (string?)item["pattern"]?[0]);
                    break;
                case "object" when one["properties"] is JsonObject:
                    AssertMatches(one, (item["fields"] ?? editor["fields"])!.AsArray(), path, optionalGroup: widget == "object" && !required.Contains(key));
                    break;
                case "boolean":
                    Assert.Equal("boolean", widget);
                    break;
                case null when one["type"] is JsonArray:
                    Assert.Equal("string", widget);
                    break;
                default:
                    Assert.Fail($"{path}: the schema's {one.ToJsonString()} is not compared");
                    break;
            }
        }
    }

    private static string? TypeOf(JsonObject schema) => schema["type"] is JsonValue type ? (string?)type : null;
}

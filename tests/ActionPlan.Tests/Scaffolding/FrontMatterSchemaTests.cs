using System.Text.Json;
using System.Text.Json.Nodes;
using ActionPlan.Build;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Domain;
using ActionPlan.Loading;
using ActionPlan.Scaffolding;
using ActionPlan.Tests.Support;
using Json.Schema;

namespace ActionPlan.Tests.Scaffolding;

/// <summary>
/// The kinds' JSON Schemas, checked with a real validator (JsonSchema.Net): the committed ones are what the build
/// would write, every real page meets its kind's, and a page the build rejects for a field is rejected by them too.
/// </summary>
public sealed class FrontMatterSchemaTests
{
    private static readonly SiteConfig RealConfig = SiteConfigReader.Read(RealSite.Folder, new DiagnosticBag())!;

    // Built once per site: the validator keeps every schema it has built in a registry under its address.
    private static readonly Lazy<Dictionary<string, JsonSchema>> RealSchemas = new(() => Load(RealConfig));
    private static readonly Lazy<Dictionary<string, JsonSchema>> PlanSchemas = new(() =>
    {
        using var site = TestSite.Create(PlanSite.Files());
        return Load(SiteConfigReader.Read(site.Root, new DiagnosticBag())!);
    });

    private static Dictionary<string, JsonSchema> Load(SiteConfig config) => FrontMatterSchema.All(config)
        .ToDictionary(s => s.File, s => JsonSchema.FromText(s.Text, baseUri: new Uri($"https://actionplan.test/{Guid.NewGuid():N}/{s.File}")));

    private static EvaluationResults Evaluate(Dictionary<string, JsonSchema> schemas, ContentKind kind, JsonNode? frontMatter) =>
        schemas[FrontMatterSchema.FileName(kind)].Evaluate(JsonSerializer.SerializeToElement(frontMatter), new EvaluationOptions { OutputFormat = OutputFormat.List });

    [Fact]
    public void The_committed_schemas_and_editor_settings_are_what_the_kinds_declare()
    {
        var folder = Path.Combine(RealSite.Folder, ".vscode", "schemas");
        foreach (var (file, text) in FrontMatterSchema.All(RealConfig))
        {
            Assert.Equal(text, File.ReadAllText(Path.Combine(folder, file)));
        }

        Assert.Equal(ContentKind.All.Count, Directory.EnumerateFiles(folder, "*.schema.json").Count());
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RealSite.Folder, ".vscode", "settings.json")))!;
        Assert.True(JsonNode.DeepEquals(FrontMatterSchema.Mapping(".vscode/schemas", RealConfig), settings["yaml.schemas"]), "run 'actionplan schema' and copy its mapping into .vscode/settings.json");
    }

    [Fact]
    public void Every_real_page_meets_the_schema_of_its_kind()
    {
        var content = Path.Combine(RealSite.Folder, "content");
        var checkedFiles = 0;
        foreach (var file in Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(content, file).Replace('\\', '/');
            var frontMatter = YamlJson.FrontMatter(File.ReadAllText(file));
            var kind = frontMatter?["kind"]?.GetValue<string>() is { } named ? ContentKind.Parse(named)!
                : Path.GetFileName(file).StartsWith("_index.", StringComparison.Ordinal) ? ContentKind.Page
                : ContentKind.ForFolder(relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : "");

            var result = Evaluate(RealSchemas.Value, kind, frontMatter);

            Assert.True(result.IsValid, $"{relative} does not meet {FrontMatterSchema.FileName(kind)}: {string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")))}");
            checkedFiles++;
        }

        Assert.True(checkedFiles > 150, $"only {checkedFiles} pages were checked");
    }

    /// <summary>A kind, a file of it in the plan site, and a fault in its front matter that the build reports as an error.</summary>
    public static TheoryData<string, string, string> Faults() => new()
    {
        { "activity", "content/activities/2007-11-gdansk.da.md", "title: Gdansk\ntype: network-meeting\nwhen: 2007-11\nstatus: igangværende" },
        { "activity", "content/activities/2007-11-gdansk.da.md", "title: Gdansk\ntype: network-meeting\nstatus: held" },
        { "activity", "content/activities/2007-11-gdansk.da.md", "title: Gdansk\ntype: network-meeting\nwhen: 3 March 2008\nstatus: held" },
        { "project", "content/projects/housing.da.md", "title: Boliger\nstarted: sidste år" },
        { "project", "content/projects/housing.da.md", "title: Boliger\ndate: 1. maj 2008" },
        { "city", "content/cities/berlin.da.md", "title: Berlin" },
        { "focus-area", "content/focus-areas/fa-02.da.md", "title: Synlighed\n" + PlanSite.Visibility.Replace("number: 2", "number: 120", StringComparison.Ordinal) },
        { "focus-area", "content/focus-areas/fa-02.da.md", "title: Synlighed\n" + PlanSite.Visibility.Replace("aims: [influential, growing]", "aims: [influential, rich]", StringComparison.Ordinal) },
        { "focus-area", "content/focus-areas/fa-02.da.md", "title: Synlighed\n" + PlanSite.Visibility.Replace(", sources: [status-2008] }", " }", StringComparison.Ordinal) },
        { "focus-area", "content/focus-areas/fa-02.da.md", "title: Synlighed\n" + PlanSite.Visibility.Replace("status: not-achieved", "status: done", StringComparison.Ordinal) },
        { "network", "content/networks/ecacp.da.md", "title: ECACP\ntheme: Børnefattigdom\ncontact: project-office\nregister: []" },
        { "publication", "content/publications/status-2008.da.md", "title: Status\nyear: 08" },
        { "contact", "content/contacts/project-office.da.md", "title: Projektkontoret\ntype: person" },
    };

    [Theory]
    [InlineData("æblegrød", true)]
    [InlineData("blåbær-2", true)]
    [InlineData("Æblegrød", false)]
    [InlineData("æble--grød", false)]
    [InlineData("æble grød", false)]
    public void A_slug_and_an_id_are_accepted_by_the_schema_exactly_when_the_build_accepts_them(string name, bool valid)
    {
        var (codes, schemaAccepts) = BuildAndSchema("content/projects/berlin.da.md", $"slug: {name}\nstatus: ongoing\ncities: [{name}]");

        // The build: a slug it cannot use is an error (a city it cannot find is one too, whatever the name).
        Assert.Equal(!valid, codes.Contains("bad-slug"));
        Assert.Equal(UrlName.IsValid(name), valid);
        Assert.Equal(valid, schemaAccepts);
    }

    [Theory]
    [InlineData("2008-03-03", true)]
    [InlineData("2008-3-3", false)]
    [InlineData("0999-01-01", false)]
    [InlineData("3008-01-01", false)]
    [InlineData("2008-13-01", false)]
    public void A_day_is_accepted_by_the_schema_exactly_when_the_build_accepts_it(string day, bool valid)
    {
        var (codes, schemaAccepts) = BuildAndSchema("content/projects/berlin.en.md", $"status: ongoing\ndate: {day}");

        Assert.Equal(!valid, codes.Contains("bad-date"));
        Assert.Equal(valid, schemaAccepts);
    }

    [Theory]
    [InlineData("2007", true)]
    [InlineData("2007-11", true)]
    [InlineData("2008-02-29", true)]
    [InlineData("0999", false)]
    [InlineData("3000", false)]
    [InlineData("2007-13", false)]
    [InlineData("2007-1", false)]
    [InlineData("November 2007", false)]
    public void A_year_month_or_day_is_accepted_by_the_schema_exactly_when_the_build_accepts_it(string date, bool valid)
    {
        var (codes, schemaAccepts) = BuildAndSchema("content/projects/berlin.en.md", $"status: ongoing\nstarted: {date}");

        Assert.Equal(!valid, codes.Contains("bad-date"));
        Assert.Equal(valid, schemaAccepts);
    }

    public static TheoryData<string> Kinds() => [.. ContentKind.All.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_kinds_schema_describes_exactly_the_keys_the_build_reads(string name)
    {
        // Both are made from the same declarations: a key added to a kind or to every page is in both or in neither.
        var kind = ContentKind.Parse(name)!;
        var properties = FrontMatterSchema.For(kind, RealConfig)["properties"]!.AsObject();

        Assert.Equal(PageFields.Keys.Concat(kind.Keys).Order(StringComparer.Ordinal), properties.Select(p => p.Key).Order(StringComparer.Ordinal));
        // And no key is declared twice, for the kind and for every page.
        Assert.Empty(kind.Keys.Intersect(PageFields.Keys));
        Assert.Equal(kind.Keys.Count, kind.Keys.Distinct().Count());
    }

    [Fact]
    public void A_goals_schema_describes_exactly_the_keys_the_build_reads_at_every_depth()
    {
        var goals = FrontMatterSchema.For(ContentKind.FocusArea, RealConfig)["properties"]![FocusAreaFields.Goals.Key]!;
        var goal = goals["items"]!;

        Assert.Equal(FocusAreaFields.Goals.Fields.Select(f => f.Key), goal["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(GoalsField.Assessments.Fields.Select(f => f.Key), goal["properties"]![GoalsField.Assessments.Key]!["items"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(GoalsField.Measure.Fields.Select(f => f.Key), goal["properties"]![GoalsField.Measure.Key]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["id", "text"], goal["required"]!.AsArray().Select(k => (string?)k));
    }

    /// <summary>The codes of the build's diagnostics for a project page with the given front matter, and whether its schema accepts it.</summary>
    private static (IReadOnlyList<string> Codes, bool SchemaAccepts) BuildAndSchema(string path, string frontMatter)
    {
        var text = $"---\ntitle: Berlin\n{frontMatter}\n---\nText.\n";
        using var site = TestSite.Create(PlanSite.Files((path, text)));
        var diagnostics = new DiagnosticBag();
        SiteBuilder.LoadSite(site.Root, diagnostics, cancellation: TestContext.Current.CancellationToken, builtInThemeDirectory: TestSite.BuiltInTheme);
        return (diagnostics.ToSortedList().Select(d => d.Code).ToList(), Evaluate(PlanSchemas.Value, ContentKind.Project, YamlJson.FrontMatter(text)).IsValid);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_page_the_build_rejects_for_a_field_is_rejected_by_its_schema(string kind, string path, string frontMatter)
    {
        var text = $"---\n{frontMatter}\n---\nText.\n";
        using var site = TestSite.Create(PlanSite.Files((path, text)));
        var diagnostics = new DiagnosticBag();
        SiteBuilder.LoadSite(site.Root, diagnostics, cancellation: TestContext.Current.CancellationToken, builtInThemeDirectory: TestSite.BuiltInTheme);
        Assert.Contains(diagnostics.ToSortedList(), d => d.File == path && d.Severity == Severity.Error);

        Assert.False(Evaluate(PlanSchemas.Value, ContentKind.Parse(kind)!, YamlJson.FrontMatter(text)).IsValid, $"the schema accepts what the build rejects:\n{frontMatter}");
        var fixedPage = PlanSite.Files().Single(f => f.Path == path).Text;
        Assert.True(Evaluate(PlanSchemas.Value, ContentKind.Parse(kind)!, YamlJson.FrontMatter(fixedPage)).IsValid, $"the schema rejects the plan site's own {path}");
    }
}

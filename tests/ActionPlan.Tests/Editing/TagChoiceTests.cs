using System.Text.Json.Nodes;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Domain;
using ActionPlan.Editing;
using ActionPlan.Scaffolding;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Editing;

/// <summary>On a site that declares tags, the editor's form and the front matter schema offer exactly the declared ids; on one that declares none, any id.</summary>
public sealed class TagChoiceTests
{
    private static SiteConfig Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigReader.Parse(text, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return config!;
    }

    private static JsonObject TagsInForm(SiteConfig config) =>
        CmsConfig.For(config, ["projects"], CmsConfig.LocalBackend("http://127.0.0.1:1/admin/api/v1"))["collections"]!.AsArray().OfType<JsonObject>()
            .Single(c => (string?)c["name"] == "projects")["fields"]!.AsArray().OfType<JsonObject>().Single(f => (string?)f["name"] == "tags");

    [Fact]
    public void A_site_that_declares_tags_offers_their_ids_by_name_in_the_form_and_only_them_in_the_schema()
    {
        var config = Read(TestSite.Config + Products.TagsTests.Declared);

        var field = TagsInForm(config);
        var schema = FrontMatterSchema.For(ContentKind.Project, config)["properties"]!["tags"]!;

        Assert.Equal(("select", true), ((string?)field["widget"], (bool?)field["multiple"]));
        Assert.Equal(["child-poverty", "housing", "elderly", "unused"], field["options"]!.AsArray().Select(o => (string?)o!["value"]));
        Assert.Equal(["Child poverty", "Housing", "Elderly people", "Unused"], field["options"]!.AsArray().Select(o => (string?)o!["label"]));
        Assert.Equal(["child-poverty", "housing", "elderly", "unused"], schema["items"]!["enum"]!.AsArray().Select(v => (string?)v));
        Assert.True((bool?)schema["uniqueItems"]);
    }

    [Fact]
    public void A_site_that_declares_no_tags_takes_any_id_in_the_form_and_the_schema()
    {
        var config = Read(TestSite.Config);

        var field = TagsInForm(config);
        var schema = FrontMatterSchema.For(ContentKind.Project, config)["properties"]!["tags"]!;

        Assert.Equal("list", (string?)field["widget"]);
        Assert.Equal(UrlName.Pattern, (string?)schema["items"]!["pattern"]);
    }
}

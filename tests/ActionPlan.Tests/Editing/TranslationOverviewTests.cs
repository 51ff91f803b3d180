using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Editing;
using ActionPlan.Model;
using ActionPlan.Tests.Support;
using ActionPlan.Translations;

namespace ActionPlan.Tests.Editing;

/// <summary>What the preview's overview lists: missing twins, stale translations and drafts, each with its entry in the editor.</summary>
public sealed class TranslationOverviewTests
{
    [Fact]
    public void A_section_page_missing_its_twin_is_written_as_that_languages_entry_among_the_section_pages()
    {
        // Given a site whose projects section has its English page only, and a project in both languages
        using var site = TestSite.Create(
            ("content/_index.en.md", TestSite.Page("Home", "")),
            ("content/_index.da.md", TestSite.Page("Forside", "")),
            ("content/projects/_index.en.md", TestSite.Page("Projects", "")),
            ("content/projects/berlin.en.md", TestSite.Page("Berlin", "")),
            ("content/projects/berlin.da.md", TestSite.Page("Berlin", "")));
        var model = SiteBuilder.LoadSite(site.Root, new DiagnosticBag(), cancellation: TestContext.Current.CancellationToken, builtInThemeDirectory: TestSite.BuiltInTheme)!;

        // When the overview is made
        var overview = TranslationOverview.Of(model, ChangeTimes.Read(site.Root, model.Written.Select(p => p.Source.Path)));

        // Then the missing Danish section page is written in the editor as its own entry, projects.da
        var missing = Assert.Single(overview.Missing);
        Assert.Equal(("content/projects/_index.en.md", "da", "en/projects/"), (missing.Path, missing.Language.Code, missing.UrlPath));
        Assert.Equal(new EditorEntry("content/projects/_index.en.md", $"/admin/#/collections/{CmsConfig.SectionPagesName}/entries/projects.da", null), missing.Editor);
        Assert.Empty(overview.Drafts);
    }

    [Fact]
    public void Drafts_are_listed_in_path_order_and_a_nested_page_is_edited_as_its_file()
    {
        // Given a site read with its drafts: one in a section, one in a folder below a section
        using var site = TestSite.Create(
            ("content/projects/zagreb.en.md", TestSite.Page("Zagreb", "", "draft: true")),
            ("content/projects/old/athens.en.md", TestSite.Page("Athens", "", "draft: true")));
        var model = SiteBuilder.LoadSite(site.Root, new DiagnosticBag(), PublishingRules.Default with { IncludeDrafts = true },
            TestContext.Current.CancellationToken, builtInThemeDirectory: TestSite.BuiltInTheme)!;

        // When the overview is made
        var overview = TranslationOverview.Of(model, ChangeTimes.Read(site.Root, model.Written.Select(p => p.Source.Path)));

        // Then both drafts are listed, and the nested one says why the editor has no entry for it
        Assert.Equal(
            [
                new DraftPage("content/projects/old/athens.en.md", "Athens", new EditorEntry("content/projects/old/athens.en.md", null, "a nested folder is not in the editor")),
                new DraftPage("content/projects/zagreb.en.md", "Zagreb", new EditorEntry("content/projects/zagreb.en.md", "/admin/#/collections/projects/entries/zagreb", null)),
            ],
            overview.Drafts);
    }
}

using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Editing;
using ActionPlan.Tests.Support;
using ActionPlan.Translations;

namespace ActionPlan.Tests.Editing;

/// <summary>The preview's overview of missing twins, stale translations and drafts, with each page's link into the editor.</summary>
public sealed class TranslationOverviewTests
{
    [Fact]
    public void A_section_page_missing_its_twin_links_to_that_languages_entry_among_the_section_pages()
    {
        // Given a site whose projects section has its English page only, and a project in both languages
        using var site = TestSite.Create(
            ("content/_index.en.md", TestSite.Page("Home", "")),
            ("content/_index.da.md", TestSite.Page("Forside", "")),
            ("content/projects/_index.en.md", TestSite.Page("Projects", "")),
            ("content/projects/berlin.en.md", TestSite.Page("Berlin", "")),
            ("content/projects/berlin.da.md", TestSite.Page("Berlin", "")));
        var diagnostics = new DiagnosticBag();
        var model = SiteBuilder.LoadSite(site.Root, diagnostics, cancellation: TestContext.Current.CancellationToken, builtInThemeDirectory: TestSite.BuiltInTheme)!;

        // When the overview is made
        var html = TranslationOverview.Html(model, [], "/international/", ChangeTimes.Read(site.Root, model.Written.Select(p => p.Source.Path)));

        // Then the missing Danish section page is written in the editor as its own entry, projects.da
        Assert.Contains($"<a href=\"/admin/#/collections/{CmsConfig.SectionPagesName}/entries/projects.da\">write it in the editor</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("not in the editor", html, StringComparison.Ordinal);
    }
}

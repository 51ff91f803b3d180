using ActionPlan.Build;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Domain;
using ActionPlan.Model;
using ActionPlan.Scaffolding;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Scaffolding;

public sealed class PageScaffolderTests
{
    /// <summary>The theme's texts per language, as 'actionplan new' reads them.</summary>
    private static IReadOnlyDictionary<string, ActionPlan.Rendering.UiStrings> Texts(string site, SiteConfig config)
    {
        var diagnostics = new DiagnosticBag();
        return ActionPlan.Rendering.UiStrings.ReadAll(SiteBuilder.LocateTheme(site, config, TestSite.BuiltInTheme, diagnostics)!, config.Languages, diagnostics)!;
    }

    [Theory]
    [InlineData("Æblegrød på Østerbro", "aeblegroed-paa-oesterbro")]
    [InlineData("Familien i Centrum", "familien-i-centrum")]
    [InlineData("Café  Zürich – 2008!", "cafe-zuerich-2008")]
    [InlineData("Västerås", "vaesteraas")]
    [InlineData("???", "")]
    public void Slugs_spell_out_Danish_letters_and_join_words_with_a_dash(string title, string slug)
    {
        Assert.Equal(slug, Slug.From(title));
    }

    [Fact]
    public async Task Every_kind_starts_as_draft_twins_that_build_with_drafts_and_stay_out_without()
    {
        using var site = TestSite.Create(PlanSite.Files());
        var config = SiteConfigReader.Read(site.Root, new DiagnosticBag())!;
        var diagnostics = new DiagnosticBag();
        foreach (var kind in ContentKind.Names)
        {
            Assert.NotEmpty(PageScaffolder.Create(site.Root, config, kind, $"New {kind} in Århus", new DateOnly(2026, 11, 23), Texts(site.Root, config), diagnostics)!);
        }

        Assert.Empty(diagnostics.ToSortedList());
        Assert.True(File.Exists(Path.Combine(site.Root, "content", "networks", "new-network-in-aarhus.da.md")));
        Assert.True(File.Exists(Path.Combine(site.Root, "content", "new-page-in-aarhus.en.md")));

        var withDrafts = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, site.Output)
        {
            BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates,
            Publishing = new PublishingRules(true, new DateOnly(2026, 11, 23)),
        }, TestContext.Current.CancellationToken);
        Assert.True(withDrafts.Published, string.Join("\n", withDrafts.Diagnostics));
        Assert.True(site.OutputExists("da/focus-areas/new-focus-area-in-aarhus/index.html"));

        var without = await site.BuildAsync();
        Assert.True(without.Published, string.Join("\n", without.Diagnostics));
        Assert.False(site.OutputExists("da/focus-areas/new-focus-area-in-aarhus/index.html"));
    }

    [Fact]
    public void It_never_overwrites_a_file()
    {
        using var site = TestSite.Create(PlanSite.Files());
        var config = SiteConfigReader.Read(site.Root, new DiagnosticBag())!;
        site.Write("content/cities/berlin.da.md", "my own words");
        var diagnostics = new DiagnosticBag();

        var written = PageScaffolder.Create(site.Root, config, "city", "Berlin", new DateOnly(2026, 11, 23), Texts(site.Root, config), diagnostics);

        Assert.Null(written);
        Assert.Equal("my own words", File.ReadAllText(Path.Combine(site.Root, "content", "cities", "berlin.da.md")));
        Assert.Equal(["content/cities/berlin.da.md", "content/cities/berlin.en.md"], diagnostics.ToSortedList().Select(d => d.File));
    }

    [Fact]
    public void Each_language_file_is_written_in_its_language_and_fills_every_field_of_the_kind()
    {
        using var site = TestSite.Create(PlanSite.Files());
        var config = SiteConfigReader.Read(site.Root, new DiagnosticBag())!;

        PageScaffolder.Create(site.Root, config, "publication", "Status 2009", new DateOnly(2026, 11, 23), Texts(site.Root, config), new DiagnosticBag());

        var danish = File.ReadAllText(Path.Combine(site.Root, "content", "publications", "status-2009.da.md"));
        var english = File.ReadAllText(Path.Combine(site.Root, "content", "publications", "status-2009.en.md"));
        Assert.Contains("Skriv siden her.", danish, StringComparison.Ordinal);
        Assert.Contains("# oversæt titlen", danish, StringComparison.Ordinal);
        Assert.DoesNotContain("Write the page", danish, StringComparison.Ordinal);
        Assert.Contains("Write the page here.", english, StringComparison.Ordinal);
        // Required fields filled in, optional ones there but commented out, so nothing of the kind is hidden.
        Assert.Contains("\nyear: 2026", english, StringComparison.Ordinal);
        foreach (var field in ContentKind.Publication.Fields.Where(f => !f.Required))
        {
            Assert.Contains($"\n# {field.Key}: ", english, StringComparison.Ordinal);
        }
    }
}

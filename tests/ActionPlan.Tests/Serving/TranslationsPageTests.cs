using ActionPlan.Admin;
using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Editing;
using ActionPlan.Model;
using ActionPlan.Tests.Support;
using ActionPlan.Translations;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;

namespace ActionPlan.Tests.Serving;

/// <summary>The Razor page at /admin/translations/, rendered as the preview renders it: one English document that works without JavaScript.</summary>
public sealed class TranslationsPageTests
{
    private static Task<string> RenderAsync(TranslationOverview? overview, IReadOnlyList<Diagnostic> errors, bool draftsShown)
    {
        using var services = new ServiceCollection().BuildServiceProvider();
        return AdminPageRenderer.RenderAsync<TranslationsPage>(services, new Dictionary<string, object?>
        {
            [nameof(TranslationsPage.Overview)] = overview,
            [nameof(TranslationsPage.Errors)] = errors,
            [nameof(TranslationsPage.BasePath)] = "/international/",
            [nameof(TranslationsPage.DraftsShown)] = draftsShown,
        });
    }

    private static TranslationOverview OverviewOf(TestSite site, bool drafts)
    {
        var model = SiteBuilder.LoadSite(site.Root, new DiagnosticBag(), PublishingRules.Default with { IncludeDrafts = drafts },
            TestContext.Current.CancellationToken, builtInThemeDirectory: TestSite.BuiltInTheme)!;
        return TranslationOverview.Of(model, ChangeTimes.Read(site.Root, model.Written.Select(p => p.Source.Path)));
    }

    [Fact]
    public async Task The_page_is_one_English_document_whose_tables_have_column_headings_and_whose_rows_link_to_the_preview_and_the_editor()
    {
        // Given the small site with a draft, read with its drafts
        using var site = TestSite.FromFixture("small");
        site.Write("content/projects/street.en.md", TestSite.Page("Street work & more", "Text.", "draft: true"));

        // When its page is rendered
        var html = await RenderAsync(OverviewOf(site, drafts: true), [], draftsShown: true);

        // Then it is a whole document in English, with one heading of the first level and every table's columns headed
        Assert.StartsWith("<!doctype html>", html, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Translations and drafts – editor", document.Title);
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.NotEmpty(document.QuerySelectorAll("table"));
        Assert.All(document.QuerySelectorAll("th"), th => Assert.Equal("col", th.GetAttribute("scope")));

        // And the ECACP page, only in Danish, links to itself in the preview and to its English twin in the editor
        Assert.Contains("<td><code>content/networks/ecacp.da.md</code></td><td>English</td>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/international/da/netvaerk/ecacp/\">the page</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/admin/#/collections/networks/entries/ecacp\">write it in the editor</a>", html, StringComparison.Ordinal);

        // And the draft is listed with its title, encoded
        Assert.Contains("<h2>Drafts (1)</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<td><code>content/projects/street.en.md</code></td><td>Street work &amp; more</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preview_without_drafts_says_they_are_left_out_and_how_to_list_them()
    {
        using var site = TestSite.FromFixture("small");

        var html = await RenderAsync(OverviewOf(site, drafts: false), [], draftsShown: false);

        Assert.Contains("<h2>Drafts</h2>", html, StringComparison.Ordinal);
        Assert.Contains("This preview leaves drafts out", html, StringComparison.Ordinal);
        Assert.Contains("<code>actionplan serve --drafts</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_that_could_not_be_read_is_shown_with_its_errors()
    {
        var error = new Diagnostic(Severity.Error, "site-yml", "site.yml", 3, 1, "the languages are <missing>");

        var html = await RenderAsync(null, [error], draftsShown: false);

        Assert.Contains("<p role=\"alert\">The site could not be read:</p>", html, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal(error.ToString(), Assert.Single(document.QuerySelectorAll("main li")).TextContent);
        Assert.Empty(document.QuerySelectorAll("table"));
    }
}

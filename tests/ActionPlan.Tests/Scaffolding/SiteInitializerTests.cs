using ActionPlan.Build;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Rendering;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Scaffolding;

public sealed class SiteInitializerTests
{
    private static Task<BuildResult> Build(string folder) =>
        SiteBuilder.BuildAsync(new BuildOptions(folder, Path.Combine(folder, "output")) { BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates },
            TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("sv,en", "sv", "Internationellt arbete", "Hoppa till huvudinnehållet", "sv/naetverk/index.html")]
    [InlineData("da,en", "da", "Internationalt arbejde", "Gå til hovedindhold", "da/netvaerk/index.html")]
    [InlineData("en-GB,sv-SE", "en", "International work", "Skip to main content", "sv/naetverk/index.html")]
    public async Task A_new_site_in_a_language_pair_builds_at_once_with_the_theme_texts_of_each(string languages, string first, string title, string skip, string section)
    {
        using var site = TestSite.Create();
        var (exit, output, error) = await ToolInProcess.RunAsync(site.Root, "init", "new", "--languages", languages);

        Assert.True(exit == 0, error);
        Assert.Contains("Created site.yml", output, StringComparison.Ordinal);
        var folder = Path.Combine(site.Root, "new");
        var config = SiteConfigReader.Read(folder, new DiagnosticBag())!;
        Assert.Equal(first, config.DefaultLanguage.Code);
        var result = await Build(folder);
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var home = File.ReadAllText(Path.Combine(folder, "output", first, "index.html"));
        Assert.Contains($"<html lang=\"{first}\"", home, StringComparison.Ordinal);
        Assert.Contains($"<h1>{title}</h1>", home, StringComparison.Ordinal);
        Assert.Contains(skip, home, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "output", section)));
    }

    [Fact]
    public async Task A_language_the_theme_has_no_texts_for_gets_the_English_ones_to_translate_in_the_site()
    {
        using var site = TestSite.Create();
        var (exit, output, error) = await ToolInProcess.RunAsync(site.Root, "init", "new", "--languages", "de,en");

        Assert.True(exit == 0, error);
        Assert.Contains("Created themes/default/i18n/de.yml", output, StringComparison.Ordinal);
        var folder = Path.Combine(site.Root, "new");
        var copy = File.ReadAllText(Path.Combine(folder, "themes", "default", "i18n", "de.yml"));
        Assert.StartsWith("# Deutsch:", copy, StringComparison.Ordinal);
        Assert.Contains("locale: de-DE", File.ReadAllText(Path.Combine(folder, "site.yml")), StringComparison.Ordinal);
        var result = await Build(folder);
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        // This machine has no German dictionary (the build says so once, as a note) or has one; either way no problem.
        Assert.All(result.Diagnostics, d => Assert.Equal(("dictionary", Severity.Note), (d.Code, d.Severity)));
        Assert.True(result.Diagnostics.Count <= 1);
        Assert.Contains("<html lang=\"de\"", File.ReadAllText(Path.Combine(folder, "output", "de", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_never_writes_into_a_site_that_is_there()
    {
        using var site = TestSite.Create(("content/_index.en.md", TestSite.Page("Home")));
        var before = File.ReadAllText(Path.Combine(site.Root, "site.yml"));

        var (exit, output, error) = await ToolInProcess.RunAsync(site.Root, "init", ".", "--languages", "sv,en");

        Assert.Equal(1, exit);
        Assert.Contains("site.yml: error:", error, StringComparison.Ordinal);
        Assert.Contains("content: error:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Created", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Root, "site.yml")));
        Assert.False(File.Exists(Path.Combine(site.Root, "content", "_index.sv.md")));
    }

    [Theory]
    [InlineData("sv,sv", "'sv' is given twice")]
    [InlineData("sv,English", "'English' is not a language")]
    [InlineData("xq,en", "'xq' is not a language this machine knows")]
    [InlineData("", "name the site's languages")]
    public async Task Languages_it_cannot_use_are_a_usage_error_and_nothing_is_written(string languages, string message)
    {
        using var site = TestSite.Create();
        var (exit, _, error) = await ToolInProcess.RunAsync(site.Root, "init", "new", "--languages", languages);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "new")));
    }

    [Fact]
    public void The_shipped_interface_texts_have_the_same_keys_in_every_language()
    {
        var theme = new ThemeFiles([TestSite.BuiltInTheme]);
        var languages = new[] { "en", "da", "sv" }
            .Select(code => new Language(code, code, System.Globalization.CultureInfo.GetCultureInfo(code)))
            .ToList();
        var diagnostics = new DiagnosticBag();

        Assert.NotNull(UiStrings.ReadAll(theme, languages, diagnostics));
        Assert.Empty(diagnostics.ToSortedList());
    }
}

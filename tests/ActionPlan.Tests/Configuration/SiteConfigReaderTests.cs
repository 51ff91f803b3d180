using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Configuration;

public sealed class SiteConfigReaderTests
{
    [Fact]
    public void Reads_languages_with_their_cultures_and_section_names()
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigReader.Parse(TestSite.Config, diagnostics);

        Assert.NotNull(config);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["en", "da"], config.Languages.Select(l => l.Code));
        Assert.Equal("da-DK", config.FindLanguage("da")!.Culture.Name);
        Assert.Equal("Dansk", config.FindLanguage("da")!.Name);
        Assert.Equal("en", config.DefaultLanguage.Code);
        Assert.Equal("/international/", config.BasePath);
        Assert.Equal("projekter", config.SectionUrlName("projects", config.In("da")));
        Assert.Equal("networks", config.SectionUrlName("networks", config.In("da")));
        Assert.Equal("Testside", config.Title.For(config.In("da")));
        Assert.Equal("default", config.Theme);
    }

    [Fact]
    public void Base_url_without_trailing_slash_is_served_under_its_path()
    {
        var config = SiteConfigReader.Parse(TestSite.Config.Replace("international/", "international"), new DiagnosticBag());

        Assert.Equal("/international/", config!.BasePath);
    }

    [Fact]
    public void Unknown_key_is_a_warning_naming_the_nearest_known_key()
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigReader.Parse(TestSite.Config + "\nthem: default\n", diagnostics);

        Assert.NotNull(config);
        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("site.yml:8:1: warning: unknown key 'them' is ignored; did you mean 'theme'? [unknown-key]", warning.ToString());
    }

    [Fact]
    public void Every_configuration_error_is_reported_with_its_line()
    {
        const string text = """
            title: { en: "Site" }
            base_url: not a url
            languages:
              - { code: en, name: English, locale: en-GB }
              - { code: da, name: Dansk, locale: xx-NOPE-1 }
            default_language: fr
            """;
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigReader.Parse(text, diagnostics);

        Assert.Null(config);
        var messages = diagnostics.ToSortedList().Select(d => $"{d.Line}: {d.Message}").ToList();
        Assert.Contains(messages, m => m.StartsWith("2: base_url 'not a url' must be an absolute", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("5: locale 'xx-NOPE-1' is not known", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("6: default_language 'fr' is not one of the languages", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_yaml_is_an_error_at_its_line()
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigReader.Parse("title: { en: \"x\"\nbase_url: [\n", diagnostics);

        Assert.Null(config);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("yaml", error.Code);
        Assert.True(error.Line >= 1);
        Assert.Equal("the '{' opened here is never closed: end the list with '}'.", error.Message);
        Assert.Equal((1, 8), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("sections: { projects: { en: ../up, da: projekter } }", "the en URL name '../up' of section 'projects' may use only lower-case letters, digits and '-'.")]
    [InlineData("sections: { projects: { en: projects, da: \"C:\\\\x\" } }", "the da URL name 'C:\\x' of section 'projects' may use only lower-case letters, digits and '-'.")]
    [InlineData("theme: ../../etc", "theme '../../etc' must be a folder name of lower-case letters, digits and '-'.")]
    public void Names_that_would_escape_the_output_folder_are_configuration_errors(string line, string message)
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigReader.Parse(TestSite.Config.Replace("sections: { projects: { en: projects, da: projekter } }", "") + "\n" + line + "\n", diagnostics);

        Assert.Null(config);
        Assert.Contains(message, diagnostics.ToSortedList().Select(d => d.Message));
    }
}

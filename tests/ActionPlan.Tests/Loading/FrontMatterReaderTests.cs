using System.Globalization;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Loading;

namespace ActionPlan.Tests.Loading;

public sealed class FrontMatterReaderTests
{
    private static SourceFile File(string text) =>
        new("content/projects/x.en.md", "projects", "x", new Language("en", "English", CultureInfo.GetCultureInfo("en-GB")), text);

    [Fact]
    public void Reads_typed_fields_and_the_line_the_body_starts_on()
    {
        var diagnostics = new DiagnosticBag();
        const string text = "---\ntitle: Familien i Centrum\nsummary: Family work.\nslug: familien-i-centrum\ndate: 2008-03-03\nweight: 2\n---\n\n## Goals\n";

        var parsed = FrontMatterReader.Read(File(text), diagnostics);

        Assert.NotNull(parsed);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("Familien i Centrum", parsed.FrontMatter.Title);
        Assert.Equal("Family work.", parsed.FrontMatter.Summary);
        Assert.Equal("familien-i-centrum", parsed.FrontMatter.Slug);
        Assert.Equal(new DateOnly(2008, 3, 3), parsed.FrontMatter.Date);
        Assert.Equal(2, parsed.FrontMatter.Weight);
        Assert.Equal(8, parsed.BodyLine);
        Assert.Equal("\n## Goals\n", parsed.Body);
    }

    [Theory]
    [InlineData("---\nsummary: no title\n---\nBody", "content/projects/x.en.md:2:1: error: 'title' is required: add a line 'title: ...'. [missing-field]")]
    [InlineData("---\ntitle: \"\"\n---\n", "content/projects/x.en.md:2:8: error: 'title' is required and may not be empty. [missing-field]")]
    [InlineData("Just text", "content/projects/x.en.md:1:1: error: the file must start with front matter: a line '---', then 'title: ...', then another '---'. [no-front-matter]")]
    [InlineData("---\ntitle: Never closed\n", "content/projects/x.en.md:1:1: error: the front matter that starts on line 1 never ends: add a line '---' after it. [no-front-matter]")]
    [InlineData("---\ntitle: X\ndate: 3 March 2008\n---\n", "content/projects/x.en.md:3:7: error: 'date' must be a date written as YYYY-MM-DD (for example 2008-03-03), not '3 March 2008'. [bad-date]")]
    [InlineData("---\ntitle: X\nslug: Familien i Centrum\n---\n", "content/projects/x.en.md:3:7: error: slug 'Familien i Centrum' may use only lower-case letters, digits and single '-' between them, e.g. 'familien-i-centrum'. [bad-slug]")]
    [InlineData("---\ntitle: X\nweight: heavy\n---\n", "content/projects/x.en.md:3:9: error: 'weight' must be a whole number, not 'heavy'. [field-type]")]
    public void Bad_front_matter_is_an_error_at_its_line(string text, string expected)
    {
        var diagnostics = new DiagnosticBag();

        FrontMatterReader.Read(File(text), diagnostics);

        Assert.Equal(expected, Assert.Single(diagnostics.ToSortedList()).ToString());
    }

    [Theory]
    [InlineData("---\nsummary: no title\n---\nBody")]
    [InlineData("Just text")]
    [InlineData("---\ntitle: [broken\n---\n")]
    public void A_file_without_a_usable_title_stays_in_the_site_under_its_file_name_so_links_to_it_do_not_cascade(string text)
    {
        var diagnostics = new DiagnosticBag();

        var parsed = FrontMatterReader.Read(File(text), diagnostics);

        Assert.Single(diagnostics.ToSortedList(), d => d.Severity == Severity.Error);
        Assert.Equal("x", parsed.FrontMatter.Title);
        Assert.Equal(ActionPlan.Domain.ContentKind.Project, parsed.FrontMatter.Kind);
    }

    [Fact]
    public void A_wrong_optional_field_is_dropped_but_the_page_stays_so_links_to_it_do_not_cascade()
    {
        var diagnostics = new DiagnosticBag();

        var parsed = FrontMatterReader.Read(File("---\ntitle: X\nslug: Not Valid\n---\n"), diagnostics);

        Assert.True(diagnostics.HasErrors);
        Assert.Equal("X", parsed!.FrontMatter.Title);
        Assert.Null(parsed.FrontMatter.Slug);
    }

    [Fact]
    public void Invalid_yaml_points_into_the_file_not_the_front_matter()
    {
        var diagnostics = new DiagnosticBag();

        FrontMatterReader.Read(File("---\ntitle: ok\nsummary: [unclosed\n---\n"), diagnostics);

        Assert.Equal("content/projects/x.en.md:3:10: error: the '[' opened here is never closed: end the list with ']'. [yaml]",
            Assert.Single(diagnostics.ToSortedList()).ToString());
    }

    [Theory]
    [InlineData("---\ntitle: \"Berlin\nsummary: x\n---\n", "content/projects/x.en.md:2:8: error: the quote \" opened here is never closed: end the value with \". [yaml]")]
    [InlineData("---\ntitle: Berlin\nsummary: 'It is\nstatus: ongoing\n---\n", "content/projects/x.en.md:3:10: error: the quote ' opened here is never closed: end the value with '. [yaml]")]
    [InlineData("---\ntitle: Berlin\nsummary: It's ours\nfocus_areas: [fa-01, fa-02\nstatus: ongoing\n---\n", "content/projects/x.en.md:4:14: error: the '[' opened here is never closed: end the list with ']'. [yaml]")]
    [InlineData("---\ntitle: Berlin\naliases:\n  - a/\n\t- b/\n---\n", "content/projects/x.en.md:5:1: error: line 5 is indented with a tab; YAML needs spaces: replace the tab with spaces. [yaml]")]
    [InlineData("---\ntitle: Berlin\nsummary: Note: this\n---\n", "content/projects/x.en.md:3:14: error: the value of 'summary' holds ': ', which YAML reads as a new key: put the whole value in quotes, e.g. summary: \"…\". [yaml]")]
    [InlineData("---\ntitle: Berlin\ntitle: Again\n---\n", "content/projects/x.en.md:3:1: error: 'title' is given twice (first on line 2); keep one of them. [yaml]")]
    public void A_yaml_mistake_is_reported_in_plain_words_where_it_was_made(string text, string expected)
    {
        var diagnostics = new DiagnosticBag();

        FrontMatterReader.Read(File(text), diagnostics);

        Assert.Equal(expected, Assert.Single(diagnostics.ToSortedList()).ToString());
    }

    [Fact]
    public void Unknown_key_is_a_warning_naming_the_nearest_known_key()
    {
        var diagnostics = new DiagnosticBag();

        var parsed = FrontMatterReader.Read(File("---\ntitle: X\nsumary: typo\n---\n"), diagnostics);

        Assert.NotNull(parsed);
        Assert.Equal("content/projects/x.en.md:3:1: warning: unknown key 'sumary' is ignored; did you mean 'summary'? [unknown-key]",
            Assert.Single(diagnostics.ToSortedList()).ToString());
    }
}

using ActionPlan.Editing;

namespace ActionPlan.Tests.Editing;

/// <summary>The one rule for links into the browser editor, from a file as the build names it.</summary>
public sealed class EditorLinkTests
{
    [Theory]
    [InlineData("content/projects/berlin.en.md", "/admin/#/collections/projects/entries/berlin")]
    [InlineData("content/networks/eurocities.da.md", "/admin/#/collections/networks/entries/eurocities")]
    [InlineData("content/focus-areas/fa-07.en.md", "/admin/#/collections/focus-areas/entries/fa-07")]
    [InlineData("content/_index.en.md", "/admin/#/collections/_sections/entries/_home.en")]
    [InlineData("content/projects/_index.da.md", "/admin/#/collections/_sections/entries/projects.da")]
    public void A_page_of_a_section_opens_as_its_collections_entry(string file, string expected) =>
        Assert.Equal(expected, EditorLink.For(file));

    [Theory]
    [InlineData("site.yml")]
    [InlineData("themes/default/Layouts/_base.cshtml")]
    [InlineData("static/images/map.png")]
    [InlineData("content/about.en.md")]
    [InlineData("content/cities/germany/berlin.en.md")]
    [InlineData("content/projects/family-map.png")]
    [InlineData("output/en/index.html")]
    public void A_file_the_editor_cannot_open_has_no_link(string file) =>
        Assert.Null(EditorLink.For(file));
}

using ActionPlan.Diagnostics;
using ActionPlan.Loading;
using ActionPlan.Markup;
using ActionPlan.Writing;

namespace ActionPlan.Tests.Writing;

public sealed class ProseReaderTests
{
    [Fact]
    public void Words_stand_at_their_file_line_and_column_with_the_front_matter_counted()
    {
        // Given a page whose body starts on line 5, with emphasis, a list and a table
        var prose = Read("""
            ---
            title: A page
            summary: "Short and clear."
            ---
            First line with *emphasis* here.

            - An item
            - **Bold** item

            | Head | Cell |
            | --- | --- |
            | one | two |
            """);

        // Then each word is where an editor finds it, the summary's included
        Assert.Contains(("Short", 3, 11), At(prose));
        Assert.Contains(("clear", 3, 21), At(prose));
        Assert.Contains(("First", 5, 1), At(prose));
        Assert.Contains(("emphasis", 5, 18), At(prose));
        Assert.Contains(("item", 8, 12), At(prose));
        Assert.Contains(("two", 12, 9), At(prose));
        Assert.Equal(["Short and clear", "First line with emphasis here", "An item", "Bold item", "Head", "Cell", "one", "two"], prose.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Code_addresses_link_targets_html_and_front_matter_ids_are_not_prose()
    {
        var prose = Read("""
            ---
            title: A page
            cities: [berlinn]
            aliases: [en/oldd-name/]
            ---
            See `codde` and [the reporrt](../publications/reporrt.md "titel") or https://examplle.org/pathh or www.examplle.dk.
            Write to someone@examplle.org; paths like en/projectts/ and files like reportt.pdf are no words. <span>htmml</span>

            ```
            fencedd codde
            ```

                indentedd codde
            """);

        var words = prose.Words.Select(w => w.Text).ToList();
        Assert.Equal(["See", "and", "the", "reporrt", "or", "or", "Write", "to", "paths", "like", "and", "files", "like", "are", "no", "words", "htmml"], words);
    }

    [Fact]
    public void Text_marked_with_another_language_belongs_to_it_and_a_sentence_to_the_language_of_most_of_its_words()
    {
        var prose = Read("""
            ---
            title: A page
            ---
            The office (*Socialforvaltningen*{lang=da}) and [the *projekt*](x.md){lang=da-DK} are here.

            {lang=da}
            Hele afsnittet er dansk.

            ## Overskrift på dansk {lang=da}
            """);

        Assert.Equal(
            [("The", "en"), ("office", "en"), ("Socialforvaltningen", "da"), ("and", "en"), ("the", "da"), ("projekt", "da"), ("are", "en"), ("here", "en")],
            prose.Sentences[0].Words.Select(w => (w.Text, w.Language)));
        Assert.Equal(["en", "da", "da"], prose.Sentences.Select(s => s.Language));
    }

    [Fact]
    public void Of_the_attributes_an_editor_writes_only_a_language_is_kept_so_no_handler_or_style_gets_through()
    {
        var parsed = MarkupParser.Parse("*Hej*{lang=da onclick=\"alert(1)\" style=\"color:red\"} and *x*{lang=\"da onmouseover=y\"}\n\n## Head {data-x=1}\n", 1);

        var html = Markdig.Markdown.ToHtml(parsed.Document, MarkupParser.Pipeline);

        Assert.Equal("<p><em lang=\"da\">Hej</em> and <em>x</em></p>\n<h2 id=\"head\">Head</h2>\n", html);
    }

    internal static PageProse Read(string text, string language = "en")
    {
        var source = FrontMatterReader.Read(new SourceFile($"content/a.{language}.md", "", "a", ActionPlan.Tests.Support.SiteLanguages.Of(language), text.ReplaceLineEndings("\n")), new DiagnosticBag());
        return ProseReader.Read(source, MarkupParser.Parse(source.Body, source.BodyLine), language);
    }

    private static List<(string, int, int)> At(PageProse prose) => [.. prose.Words.Select(w => (w.Text, w.Line, w.Column))];
}

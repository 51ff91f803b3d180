using ActionPlan.Diagnostics;
using ActionPlan.Tests.Support;
using ActionPlan.Writing;
using CsCheck;

namespace ActionPlan.Tests.Writing;

public sealed class SpellingTests
{
    [Fact]
    public async Task A_misspelling_planted_in_an_English_and_a_Danish_page_is_a_warning_at_its_place_with_the_dictionarys_suggestion_and_nothing_else()
    {
        await Dictionaries.RequireAsync();

        // Given an English and a Danish page, each with one misspelt word on line 6
        using var site = TestSite.Create(Minimal.Files(
            ("content/a.en.md", TestSite.Page("Family at the centre", "The project helps families.\n\nThe office will recieve the report in May.", "summary: \"A project for families.\"")),
            ("content/a.da.md", TestSite.Page("Familien i centrum", "Projektet hjælper familier.\n\nKontoret modtager rapporten i maj fra kommunne.", "summary: \"Et projekt for familier.\""))));

        // When built
        var result = await site.BuildAsync();

        // Then each is one warning at its line and column, with the dictionary's first suggestion
        Assert.True(result.Published);
        var warnings = result.Diagnostics.Select(d => $"{d.Location} {d.Code}").ToList();
        Assert.Equal(["content/a.da.md:7:39 spelling", "content/a.en.md:7:17 spelling"], warnings);
        Assert.Contains("did you mean 'receive'", result.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'kommune'", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("'recieve' is not in the English dictionary (en_GB)", result.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_word_the_other_language_knows_gets_the_mark_as_advice_and_no_near_words_of_its_own_language()
    {
        await Dictionaries.RequireAsync();

        // Given a Danish page with one English word in a Danish sentence
        using var site = TestSite.Create(Minimal.Files(
            ("content/a.en.md", TestSite.Page("Family at the centre", "The project helps families.", "summary: \"A project for families.\"")),
            ("content/a.da.md", TestSite.Page("Familien i centrum", "Projektet hjælper familier.\n\nKontoret arbejder med cooperation mellem byerne.", "summary: \"Et projekt for familier.\""))));

        var result = await site.BuildAsync();

        // Then the warning names the other language and its mark, and offers no Danish word near it
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("content/a.da.md:7:23 spelling", $"{warning.Location} {warning.Code}");
        Assert.Contains("It is English: if meant, mark it ('*cooperation*{lang=en}')", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_in_code_addresses_link_targets_and_ids_are_never_spelled()
    {
        await Dictionaries.RequireAsync();

        using var site = TestSite.Create(Minimal.Files(
            ("content/b.en.md", TestSite.Page("Bee", "Run `actionplann biuld` or see [the plan](c.md#frgament) at https://exmaple.org/plann and www.exmaple.dk.\n\n```\nfencedd codde\n```\n", "aliases: [en/projects/olld-bee/]")),
            ("content/c.en.md", TestSite.Page("Sea", "## Frgament\n\nText.", "words: [Frgament]"))));

        var result = await site.BuildAsync();

        // The bare addresses are links whose text is an address (an accessibility warning), and nothing is spelled.
        Assert.Equal(["link-address", "link-address"], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public async Task Names_from_titles_the_sites_word_lists_and_a_pages_words_are_known_in_their_language_only()
    {
        await Dictionaries.RequireAsync();

        // Given names in a title (Mosaik), in words.en.txt (Fountainhouse, lower case: any case), on a page (Kvarterhus)
        using var site = TestSite.Create(Minimal.Files(
            ("words.en.txt", "# names\nfountainhouse\n"),
            ("content/m.en.md", TestSite.Page("Mosaik Services", "Mosaik met Fountainhouse and the Kvarterhus's staff.", "words: [Kvarterhus]")),
            ("content/n.en.md", TestSite.Page("Other", "The Kvarterhus and fountainhouse again.")),
            ("content/m.da.md", TestSite.Page("Mosaik", "Mosaik mødte Fountainhouse."))));

        var result = await site.BuildAsync();

        // Then only the page without 'words:' and the Danish page, which has no word list, are told
        Assert.Equal(
            ["content/m.da.md:4:14 'Fountainhouse'", "content/n.en.md:4:5 'Kvarterhus'"],
            result.Diagnostics.Select(d => $"{d.Location} {d.Message.Split(' ')[0]}"));
    }

    [Fact]
    public async Task A_sentence_in_the_other_language_is_one_warning_suggesting_the_mark_and_marked_text_is_spelled_in_its_own_language()
    {
        await Dictionaries.RequireAsync();

        using var site = TestSite.Create(Minimal.Files(
            ("content/o.en.md", TestSite.Page("Other", "We met the committee. Udvalget besluttede at fortsætte arbejdet med projektet.\n\nThe office (*Socialforvaltningenn*{lang=da}) wrote.")),
            ("content/o.da.md", TestSite.Page("Andet", "Vi mødte udvalget. *The committee decided to continue.*{lang=en}"))));

        var result = await site.BuildAsync();

        Assert.Equal(["content/o.en.md:4:23 other-language", "content/o.en.md:6:14 spelling"], result.Diagnostics.Select(d => $"{d.Location} {d.Code}"));
        Assert.Contains("reads as Danish, not English", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("{lang=da}", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("not in the Danish dictionary (da_DK)", result.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Contains("<em lang=\"da\">Socialforvaltningenn</em>", site.ReadOutput("en/o/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_dictionary_is_one_note_and_the_build_succeeds_unspelled()
    {
        // Given a language whose dictionary is not installed
        using var site = TestSite.Create(Minimal.Files(("content/x.en.md", TestSite.Page("X", "Speling is not checked."))));
        site.Write("site.yml", TestSite.Config.Replace("locale: en-GB }", "locale: en-GB, dictionary: xx_NONE }", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        var note = Assert.Single(result.Diagnostics, d => d.Code == "dictionary");
        Assert.Equal((Severity.Note, "site.yml", 4), (note.Severity, note.File, note.Line));
        Assert.StartsWith("site.yml:4: note: English pages are not spell-checked: there is no Hunspell dictionary 'xx_NONE'", note.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "spelling" && d.File.EndsWith(".en.md", StringComparison.Ordinal));
        Assert.True(result.Published);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, result.WarningCount);
    }

    [Fact]
    public async Task A_page_above_lix_max_is_a_warning_at_its_title_and_every_page_has_its_figures()
    {
        await Dictionaries.RequireAsync();
        using var site = TestSite.Create(Minimal.Files(
            ("content/hard.en.md", TestSite.Page("Hard", string.Join(' ', Enumerable.Repeat("Municipalities internationally cooperate administratively regarding comprehensive rehabilitation.", 5)), "weight: 1")),
            ("content/easy.en.md", TestSite.Page("Easy", "We met. It went well."))));
        site.AppendToConfig("\nlix_max: 45\n");

        var result = await site.BuildAsync();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("lix", "content/hard.en.md", 2), (warning.Code, warning.File, warning.Line));
        Assert.Contains("LIX is 107, above lix_max: 45", warning.Message, StringComparison.Ordinal);
        var easy = Assert.Single(result.Writing.Pages, p => p.File == "content/easy.en.md");
        Assert.Equal((5, 2, 3), (easy.Figures.Words, easy.Figures.Sentences, easy.Figures.RoundedLix));
        Assert.Equal(["en", "da"], result.Writing.Languages.Select(l => l.Language));
    }

    [Fact]
    public async Task A_misspelling_planted_anywhere_in_random_prose_is_reported_at_its_true_place_and_nothing_else()
    {
        var (english, _) = await Dictionaries.RequireAsync();
        var checker = new SpellChecker(new Dictionary<string, ISpellingDictionary> { ["en"] = english }, new Dictionary<string, KnownWords>(), new Dictionary<string, string> { ["en"] = "English" });
        string[] words = ["the", "office", "family", "report", "city", "work", "helps", "people", "with", "housing", "and", "social", "services", "met", "partners"];
        string[] misspelt = ["recieve", "goverment", "acommodate", "seperate", "occured", "neccessary"];
        var sentence = Gen.Int[0, words.Length - 1].Array[2, 9].Select(ws => string.Join(' ', ws.Select(i => words[i])));
        var paragraph = sentence.Array[1, 3].Select(s => string.Join(". ", s) + ".");
        var gen = Gen.Select(paragraph.Array[1, 4], Gen.Int[0, 1000], Gen.Int[0, misspelt.Length - 1], Gen.Int[0, 2]);

        gen.Sample((paragraphs, at, which, style) =>
        {
            // Given prose whose paragraphs are separated by blank lines, with one word replaced by a misspelling
            var lines = paragraphs.ToList();
            var line = at % lines.Count;
            var found = lines[line].Split(' ');
            var word = at % found.Length;
            var typo = style switch { 0 => misspelt[which], 1 => "*" + misspelt[which] + "*", _ => "[" + misspelt[which] + "](x.md)" };
            var column = string.Join(' ', found.Take(word)).Length + (word > 0 ? 1 : 0) + 1 + (style == 0 ? 0 : 1);
            var trailing = found[word].EndsWith('.') ? "." : "";
            found[word] = typo + trailing;
            lines[line] = string.Join(' ', found);
            var prose = ProseReaderTests.Read("---\ntitle: T\n---\n" + string.Join("\n\n", lines));

            // When spelled
            var bag = new DiagnosticBag();
            checker.Check(prose, [], bag);

            // Then one warning, at its line (body from line 4, a blank line between paragraphs) and column
            var warning = Assert.Single(bag.ToSortedList());
            Assert.Equal((4 + 2 * line, column, $"'{misspelt[which]}'"), (warning.Line, warning.Column, warning.Message.Split(' ')[0]));
        }, iter: 60);
    }
}

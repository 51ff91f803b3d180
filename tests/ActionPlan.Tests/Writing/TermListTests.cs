using ActionPlan.Tests.Support;
using CsCheck;

namespace ActionPlan.Tests.Writing;

public sealed class TermListTests
{
    private const string EnglishTerms = """
        # The names this site writes, with what is written instead.
        Pompidou Group: [Pompidou group, Pompidou-group]
        the International Action Plan 2007-2009:
          - the action plan 2007-2009
          - the Action Plan 2007-2009
        "’": ["'"]
        "“…”": ['"']
        """;

    private const string DanishTerms = "Pompidou-gruppen: [Pompidougruppen, Pompidou gruppen]\nSocialudvalget: [socialudvalget]\ngod praksis: [best practice]\n";

    [Fact]
    public async Task Each_variant_planted_in_either_language_is_one_warning_at_its_place_naming_the_chosen_name_and_nothing_else()
    {
        await Dictionaries.RequireAsync();

        // Given terms in both languages, and pages with variants (one starting a sentence, one over a line break, an
        // apostrophe inside a word, straight quotation marks) among the chosen names and marks written right, a lower-case
        // variant of a name that starts a sentence written right, and a variant marked as the other language's
        using var site = TestSite.Create(Minimal.Files(
            ("content/a.en.md", TestSite.Page("Alpha", string.Join('\n',
                "The Pompidou Group met. Then the Pompidou group met again.",
                "",
                "The action plan 2007-2009 named it, as did the International Action Plan 2007-2009 and the",
                "Action Plan 2007-2009. Copenhagen's office and Copenhagen’s network.",
                "",
                "They wrote \"yes\" to it, and “no” to the rest."))),
            ("content/a.da.md", TestSite.Page("Alfa", "Pompidou-gruppen mødtes. Pompidougruppen mødtes igen.\n\nDen nye Pompidou gruppen. Socialudvalget kaldte det god praksis (*best practice*{lang=en})."))));
        site.Write("terms.en.yml", EnglishTerms);
        site.Write("terms.da.yml", DanishTerms);

        // When built
        var result = await site.BuildAsync();

        // Then each variant is one warning at its first letter, and the names written right are not
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            [
                "content/a.da.md:4:26 write 'Pompidou-gruppen', not 'Pompidougruppen'",
                "content/a.da.md:6:9 write 'Pompidou-gruppen', not 'Pompidou gruppen'",
                "content/a.en.md:4:34 write 'Pompidou Group', not 'Pompidou group'",
                "content/a.en.md:6:1 write 'the International Action Plan 2007-2009', not 'the action plan 2007-2009'",
                "content/a.en.md:6:88 write 'the International Action Plan 2007-2009', not 'the Action Plan 2007-2009'",
                "content/a.en.md:7:34 write '’', not '''",
                "content/a.en.md:9:12 write '“…”', not '\"'",
                "content/a.en.md:9:16 write '“…”', not '\"'",
            ],
            result.Diagnostics.Select(d => $"{d.Location} {d.Message.Split(':')[0]}"));
        Assert.All(result.Diagnostics, d => Assert.Equal("terms", d.Code));
    }

    [Fact]
    public async Task A_variant_that_is_part_of_its_own_name_or_has_no_words_is_an_error_at_its_line_and_a_broken_file_at_its_line()
    {
        using var site = TestSite.Create(Minimal.Files(("content/a.en.md", TestSite.Page("Alpha", "The Pompidou Group met."))));
        site.Write("terms.en.yml", "Pompidou Group:\n  - Group\n  - \"--\"\n");
        site.Write("terms.da.yml", "Pompidou-gruppen: [Pompidougruppen\n");

        var result = await site.BuildAsync();

        Assert.False(result.Published);
        Assert.Equal(["terms.da.yml:1 yaml", "terms.en.yml:2:5 terms", "terms.en.yml:3:5 terms"], result.Diagnostics.Select(d => d.Code == "yaml" ? $"{d.Location.File}:{d.Location.Line} yaml" : $"{d.Location} {d.Code}"));
        Assert.Contains("is part of 'Pompidou Group' itself", result.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Contains("has no words to look for", result.Diagnostics[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variant_planted_at_any_word_of_any_sentence_is_found_there_and_nowhere_else()
    {
        var terms = ActionPlan.Writing.TermList.Read(Write("terms.en.yml", "Social Committee: [social committee, Social Affairs Committee]\n"), "en", new ActionPlan.Diagnostics.DiagnosticBag());
        var words = Any("the", "committee", "Social", "met", "in", "May", "and", "Affairs", "social");
        Gen.Select(words.Array[0, 12], Gen.Int[0, 12], Any("social committee", "Social Affairs Committee")).Sample((sentence, at, variant) =>
        {
            // Planted where the words around it cannot make another variant
            var text = sentence.Where(w => w is not ("social" or "Social")).ToList();
            var position = Math.Min(at, text.Count);
            text.InsertRange(position, variant.Split(' '));
            var prose = text.Select((word, i) => new ActionPlan.Writing.ProseWord(word, 1, 1 + string.Concat(text.Take(i).Select(w => w + " ")).Length, "en")).ToList();
            var found = terms.Find(new ActionPlan.Writing.ProseSentence(prose, "en")).ToList();

            var (_, column, written, chosen, covered) = Assert.Single(found);
            Assert.Equal(variant, written);
            Assert.Equal("Social Committee", chosen);
            Assert.Equal(prose[position].Column, column);
            Assert.Equal(variant.Split(' '), covered.Select(w => w.Text));
        }, iter: 300);
    }

    private static Gen<string> Any(params string[] texts) => Gen.Int[0, texts.Length - 1].Select(i => texts[i]);

    private static string Write(string name, string text)
    {
        var folder = Scratch.NewFolder();
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name), text);
        return folder;
    }
}

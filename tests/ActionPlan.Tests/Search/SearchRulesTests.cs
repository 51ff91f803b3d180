using System.Globalization;
using System.Text.Json;
using ActionPlan.Search;
using CsCheck;

namespace ActionPlan.Tests.Search;

/// <summary>
/// The build's spelling and compound rules, held to the cases in <c>Specs/search-words.json</c>, which the browser
/// tests (<c>tests/browser/search-words.test.mjs</c>) hold the query's rules to as well.
/// </summary>
public sealed class SearchRulesTests
{
    private static readonly JsonElement Cases =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "search-words.json"))).RootElement;

    public static TheoryData<string, string> FoldCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var pair in Cases.GetProperty("fold").EnumerateArray())
        {
            data.Add(pair[0].GetString()!, pair[1].GetString()!);
        }

        return data;
    }

    public static TheoryData<string, string, string[]> WordCases()
    {
        var data = new TheoryData<string, string, string[]>();
        foreach (var c in Cases.GetProperty("words").EnumerateArray())
        {
            data.Add(c.GetProperty("language").GetString()!, c.GetProperty("text").GetString()!, c.GetProperty("words").EnumerateArray().Select(w => w.GetString()!).ToArray());
        }

        return data;
    }

    public static TheoryData<string[], string, string[]?> SplitCases()
    {
        var data = new TheoryData<string[], string, string[]?>();
        foreach (var c in Cases.GetProperty("split").EnumerateArray())
        {
            var parts = c.GetProperty("parts");
            data.Add(
                c.GetProperty("known").EnumerateArray().Select(w => w.GetString()!).ToArray(),
                c.GetProperty("word").GetString()!,
                parts.ValueKind == JsonValueKind.Null ? null : parts.EnumerateArray().Select(w => w.GetString()!).ToArray());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FoldCases))]
    public void A_word_is_folded_as_the_cases_say(string word, string folded) =>
        Assert.Equal(folded, SearchFolding.Fold(word));

    [Theory]
    [MemberData(nameof(WordCases))]
    public void A_text_gives_the_folded_words_the_cases_say(string language, string text, string[] words) =>
        Assert.Equal(words, SearchWords.FoldedWords(text, CultureInfo.GetCultureInfo(language == "da" ? "da-DK" : "en-GB")));

    [Theory]
    [MemberData(nameof(SplitCases))]
    public void A_compound_is_split_as_the_cases_say(string[] known, string word, string[]? parts) =>
        Assert.Equal(parts, CompoundSplitter.Split(word, known.Contains));

    [Fact]
    public void Folding_twice_changes_nothing_and_the_three_spellings_of_a_Danish_letter_meet()
    {
        Gen.String[Gen.Char["abeoæøåéüßxyz"], 0, 12].Sample(word =>
        {
            var once = SearchFolding.Fold(word);
            Assert.Equal(once, SearchFolding.Fold(once));
            Assert.Equal(once, SearchFolding.Fold(word.Replace("ø", "oe", StringComparison.Ordinal)));
        });
    }

    [Fact]
    public void Every_part_of_a_split_is_known_and_the_parts_spell_the_word_with_at_most_a_linking_letter_between()
    {
        var words = Gen.String[Gen.Char["abesr"], 3, 6];
        Gen.Select(words.Array[1, 6], Gen.Int[0, 4]).Sample((known, seed) =>
        {
            var word = string.Concat(known.Take(1 + seed % known.Length).Select((w, i) => i == 0 ? w : (i % 2 == 0 ? "s" : "") + w));
            if (CompoundSplitter.Split(word, known.Contains) is not { } parts)
            {
                return;
            }

            Assert.True(parts.Count >= 2);
            Assert.All(parts, p => Assert.Contains(p, known));
            Assert.All(parts, p => Assert.True(p.Length >= CompoundSplitter.MinPart));
            // The parts, in order, with at most one 's' or 'e' before each later part, make up the word.
            var pattern = "^" + string.Join("[se]?", parts.Select(System.Text.RegularExpressions.Regex.Escape)) + "$";
            Assert.Matches(pattern, word);
        });
    }
}

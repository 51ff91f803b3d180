using System.Globalization;
using ActionPlan.Search;
using CsCheck;

namespace ActionPlan.Tests.Search;

public sealed class SearchWordsTests
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static string Stem(string word, CultureInfo culture) => SearchWords.Stem(SearchWords.Words(word, culture).Single(), culture);

    [Theory]
    [InlineData("hjemløse", "hjemløses", "hjemløshed")]
    [InlineData("børn", "børnene", "børns")]
    [InlineData("netværk", "netværket", "netværkene")]
    [InlineData("Familie", "familien", "familiernes")]
    public void Danish_forms_of_a_word_meet_at_one_stem(string one, string two, string three)
    {
        Assert.Equal(Stem(one, Danish), Stem(two, Danish));
        Assert.Equal(Stem(one, Danish), Stem(three, Danish));
    }

    [Theory]
    [InlineData("housing", "houses")]
    [InlineData("networks", "network")]
    [InlineData("cooperation", "cooperating")]
    public void English_forms_of_a_word_meet_at_one_stem(string one, string two) =>
        Assert.Equal(Stem(one, English), Stem(two, English));

    [Fact]
    public void Words_that_are_not_forms_of_each_other_keep_apart()
    {
        Assert.NotEqual(Stem("hjemløse", Danish), Stem("hjem", Danish));
        Assert.NotEqual(Stem("house", English), Stem("hose", English));
    }

    [Fact]
    public void Danish_aa_is_written_å_in_Danish_only()
    {
        Assert.Equal(["århus", "på", "åbo"], SearchWords.Words("Aarhus på Åbo", Danish));
        Assert.Equal(["aarhus", "på", "åbo"], SearchWords.Words("Aarhus på Åbo", English));
    }

    [Fact]
    public void Words_are_letters_and_digits_of_two_or_more_lower_cased_in_the_language()
    {
        Assert.Equal(["æblegrød", "på", "ø2", "2008", "eu"], SearchWords.Words("Æblegrød på Ø2, a 2008 EU-x!", Danish).Where(w => w != "x"));
        Assert.Equal("2008", SearchWords.Stem("2008", English));
    }

    [Fact]
    public void Shards_are_named_by_the_first_two_letters_in_any_alphabet()
    {
        Assert.Equal("hj", SearchWords.ShardKey("hjemløse"));
        Assert.Equal("ø", SearchWords.ShardKey("ø"));
        Assert.Equal("00e60062", SearchWords.ShardName("æb"));
    }

    [Fact]
    public void Lower_casing_matches_the_cultures_own_for_any_text()
    {
        // ASCII, Latin-1 (× and ÷ among the letters), Latin Extended, Greek, Cyrillic, a surrogate pair (Deseret).
        var text = Gen.String[Gen.Char["AZaz Ii.,ÀÆØÅÞßæøå×÷ÿĀāŸİıΣσΑДд"], 0, 40].Select(s => s + "\U00010400\U00010428");
        var cultures = new[] { Danish, English, CultureInfo.GetCultureInfo("tr-TR"), CultureInfo.GetCultureInfo("lt-LT"), CultureInfo.InvariantCulture };
        text.Sample(s =>
        {
            foreach (var culture in cultures)
            {
                var ours = new char[s.Length];
                var theirs = new char[s.Length];
                SearchWords.ToLower(s, ours, culture);
                s.AsSpan().ToLower(theirs, culture);
                Assert.Equal(new string(theirs), new string(ours));
            }
        });
    }
}

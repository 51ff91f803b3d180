using ActionPlan.Diagnostics;

namespace ActionPlan.Tests.Diagnostics;

/// <summary>The suggestions behind every "did you mean": near by edit distance, never across different numbers.</summary>
public sealed class SuggestionsTests
{
    private static readonly string[] FocusAreas = ["fa-01", "fa-02", "fa-03", "fa-11", "fa-12", "fa-13"];

    [Theory]
    [InlineData("fa-2", "fa-02")]
    [InlineData("3", "fa-03")]
    [InlineData("fa-013", "fa-13")]
    public void A_mistyped_id_is_matched_to_the_name_with_the_same_number(string typed, string meant)
    {
        Assert.Equal([meant], Suggestions.Nearest(typed, FocusAreas, 3));
    }

    [Fact]
    public void Names_whose_numbers_differ_are_never_suggested_and_nothing_far_is()
    {
        Assert.Empty(Suggestions.Nearest("fa-04", FocusAreas, 3));
        Assert.Empty(Suggestions.Nearest("cities", ["title", "summary"], 3));
        Assert.Equal(["summary"], Suggestions.Nearest("sumary", ["title", "summary", "slug"], 3));
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("målgrupper", "målgruper", 1)]
    public void Distance_is_the_number_of_edits(string a, string b, int distance)
    {
        Assert.Equal(distance, Suggestions.Distance(a, b));
        Assert.Equal(distance, Suggestions.Distance(b, a));
    }

    [Fact]
    public void The_bag_sorts_by_file_line_and_column_and_formats_each_with_its_code()
    {
        var bag = new DiagnosticBag();
        bag.Warning("b", "content/b.md", 2, 1, "second");
        bag.Error("a", "content/a.md", 10, 3, "first");
        bag.Error("a", "content/a.md", 9, 1, "earlier");

        Assert.Equal(
            ["content/a.md:9:1: error: earlier [a]", "content/a.md:10:3: error: first [a]", "content/b.md:2:1: warning: second [b]"],
            bag.ToSortedList().Select(d => d.ToString()));
        Assert.True(bag.HasErrors);
    }
}

using ActionPlan.Caching;
using ActionPlan.Rendering;

namespace ActionPlan.Tests.Build;

/// <summary>
/// A page's view taken as values for its fingerprint (<see cref="ViewDigest"/>): equal values give equal digests, any
/// value changed anywhere in the view gives another, and what cannot be taken as a value gives none.
/// </summary>
public sealed class ViewDigestTests
{
    private static IReadOnlyList<LinkGroup> Related(string title, string? summary = null) =>
    [
        new LinkGroup("Projects", [new LinkView("Alpha", "/en/projects/alpha/", "An exchange."), new LinkView(title, "/en/projects/beta/", summary)]),
        new LinkGroup("Networks", [new LinkView("Eurocities", "/en/networks/eurocities/")]),
    ];

    [Fact]
    public void Equal_values_give_equal_digests_and_a_value_changed_deep_in_a_view_another()
    {
        var digests = new ViewDigest();

        var first = digests.Of(Related("Beta"));
        var same = digests.Of(Related("Beta"));
        var retitled = digests.Of(Related("Beta 2"));
        var summarised = digests.Of(Related("Beta", "A visit."));
        var pager = digests.Of(new PagerView(2, 3, "/en/p/", "/en/p/page/3/", [new PagerLink(1, "/en/p/", false)]));
        var otherPager = digests.Of(new PagerView(2, 3, "/en/p/", "/en/p/page/3/", [new PagerLink(1, "/en/p/", true)]));

        Assert.NotNull(first);
        Assert.Equal(first, same);
        Assert.NotEqual(first, retitled);
        Assert.NotEqual(first, summarised);
        Assert.NotEqual(pager, otherPager);
    }

    [Fact]
    public void Values_that_run_together_are_told_apart_and_a_set_is_known_by_its_members_not_their_order()
    {
        var digests = new ViewDigest();

        Assert.NotEqual(digests.Of(new List<string> { "ab", "c" }), digests.Of(new List<string> { "a", "bc" }));
        Assert.NotEqual(digests.Of(new List<string> { "a" }), digests.Of(new List<string> { "a", "" }));
        Assert.Equal(digests.Of(new HashSet<string>(["x", "y", "z"])), digests.Of(new HashSet<string>(["z", "x", "y"])));
        Assert.NotEqual(digests.Of(new List<string> { "x", "y" }), digests.Of(new List<string> { "y", "x" }));
    }

    [Fact]
    public void A_view_holding_a_function_or_a_type_from_outside_the_tool_has_no_digest()
    {
        var digests = new ViewDigest();

        Assert.Null(digests.Of(new List<object> { "a", new Func<string, string>(s => s) }));
        Assert.Null(digests.Of(new List<object> { new Uri("https://example.org/") }));
    }
}

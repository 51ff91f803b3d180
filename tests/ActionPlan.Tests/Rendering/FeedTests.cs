using System.Xml.Linq;
using ActionPlan.Tests.Support;
using AngleSharp.Html.Parser;

namespace ActionPlan.Tests.Rendering;

/// <summary>
/// Each language's Atom feed lists what is dated (activities, publications, presentations, register editions,
/// timelines, status reports, pages with <c>date:</c>) with its real date, newest first; a year or a month is stamped
/// with its first day and named in the entry's title; a language with nothing dated has no feed and no feed link.
/// </summary>
public sealed class FeedTests(FeedTests.Built built) : IClassFixture<FeedTests.Built>
{
    /// <summary>The action plan site, built once for the class.</summary>
    public sealed class Built() : BuiltSite(TestSite.Create(PlanSite.Files()));

    private readonly TestSite _site = built.Site;

    private AtomFeed Feed(string language) => AtomFeed.Read(Path.Combine(_site.Output, language, "feed.xml"));

    private static Dictionary<string, XElement> ById(AtomFeed feed) =>
        feed.Entries.ToDictionary(e => AtomFeed.Text(e, "id")!["https://example.org/international/".Length..]);

    [Fact]
    public void The_feed_lists_every_dated_page_of_each_kind_and_no_undated_one()
    {
        // Given the action plan site, when it is built, then the English feed holds exactly its dated pages.
        var entries = ById(Feed("en"));

        Assert.Equal(
            [
                "en/activities/2007-03-newcastle/", "en/activities/2007-11-gdansk/", "en/activities/2007/", "en/activities/2008-04-berlin/",
                "en/activities/2008/", "en/networks/register/2007/", "en/networks/register/2008/", "en/projects/housing/",
                "en/projects/outreach/", "en/publications/action-plan/", "en/publications/status-2008/", "en/status/2007/", "en/status/2008/",
            ],
            entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("activity", entries["en/activities/2007-11-gdansk/"].Element(AtomFeed.Atom + "category")!.Attribute("term")!.Value);
        Assert.Equal("Status report", entries["en/status/2008/"].Element(AtomFeed.Atom + "category")!.Attribute("label")!.Value);
        Assert.Equal("register-edition", entries["en/networks/register/2007/"].Element(AtomFeed.Atom + "category")!.Attribute("term")!.Value);
    }

    [Theory]
    [InlineData("en/activities/2007-03-newcastle/", "Forum in Newcastle", "2007-03-14T00:00:00Z")]
    [InlineData("en/activities/2007-11-gdansk/", "AGM in Gdansk (November 2007)", "2007-11-01T00:00:00Z")]
    [InlineData("en/publications/action-plan/", "Action plan (2007)", "2007-01-01T00:00:00Z")]
    [InlineData("en/publications/status-2008/", "Status of the international work 2008", "2008-01-01T00:00:00Z")]
    [InlineData("en/status/2008/", "Status report 2008", "2008-01-01T00:00:00Z")]
    [InlineData("en/projects/housing/", "Housing", "2008-05-01T00:00:00Z")]
    public void Each_entry_has_its_pages_real_date_and_a_year_or_month_is_named_in_its_title(string path, string title, string updated)
    {
        var entry = ById(Feed("en"))[path];

        Assert.Equal(title, AtomFeed.Text(entry, "title"));
        Assert.Equal(updated, AtomFeed.Text(entry, "updated"));
        Assert.Null(entry.Element(AtomFeed.Atom + "published"));
    }

    [Fact]
    public void A_month_is_named_the_way_the_feeds_language_writes_it()
    {
        var entry = Feed("da").Entries.Single(e => AtomFeed.Text(e, "id")!.EndsWith("/2007-11-gdansk/", StringComparison.Ordinal));

        Assert.Equal("Generalforsamling i Gdansk (november 2007)", AtomFeed.Text(entry, "title"));
        Assert.Equal("Aktivitet", entry.Element(AtomFeed.Atom + "category")!.Attribute("label")!.Value);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("da")]
    public void The_feed_is_valid_atom_newest_first_and_dated_by_its_newest_entry(string language)
    {
        var feed = Feed(language);
        var stamps = feed.Entries.Select(e => AtomFeed.Stamp(AtomFeed.Text(e, "updated")!)).ToList();

        Assert.Empty(feed.Problems());
        Assert.Equal(stamps.OrderDescending(), stamps);
        Assert.Equal(stamps[0], AtomFeed.Stamp(AtomFeed.Text(feed.Root, "updated")!));
        // The Danish housing page is dated 2009-01-01, the English one 2008-05-01: each feed its own language's.
        Assert.Equal(language == "da" ? "2009-01-01T00:00:00Z" : "2008-05-01T00:00:00Z", AtomFeed.Text(feed.Root, "updated"));
    }

    [Fact]
    public void Entries_stamped_the_same_day_are_ordered_by_address()
    {
        var ids = Feed("en").Entries.Where(e => AtomFeed.Text(e, "updated") == "2007-01-01T00:00:00Z").Select(e => AtomFeed.Text(e, "id")).ToList();

        // All are the year 2007.
        Assert.Equal(
            ["https://example.org/international/en/activities/2007/", "https://example.org/international/en/networks/register/2007/",
             "https://example.org/international/en/publications/action-plan/", "https://example.org/international/en/status/2007/"],
            ids);
    }

    [Fact]
    public async Task A_day_comes_before_the_month_and_the_year_that_begin_on_it()
    {
        // Given a year, a month and a day all stamped 1 January 2008, the day (the most precise) comes first, then the
        // month, then the year, each of the last two named in its title.
        using var site = TestSite.Create(Minimal.Files(
            ("content/publications/_index.en.md", TestSite.Page("Publications")),
            ("content/publications/_index.da.md", TestSite.Page("Publikationer")),
            ("content/publications/a-year.en.md", TestSite.Page("Report", "", "year: 2008")),
            ("content/publications/a-year.da.md", TestSite.Page("Rapport", "", "year: 2008")),
            ("content/publications/b-month.en.md", TestSite.Page("Note", "", "year: 2008\nissued: 2008-01")),
            ("content/publications/b-month.da.md", TestSite.Page("Notat", "", "year: 2008\nissued: 2008-01")),
            ("content/projects/z-day.en.md", TestSite.Page("Housing", "", "date: 2008-01-01\nas_of: 2008")),
            ("content/projects/z-day.da.md", TestSite.Page("Boliger", "", "date: 2008-01-01\nas_of: 2008"))));
        var result = await site.BuildAsync();

        Assert.Empty(result.Diagnostics);
        var feed = AtomFeed.Read(Path.Combine(site.Output, "en", "feed.xml"));
        Assert.Equal(["Housing", "Note (January 2008)", "Report (2008)"], feed.Entries.Select(e => AtomFeed.Text(e, "title")));
        Assert.All(feed.Entries, e => Assert.Equal("2008-01-01T00:00:00Z", AtomFeed.Text(e, "updated")));
    }

    [Fact]
    public void Listings_and_search_results_show_the_same_date_as_the_feed()
    {
        var listing = new HtmlParser().ParseDocument(_site.ReadOutput("en/publications/index.html"));
        var search = SearchIndexReader.Read(_site.Output, "en/search/");

        var time = listing.QuerySelectorAll(".listing li").Single(li => li.QuerySelector("a")!.TextContent == "Action plan").QuerySelector("time")!;
        Assert.Equal(("2007", "2007"), (time.GetAttribute("datetime"), time.TextContent));
        var gdansk = search.Documents.Single(d => d.Title == "AGM in Gdansk");
        Assert.Equal(("November 2007", "2007-11"), (gdansk.Date, gdansk.DateTime));
        Assert.Equal("2007", search.Documents.Single(d => d.Title == "Action plan").DateTime);
    }

    [Fact]
    public async Task A_site_with_nothing_dated_has_no_feed_and_no_link_to_one()
    {
        // Given a site with no dated page, when it is built, then no feed is written and no page links to one.
        using var site = TestSite.Create(Minimal.Files());
        var result = await site.BuildAsync();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.False(site.OutputExists("en/feed.xml"));
        Assert.False(site.OutputExists("da/feed.xml"));
        Assert.DoesNotContain("application/atom+xml", site.ReadOutput("en/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("feed.xml", site.ReadOutput("da/projekter/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_language_with_nothing_dated_has_no_feed_while_the_other_keeps_its_own()
    {
        using var site = TestSite.Create(Minimal.Files(
            ("content/projects/housing.en.md", TestSite.Page("Housing", "", "date: 2008-05-01\nas_of: 2008")),
            ("content/projects/housing.da.md", TestSite.Page("Boliger", "", "as_of: 2008"))));
        var result = await site.BuildAsync();

        Assert.Empty(result.Diagnostics);
        Assert.Single(AtomFeed.Read(Path.Combine(site.Output, "en", "feed.xml")).Entries);
        Assert.False(site.OutputExists("da/feed.xml"));
        var english = new HtmlParser().ParseDocument(site.ReadOutput("en/index.html"));
        Assert.Equal("/international/en/feed.xml", english.QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href"));
        Assert.NotNull(english.QuerySelector("footer a[href='/international/en/feed.xml']"));
        var danish = new HtmlParser().ParseDocument(site.ReadOutput("da/index.html"));
        Assert.Null(danish.QuerySelector("link[type='application/atom+xml']"));
        Assert.Null(danish.QuerySelector("footer a[type='application/atom+xml']"));
    }

    [Fact]
    public async Task A_page_changed_after_its_date_is_published_on_its_date_and_updated_on_its_change_and_sorted_by_the_change()
    {
        using var site = TestSite.Create(Minimal.Files(
            ("content/projects/housing.en.md", TestSite.Page("Housing", "", "date: 2008-03-03\nupdated: 2008-06-01\nas_of: 2008")),
            ("content/projects/housing.da.md", TestSite.Page("Boliger", "", "date: 2008-03-03\nupdated: 2008-06-01\nas_of: 2008")),
            ("content/projects/outreach.en.md", TestSite.Page("Outreach", "", "date: 2008-05-01\nas_of: 2008")),
            ("content/projects/outreach.da.md", TestSite.Page("Opsøgende arbejde", "", "date: 2008-05-01\nas_of: 2008"))));
        var result = await site.BuildAsync();

        Assert.Empty(result.Diagnostics);
        var feed = AtomFeed.Read(Path.Combine(site.Output, "en", "feed.xml"));
        Assert.Empty(feed.Problems());
        Assert.Equal(["Housing", "Outreach"], feed.Entries.Select(e => AtomFeed.Text(e, "title")));
        Assert.Equal(("2008-03-03T00:00:00Z", "2008-06-01T00:00:00Z"), (AtomFeed.Text(feed.Entries[0], "published"), AtomFeed.Text(feed.Entries[0], "updated")));
        Assert.Equal("2008-06-01T00:00:00Z", AtomFeed.Text(feed.Root, "updated"));
    }
}

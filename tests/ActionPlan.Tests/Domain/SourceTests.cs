using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Domain;

/// <summary>Pages and goal assessments cite the publications their facts come from; the build checks the citations.</summary>
public sealed class SourceTests
{
    /// <summary>The kinds as messages list them: every declared kind, in order.</summary>
    private static readonly string Kinds = string.Join(", ", ActionPlan.Domain.ContentKind.Names);

    /// <summary>The plan site, whose one publication (status-2008) its goal assessments cite.</summary>
    private static TestSite Site(params (string Path, string Text)[] more) => TestSite.Create(PlanSite.Files(more));

    [Fact]
    public async Task A_page_shows_the_sources_it_cites_in_its_own_language_with_the_place_in_each()
    {
        using var site = Site(
            ("content/cities/berlin.en.md", TestSite.Page("Berlin", "", "country: Germany\nsources: [{ id: status-2008, at: annex 1 }]")),
            ("content/cities/berlin.da.md", TestSite.Page("Berlin", "", "country: Tyskland\nsources: [{ id: status-2008, at: bilag 1 }]")));

        var result = await site.BuildAsync();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var english = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput("en/cities/berlin/index.html"));
        var danish = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput("da/cities/berlin/index.html"));
        Assert.Equal("Sources", english.QuerySelector("#sources-heading")!.TextContent);
        Assert.Equal("Status of the international work 2008, annex 1", english.QuerySelector(".sources li")!.TextContent);
        Assert.Equal("/international/en/publications/status-2008/", english.QuerySelector(".sources a")!.GetAttribute("href"));
        Assert.Equal("Kilder", danish.QuerySelector("#sources-heading")!.TextContent);
        Assert.Equal("Status for det internationale arbejde 2008, bilag 1", danish.QuerySelector(".sources li")!.TextContent);
        Assert.Null(site.ReadOutput("en/cities/index.html") is var list && list.Contains("sources-heading", StringComparison.Ordinal) ? list : null);

        // A source says where facts come from, not that the pages are related: no "Related" link either way.
        Assert.DoesNotContain("Status of the international work", english.QuerySelector(".related")?.TextContent ?? "", StringComparison.Ordinal);
        var publication = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput("en/publications/status-2008/index.html"));
        Assert.DoesNotContain("Berlin", publication.QuerySelector(".related")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citation_of_an_unknown_publication_fails_at_its_id_with_the_nearest_one()
    {
        using var site = Site(
            ("content/cities/berlin.en.md", TestSite.Page("Berlin", "", "country: Germany\nsources: [status-2008, { id: status-2009, at: annex 1 }]")),
            ("content/cities/berlin.da.md", TestSite.Page("Berlin", "", "country: Tyskland\nsources: [status-2008, { id: status-2009, at: bilag 1 }]")));

        var result = await site.BuildAsync();

        Assert.Equal(
            [
                "content/cities/berlin.da.md:4:30: error: 'sources' names 'status-2009', but there is no publication with that id (a file content/publications/status-2009.<lang>.md). [reference]",
                "content/cities/berlin.en.md:4:30: error: 'sources' names 'status-2009', but there is no publication with that id (a file content/publications/status-2009.<lang>.md). [reference]",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task Twins_that_cite_different_documents_fail_while_the_place_in_them_is_written_in_each_language()
    {
        using var site = Site(
            ("content/publications/annual-report.en.md", TestSite.Page("Annual report", "", "year: 2007")),
            ("content/publications/annual-report.da.md", TestSite.Page("Årsrapport", "", "year: 2007")),
            ("content/cities/berlin.en.md", TestSite.Page("Berlin", "", "country: Germany\nsources: [{ id: status-2008, at: annex 1 }]")),
            ("content/cities/berlin.da.md", TestSite.Page("Berlin", "", "country: Tyskland\nsources: [annual-report]")));

        var result = await site.BuildAsync();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("twin-facts", "content/cities/berlin.da.md", 4), (error.Code, error.File, error.Line));
        Assert.Equal(("content/cities/berlin.en.md", 4), (error.Also!.File, error.Also.Line));
    }

    [Fact]
    public async Task A_kind_the_site_requires_sources_for_fails_without_one_and_assessments_cite_theirs()
    {
        var cited = PlanSite.Visibility;
        var miscited = PlanSite.Visibility.Replace("sources: [status-2008] }", "sources: [{ id: status-2007, at: annex 1 }] }", StringComparison.Ordinal);
        using var site = Site(
            ("content/focus-areas/fa-02.en.md", TestSite.Page("2. Visibility", "", cited + "\nsources: [status-2008]")),
            ("content/focus-areas/fa-02.da.md", TestSite.Page("2. Synlighed", "", miscited + "\nsources: [status-2008]")));
        site.AppendToConfig("\nsources_required: [focus-area]\n");

        var result = await site.BuildAsync();

        Assert.Equal(
            [
                "content/focus-areas/fa-01.da.md:1:1: error: this focus-area cites no source, which site.yml requires for its kind: add 'sources: [<publication id>]', naming the document its facts come from. [source-required]",
                "content/focus-areas/fa-01.en.md:1:1: error: this focus-area cites no source, which site.yml requires for its kind: add 'sources: [<publication id>]', naming the document its facts come from. [source-required]",
                "content/focus-areas/fa-02.da.md:11:61: error: 'goals[1].assessments[2008].sources' names 'status-2007', but there is no publication with that id (a file content/publications/status-2007.<lang>.md). [reference]",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task The_status_report_names_the_document_each_status_is_taken_from_in_both_languages()
    {
        string Cited(string at) => PlanSite.Visibility.Replace("sources: [status-2008] }", $"sources: [{{ id: status-2008, at: {at} }}] }}", StringComparison.Ordinal);
        using var site = Site(
            ("content/focus-areas/fa-02.en.md", TestSite.Page("2. Visibility", "", Cited("annex 1"))),
            ("content/focus-areas/fa-02.da.md", TestSite.Page("2. Synlighed", "", Cited("bilag 1"))));

        var result = await site.BuildAsync();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var english = parser.ParseDocument(site.ReadOutput("en/status/2008/index.html")).QuerySelectorAll("ul.goals li").Single(l => l.TextContent.Contains("Two projects", StringComparison.Ordinal));
        var danish = parser.ParseDocument(site.ReadOutput("da/status/2008/index.html")).QuerySelectorAll("ul.goals li").Single(l => l.TextContent.Contains("Two projects", StringComparison.Ordinal));
        // fa-01 cites the whole document, fa-02 its annex 1: the one list item names both, and fa-02's pointer its own place.
        Assert.Equal("(Source: [1], annex 1)", english.QuerySelector(".source")!.TextContent);
        Assert.Equal("#source-1", english.QuerySelector(".source a")!.GetAttribute("href"));
        Assert.Equal("(Kilde: [1], bilag 1)", danish.QuerySelector(".source")!.TextContent);
        var list = parser.ParseDocument(site.ReadOutput("en/status/2008/index.html")).QuerySelector("#source-1")!;
        Assert.Equal("Status of the international work 2008, annex 1", list.TextContent);
        Assert.Equal("/international/en/publications/status-2008/", list.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_kind_that_does_not_exist_cannot_be_required_to_cite_sources()
    {
        var diagnostics = new ActionPlan.Diagnostics.DiagnosticBag();

        ActionPlan.Configuration.SiteConfigReader.Parse(TestSite.Config + "\nsources_required: [focus-area, town]\n", diagnostics);

        Assert.Equal(
            $"site.yml:8:32: error: 'town' in sources_required is not a kind; kinds are: {Kinds}. [config]",
            Assert.Single(diagnostics.ToSortedList()).ToString());
    }

    [Fact]
    public async Task An_assessment_without_a_source_fails_where_it_is_written_and_its_twin_is_not_blamed_for_citing_one()
    {
        var uncited = PlanSite.Visibility.Replace("status: not-achieved, sources: [status-2008] }", "status: not-achieved }", StringComparison.Ordinal);
        using var site = Site(("content/focus-areas/fa-02.da.md", TestSite.Page("2. Synlighed", "", uncited + "\n" + PlanSite.AsOf)));

        var result = await site.BuildAsync();

        Assert.Equal(
            ["content/focus-areas/fa-02.da.md:11:9: error: the 2008 assessment of goal '1' cites no source; every status must name the document that gives it: add 'sources: [<publication id>]' to it, e.g. sources: [{ id: status-2008, at: annex 1 }]. [source-required]"],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.False(result.Published);
    }

    [Fact]
    public async Task A_publication_shows_its_date_issuer_and_case_numbers_and_twins_share_the_facts_but_not_the_prose()
    {
        const string facts = "year: 2004\nissued: 2004-11-24\ncase_numbers: [\"DNR 115-239/2002\"]";
        using var site = Site(
            ("content/publications/europaforum.en.md", TestSite.Page("Europaforum", "", facts + "\nissued_by: \"Social Services Administration, City of Stockholm\"")),
            ("content/publications/europaforum.da.md", TestSite.Page("Europaforum", "", facts + "\nissued_by: \"Socialtjänstförvaltningen, Stockholms Stad\"")));

        var result = await site.BuildAsync();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var english = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput("en/publications/europaforum/index.html"));
        var danish = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput("da/publications/europaforum/index.html"));
        Assert.Equal(["Issued by: Social Services Administration, City of Stockholm", "Dated: 24 November 2004", "Case and reference numbers: DNR 115-239/2002"],
            english.QuerySelectorAll(".facts dt").Select(dt => $"{dt.TextContent}: {dt.NextElementSibling!.TextContent}"));
        Assert.Equal("2004-11-24", english.QuerySelector(".facts time")!.GetAttribute("datetime"));
        Assert.Equal(["Udgivet af: Socialtjänstförvaltningen, Stockholms Stad", "Dateret: 24. november 2004", "Sags- og journalnumre: DNR 115-239/2002"],
            danish.QuerySelectorAll(".facts dt").Select(dt => $"{dt.TextContent}: {dt.NextElementSibling!.TextContent}"));

        site.Write("content/publications/europaforum.da.md", TestSite.Page("Europaforum", "", "year: 2004\nissued: 2005-01-10\ncase_numbers: [\"DNR 115-240/2002\"]"));
        var wrong = await site.BuildAsync();

        Assert.Equal(
            [
                "content/publications/europaforum.da.md:4:9: error: 'issued' (2005-01-10) must fall in the publication's 'year' (2004): correct one of them. [bad-value]",
                "content/publications/europaforum.da.md:5:15: error: 'case_numbers' is 'DNR 115-240/2002' here but 'DNR 115-239/2002' in content/publications/europaforum.en.md:5; statuses, dates, numbers and references must be the same in both languages. [twin-facts]",
            ],
            wrong.Diagnostics.Select(d => d.ToString()));
    }
}

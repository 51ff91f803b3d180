using ActionPlan.Search;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Search;

/// <summary>The search index of the plan site, with the Danish search page at its own address.</summary>
public sealed class SearchIndexTests(SearchIndexTests.Built built) : IClassFixture<SearchIndexTests.Built>
{
    public sealed class Built() : BuiltSite(Create());

    private readonly TestSite _site = built.Site;

    private static TestSite Create()
    {
        var site = TestSite.Create(PlanSite.Files(
            ("content/projects/outreach.en.md", TestSite.Page("Outreach", "Houses for the homeless, and housing first.", "date: 2007-02-01\nfocus_areas: [fa-02]\n" + PlanSite.AsOf)),
            ("content/projects/outreach.da.md", TestSite.Page("Opsøgende arbejde", "Boliger til hjemløse. Hjemløshed i Aarhus.", "date: 2007-02-01\nfocus_areas: [fa-02]\n" + PlanSite.AsOf)),
            ("content/projects/housing.da.md", TestSite.Page("Hjemløses boliger", "Om boliger.", "date: 2009-01-01\nfocus_areas: [fa-01]\ncities: [berlin]\n" + PlanSite.AsOf)),
            ("content/projects/treatment.da.md", TestSite.Page("Hollandske erfaringer", "Kontoret studerede den hollandske stofmisbrugsbehandling. Stof og alkohol.", "date: 2008-03-05\nfocus_areas: [fa-02]\n" + PlanSite.AsOf)),
            ("content/projects/alcohol.da.md", TestSite.Page("Alkohol", "Om misbrug, og om behandling.", "date: 2008-04-01\nfocus_areas: [fa-02]\n" + PlanSite.AsOf))));
        site.AppendToConfig("\nsearch_page: { en: search, da: soeg }\n");
        return site;
    }

    private static string[] Titles(IEnumerable<SearchDocument> found) => found.Select(d => d.Title).ToArray();

    [Fact]
    public void The_Danish_search_page_has_a_Danish_address_and_its_index_beside_it()
    {
        Assert.True(_site.OutputExists("da/soeg/index.html"));
        Assert.False(_site.OutputExists("da/search/index.html"));
        var form = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(_site.ReadOutput("da/soeg/index.html")).QuerySelector("form[role=search]")!;
        Assert.Equal("/international/da/soeg/index.json", form.GetAttribute("data-index"));
        Assert.True(_site.OutputExists("da/soeg/index.json"));
    }

    [Fact]
    public void Danish_forms_meet_and_title_matches_come_first()
    {
        var index = SearchIndexReader.Read(_site.Output, "da/soeg/");

        // "hjemløse" and "hjemløshed" in one body, "hjemløses" in a title, "Hjemløse" in a focus area's title and in
        // the status reports that list it: all one stem, the two title matches first.
        var found = Titles(index.Find("hjemløshed"));
        Assert.Equal(["1. Hjemløse", "Hjemløses boliger", "Opsøgende arbejde"], found[..3]);
        Assert.Equal(["Statusrapport 2007", "Statusrapport 2008"], found[3..]);
        Assert.Equal(index.StemOf("hjemløse"), index.StemOf("hjemløshed"));
        // A form no page uses finds the pages of its stem; a shorter stem that begins it does not count.
        Assert.Equal(found, Titles(index.Find("hjemløsheden")));
        Assert.Empty(index.Find("hjemmeside"));
        // 'aa' is 'å' in the index and the query alike.
        Assert.Equal(["Opsøgende arbejde"], Titles(index.Find("Århus")));
        Assert.Equal(["Opsøgende arbejde"], Titles(index.Find("aarhus")));
    }

    [Fact]
    public void A_word_typed_without_Danish_letters_finds_the_pages_that_have_them()
    {
        var index = SearchIndexReader.Read(_site.Output, "da/soeg/");

        var found = Titles(index.Find("hjemløse"));
        Assert.Contains("Opsøgende arbejde", found);
        Assert.Equal(found, Titles(index.Find("hjemlose")));
        Assert.Equal(found, Titles(index.Find("HJEMLOESE")));
        Assert.Equal(["Opsøgende arbejde"], Titles(index.Find("opsogende")));
    }

    [Fact]
    public void A_Danish_compound_finds_its_parts_and_its_parts_find_the_compound()
    {
        var index = SearchIndexReader.Read(_site.Output, "da/soeg/");

        // One page says "stofmisbrugsbehandling" (and "stof"), another "misbrug" and "behandling": the
        // compound's parts are words the site has, so they count for its page, and "misbrugsbehandling", which no
        // page says, is split into them and finds both.
        Assert.Equal(["Alkohol", "Hollandske erfaringer"], Titles(index.Find("behandling")).Order(StringComparer.Ordinal));
        Assert.Equal(["Alkohol", "Hollandske erfaringer"], Titles(index.Find("misbrugsbehandling")).Order(StringComparer.Ordinal));
        Assert.Equal(["Alkohol", "Hollandske erfaringer"], Titles(index.Find("misbrug")).Order(StringComparer.Ordinal));
        // Both parts must match: "boliger" is a word of the site, but no page has it and "behandling".
        Assert.Empty(index.Find("boligbehandling"));
    }

    [Fact]
    public void Each_page_has_its_kind_its_date_and_the_start_of_its_text_for_excerpts()
    {
        var index = SearchIndexReader.Read(_site.Output, "en/search/");
        var id = index.Documents.ToList().FindIndex(d => d.Title == "Outreach");
        var outreach = index.Documents[id];

        Assert.Equal(("Project", "1 February 2007", "2007-02-01"), (outreach.Kind, outreach.Date, outreach.DateTime));
        Assert.StartsWith("Houses for the homeless, and housing first.", index.TextOf(id), StringComparison.Ordinal);
        var report = index.Documents.Single(d => d.Href.EndsWith("/status/2008/", StringComparison.Ordinal));
        Assert.Equal(("Status report", "2008"), (report.Kind, report.Date));
        var danish = SearchIndexReader.Read(_site.Output, "da/soeg/").Documents.Single(d => d.Title == "Hollandske erfaringer");
        Assert.Equal(("Projekt", "2008-03-05"), (danish.Kind, danish.DateTime));
    }

    [Fact]
    public void English_words_meet_at_their_stems_and_every_word_of_a_query_must_match()
    {
        var index = SearchIndexReader.Read(_site.Output, "en/search/");

        // "house" begins "houses" (stem "hous"), which "housing" in a title shares: the title match first.
        Assert.Equal(["Housing", "Outreach"], Titles(index.Find("house")));
        Assert.Equal(["Outreach"], Titles(index.Find("homeless housing")));
        Assert.Empty(index.Find("outreach berlin"));
        // 'aarhus' is no Danish word here: an English page keeps its 'aa'.
        Assert.Null(index.StemOf("århus"));
    }

    [Fact]
    public void Register_editions_status_reports_and_timelines_are_searchable_and_listings_are_not()
    {
        var index = SearchIndexReader.Read(_site.Output, "en/search/");
        var pages = index.Documents.Select(d => d.Href).ToList();

        Assert.Contains("/international/en/networks/register/2007/", pages);
        Assert.Contains("/international/en/status/2008/", pages);
        Assert.Contains("/international/en/activities/2008/", pages);
        Assert.DoesNotContain("/international/en/search/", pages);
        Assert.DoesNotContain("/international/en/404.html", pages);
        Assert.DoesNotContain(pages, p => p.Contains("/cities/", StringComparison.Ordinal) && p.Contains("/projects/", StringComparison.Ordinal));
        // An earlier register edition is found by a network's theme; the 2008 report by a goal's text.
        Assert.Contains("/international/en/networks/register/2007/", index.Find("social inclusion").Select(d => d.Href));
        Assert.Contains("/international/en/status/2008/", index.Find("working group").Select(d => d.Href));
    }

    [Fact]
    public void A_query_loads_only_the_shards_of_its_words()
    {
        var index = SearchIndexReader.Read(_site.Output, "en/search/");
        var shards = Directory.GetFiles(Path.Combine(_site.Output, "en", "search"), "*.json").Length;

        index.Find("homeless housing");

        // The "ho" shard holds both words and their stems; nothing else is read.
        Assert.Equal([SearchWords.ShardName("ho")], index.Loaded.Select(n => n.Split('.')[0]));
        Assert.True(shards > 20, $"{shards} files");
    }

    [Fact]
    public async Task The_same_pages_give_the_same_index_bytes()
    {
        using var again = Create();
        Assert.True((await again.BuildAsync()).Published);
        foreach (var file in Directory.GetFiles(Path.Combine(_site.Output, "da", "soeg"), "*.json"))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(again.Output, "da", "soeg", Path.GetFileName(file))));
        }
    }
}

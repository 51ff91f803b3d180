using ActionPlan.Products.Filters;
using ActionPlan.Products.Register;
using ActionPlan.Products.StatusReports;
using ActionPlan.Products.Timelines;
using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Domain;
using ActionPlan.Model;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Model;

public sealed class SiteModelBuilderTests
{
    private static (Site? Site, IReadOnlyList<Diagnostic> Diagnostics) Load(params (string, string)[] files)
    {
        using var site = TestSite.Create(files);
        var diagnostics = new DiagnosticBag();
        var model = SiteBuilder.LoadSite(site.Root, diagnostics, cancellation: TestContext.Current.CancellationToken);
        return (model, diagnostics.ToSortedList());
    }

    [Fact]
    public void Pages_get_pretty_urls_per_language_with_section_names_and_slugs()
    {
        var (site, diagnostics) = Load(Minimal.Files(
            ("content/projects/familien-i-centrum.en.md", TestSite.Page("Family at the Centre", extraFrontMatter: PlanSite.AsOf)),
            ("content/projects/familien-i-centrum.da.md", TestSite.Page("Familien i Centrum", extraFrontMatter: "slug: familien-i-centrum\n" + PlanSite.AsOf)),
            ("content/projects/aeble.da.md", TestSite.Page("Æble", extraFrontMatter: "slug: æblegrød-på-ø\n" + PlanSite.AsOf))));

        Assert.Empty(diagnostics);
        Assert.Equal(
            ["da/", "da/projekter/", "da/projekter/familien-i-centrum/", "da/projekter/æblegrød-på-ø/", "en/", "en/projects/", "en/projects/familien-i-centrum/"],
            site!.Written.Select(p => p.UrlPath));
        Assert.Equal("da/projekter/æblegrød-på-ø/index.html", site.Written[3].OutputPath);
        Assert.Equal("/international/da/projekter/%C3%A6blegr%C3%B8d-p%C3%A5-%C3%B8/", SiteUrls.Href(site.Config.BasePath, site.Written[3].UrlPath));
    }

    [Fact]
    public void Made_pages_are_pages_of_the_same_graph_with_twins_parents_and_listed_pages()
    {
        // The visit to Berlin only in English: no Danish activity refers to Berlin.
        var (site, diagnostics) = Load(PlanSite.Files().Where(f => f.Path != "content/activities/2008-04-berlin.da.md").ToArray());

        Assert.Empty(diagnostics);
        Assert.Equal(site!.Written.Concat(site.Made), site.Pages);
        Assert.All(site.Made, p => Assert.False(p.IsWritten));
        Assert.All(site.Written, p => Assert.True(p.IsWritten));

        // Twins by key, in either direction, with the same key in every language.
        var edition = site.FindMade(RegisterProduct.Edition, site.In("en"), 2008)!;
        Assert.Equal((PageRole.Made, RegisterProduct.Edition), (edition.Role, edition.Type));
        Assert.Equal("da/networks/register/2008/", site.VersionIn(edition, site.In("da"))!.UrlPath);
        Assert.Equal([site.FindMade(RegisterProduct.Edition, site.In("da"), 2008)!], site.TwinsOf(edition));
        Assert.Equal(2008, edition.Year);

        // Parents: an edition sits under the archive, the archive under the networks section, that under home.
        Assert.Equal(["en/", "en/networks/", "en/networks/register/"], site.AncestorsOf(edition).Select(p => p.UrlPath));
        Assert.Equal(["en/", "en/status/"], site.AncestorsOf(site.FindMade(StatusReportProduct.Report, site.In("en"), 2008)!).Select(p => p.UrlPath));

        // A made page without a twin leads where its parent does, and is not called a twin.
        static Page? Visits(Site site, string code) => site.MadeOf(FilteredListingProduct.Listing, site.In(code)).SingleOrDefault(p => p.Parent!.Section == "activities" && p.Facet!.Id == "berlin");
        var visits = Visits(site, "en")!;
        Assert.Null(Visits(site, "da"));
        Assert.Null(site.VersionIn(visits, site.In("da")));
        Assert.Equal((site.Find("activities/_index", site.In("da")), false), site.Counterpart(visits, site.In("da")));

        // A year's timeline exists in the languages that have activities in it, not as an empty page.
        Assert.NotNull(site.FindMade(TimelineProduct.TimelinePage, site.In("en"), 2008));
        Assert.Null(site.FindMade(TimelineProduct.TimelinePage, site.In("da"), 2008));
        Assert.NotNull(site.FindMade(TimelineProduct.TimelinePage, site.In("da"), 2007));

        // A filtered listing lists the pages that refer to its facet.
        var listing = site.MadeOf(FilteredListingProduct.Listing, site.In("en")).Single(p => p.Parent!.Section == "projects" && p.Facet!.Id == "berlin");
        Assert.Equal((PageRole.Made, FilteredListingProduct.Listing), (listing.Role, listing.Type));
        Assert.Equal(site.FindById(ContentKind.City, "berlin", site.In("en")), listing.Facet);
        Assert.Equal(["Housing"], site.ChildrenOf(listing).Select(p => p.Title));

        // Made pages have no source: asking for one is a mistake that says which page it was.
        var error = Assert.Throws<InvalidOperationException>(() => listing.Source);
        Assert.Contains("/en/projects/cities/berlin/", error.Message, StringComparison.Ordinal);
        Assert.Empty(site.RelatedTo(listing));
    }

    [Fact]
    public void Twins_share_folder_and_name()
    {
        var (site, _) = Load(Minimal.Files(
            ("content/projects/berlin.en.md", TestSite.Page("Berlin")),
            ("content/projects/berlin.da.md", TestSite.Page("Berlin", extraFrontMatter: "slug: berlin-samarbejdet")),
            ("content/projects/only-english.en.md", TestSite.Page("Only English"))));

        var english = site!.Find("projects/berlin", site.In("en"))!;
        var twin = Assert.Single(site.TwinsOf(english));
        Assert.Equal("da/projekter/berlin-samarbejdet/", twin.UrlPath);
        Assert.Empty(site.TwinsOf(site.Find("projects/only-english", site.In("en"))!));

        var (target, isTwin) = site.Counterpart(site.Find("projects/only-english", site.In("en"))!, site.In("da"));
        Assert.False(isTwin);
        Assert.Equal("da/projekter/", target!.UrlPath);
    }

    [Fact]
    public void Sections_list_their_pages_by_weight_then_title_and_breadcrumbs_lead_home()
    {
        var (site, _) = Load(Minimal.Files(
            ("content/projects/b.en.md", TestSite.Page("Beta")),
            ("content/projects/a.en.md", TestSite.Page("Alpha", extraFrontMatter: "weight: 5")),
            ("content/projects/c.en.md", TestSite.Page("Charlie", extraFrontMatter: "weight: -1"))));

        var section = site!.Find("projects/_index", site.In("en"))!;
        Assert.Equal(["Charlie", "Beta", "Alpha"], site.ChildrenOf(section).Select(p => p.Title));
        Assert.Equal(["Projects"], site.ChildrenOf(site.Home(site.In("en"))!).Select(p => p.Title));
        Assert.Equal(["Home", "Projects"], site.AncestorsOf(site.Find("projects/a", site.In("en"))!).Select(p => p.Title));
    }

    [Fact]
    public void Titles_are_ordered_as_each_language_orders_them_with_danish_letters_after_z_and_equal_titles_by_address()
    {
        string[] danish = ["Åby", "Zealand", "Øster", "Ærø", "alfa", "Beta"];
        var (site, _) = Load(Minimal.Files([
            .. danish.Select((title, i) => ($"content/projects/p{i}.da.md", TestSite.Page(title))),
            ("content/projects/_index.da.md", TestSite.Page("Projekter")),
            ("content/projects/z.en.md", TestSite.Page("Same")),
            ("content/projects/y.en.md", TestSite.Page("Same")),
            ("content/projects/x.en.md", TestSite.Page("Æsop")),
            ("content/projects/w.en.md", TestSite.Page("apple")),
            ("content/projects/v.en.md", TestSite.Page("Banana")),
        ]));

        // Ordinal order would put "Beta" before "alfa" and Å first of the three.
        Assert.Equal(["alfa", "Beta", "Zealand", "Ærø", "Øster", "Åby"], site!.ChildrenOf(site.Find("projects/_index", site.In("da"))!).Select(p => p.Title));
        Assert.Equal(["alfa", "Beta", "Zealand", "Ærø", "Øster", "Åby"], site.OfKind(ContentKind.Project, site.In("da")).Select(p => p.Title));
        // English reads Æ as AE; two equal titles keep one order, by address.
        Assert.Equal(["Æsop", "apple", "Banana", "Same", "Same"], site.ChildrenOf(site.Find("projects/_index", site.In("en"))!).Select(p => p.Title));
        Assert.Equal(["en/projects/y/", "en/projects/z/"], site.OfKind(ContentKind.Project, site.In("en")).Where(p => p.Title == "Same").Select(p => p.UrlPath));
    }

    [Fact]
    public void Missing_home_and_section_pages_and_url_clashes_are_errors_naming_the_files()
    {
        var (_, diagnostics) = Load(
            ("content/_index.en.md", TestSite.Page("Home")),
            ("content/networks/eurocities.en.md", TestSite.Page("Eurocities")),
            ("content/networks/eurocities.da.md", TestSite.Page("Eurocities")),
            ("content/networks/other.da.md", TestSite.Page("Anden", extraFrontMatter: "slug: eurocities")),
            ("content/Bad Name.en.md", TestSite.Page("Bad")));

        var lines = diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains("content/_index.da.md: error: the site has pages in Dansk but no home page for them: create this file with a title. [no-home]", lines);
        Assert.Contains("content/networks/_index.en.md: error: the folder networks/ has pages in English but no section page: create this file with a title (it lists the folder's pages). [no-section-page]", lines);
        Assert.Contains(lines, l => l.StartsWith("content/networks/other.da.md:1:1: error: this page and content/networks/eurocities.da.md both want the URL /da/networks/eurocities/", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/Bad Name.en.md:1:1: error: 'Bad Name' cannot be part of a URL", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_without_a_language_is_an_error_that_says_how_to_name_it()
    {
        var (_, diagnostics) = Load(Minimal.Files(("content/projects/notes.md", "---\ntitle: Notes\n---\n")));

        Assert.Equal("content/projects/notes.md: error: the file name must end in the page's language (en, da), e.g. 'notes.en.md'. [file-language]",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void All_content_errors_are_reported_in_one_run()
    {
        var (_, diagnostics) = Load(Minimal.Files(
            ("content/projects/a.en.md", "---\ntitle: A\n---\n[x](missing.md)\n"),
            ("content/projects/b.en.md", "---\nsummary: no title\n---\n"),
            ("content/projects/c.en.md", "---\ntitle: [broken\n---\n")));

        Assert.Equal(["content/projects/a.en.md", "content/projects/b.en.md", "content/projects/c.en.md"],
            diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.File));
    }

    [Fact]
    public void A_body_heading_at_level_one_is_a_warning_because_the_title_is_the_only_h1()
    {
        var (site, diagnostics) = Load(Minimal.Files(("content/projects/a.en.md", "---\ntitle: A\nas_of: 2008\n---\nIntro.\n\n# Second title\n")));

        Assert.NotNull(site);
        Assert.Equal("content/projects/a.en.md:7:1: warning: '# Second title' makes a second main heading: the title is the page's only one. Start headings with '##'. [heading-level]",
            Assert.Single(diagnostics).ToString());
    }
}

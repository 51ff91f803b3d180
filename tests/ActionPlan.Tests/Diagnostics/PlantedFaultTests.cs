using ActionPlan.Build;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Diagnostics;

/// <summary>
/// Faults planted in real sites: every one is reported in one run at its true file:line:col, with its suggestion,
/// and nothing else is; one fault gives one problem (two when planted in both twins).
/// </summary>
public sealed class PlantedFaultTests
{
    /// <summary>The kinds as messages list them: every declared kind, in order.</summary>
    private static readonly string Kinds = string.Join(", ", ActionPlan.Domain.ContentKind.Names);

    private static Task<BuildResult> CheckAsync(TestSite site) =>
        SiteBuilder.BuildAsync(new BuildOptions(site.Root, site.Output) { BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates, CheckOnly = true }, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Nine_faults_planted_at_once_are_each_reported_at_their_line_with_their_suggestion_and_nothing_else()
    {
        using var site = TestSite.Create(PlanSite.Files(
            // 1. An unclosed quote in a title that other pages link to.
            ("content/networks/ecacp.en.md", "---\ntitle: \"European Cities Against Child Poverty\nregister: [2008]\ntheme: Child poverty\ncontact: project-office\n---\nA network.\n"),
            // 2. A tab used for indentation.
            ("content/projects/housing.en.md", "---\ntitle: Housing\ndate: 2008-05-01\nfocus_areas:\n  - fa-01\n\t- fa-02\ncities: [berlin]\n---\n"),
            // 3. A bad value in both twins.
            ("content/activities/2007-11-gdansk.en.md", TestSite.Page("General assembly in Gdansk", "", "type: network-meeting\nwhen: 2007-11\nstatus: igangværende\nnetworks: [eurocities]\n" + PlanSite.AsOf)),
            ("content/activities/2007-11-gdansk.da.md", TestSite.Page("Generalforsamling i Gdansk", "", "type: network-meeting\nwhen: 2007-11\nstatus: igangværende\nnetworks: [eurocities]\n" + PlanSite.AsOf)),
            // 4.-7. A web-address link, a heading typo, a page typo and an image without alt text, one page each.
            ("content/cities/berlin.en.md", TestSite.Page("Berlin", "## Partners\n\nSee [the network](/international/en/networks/ecacp/).\n", "country: Germany\n" + PlanSite.AsOf)),
            ("content/projects/links.en.md", TestSite.Page("Links", "## Målgrupper og æbler {lang=da}\n\nRead [the members](../focus-areas/fa-01.md#målgruper) and [ECACP](../networks/ecacp.md).\n", PlanSite.AsOf)),
            ("content/projects/outreach.en.md", TestSite.Page("Outreach", "Like [housing](housng.md).\n", "date: 2007-02-01\nfocus_areas: [fa-02]\n" + PlanSite.AsOf)),
            ("content/focus-areas/fa-02.en.md", TestSite.Page("2. Visibility", "## Results\n\n![](chart.png)\n", PlanSite.Visibility + "\n" + PlanSite.AsOf)),
            ("content/focus-areas/fa-01.en.md", TestSite.Page("1. Homelessness", "## Målgrupper {lang=da}\n", PlanSite.Homelessness + "\n" + PlanSite.AsOf)),
            ("content/focus-areas/chart.png", TestSite.Png(40, 30)),
            // 8.-9. An image that is not one, and one too large, each shown on a page with its alternative text.
            ("content/projects/images.en.md", TestSite.Page("Images", "![A map](map.png) ![A photo](photo.png)\n", PlanSite.AsOf)),
            ("content/projects/map.png", "not an image"),
            ("content/projects/photo.png", TestSite.Png(900, 700))));

        var built = await site.BuildAsync();
        var checkedOnly = await CheckAsync(site);

        string[] expected =
        [
            "content/activities/2007-11-gdansk.da.md:5:9: error: 'status' must be one of: planned, held, postponed, cancelled — not 'igangværende'. [bad-value]",
            "content/activities/2007-11-gdansk.en.md:5:9: error: 'status' must be one of: planned, held, postponed, cancelled — not 'igangværende'. [bad-value]",
            "content/cities/berlin.en.md:8:5: warning: '/international/en/networks/ecacp/' is this site's web address of content/networks/ecacp.en.md; link to the Markdown file instead, which keeps working when the address changes: '../networks/ecacp.md'. [web-address]",
            "content/focus-areas/fa-02.en.md:17:1: warning: the image 'chart.png' has no alternative text: write what it shows between the brackets, ![like this](chart.png), or mark a purely decorative image with the title \"decorative\": ![](chart.png \"decorative\") (WCAG 1.1.1). [image-alt]",
            "content/networks/ecacp.en.md:2:8: error: the quote \" opened here is never closed: end the value with \". [yaml]",
            "content/projects/housing.en.md:6:1: error: line 6 is indented with a tab; YAML needs spaces: replace the tab with spaces. [yaml]",
            "content/projects/links.en.md:7:6: error: '../focus-areas/fa-01.md#målgruper' points to a heading '#målgruper' that content/focus-areas/fa-01.en.md does not have: did you mean '#målgrupper'? its headings are 'Målgrupper' (#målgrupper). [link]",
            "content/projects/map.png: warning: this file cannot be read as a PNG image, so it is copied as it is, with no smaller copies and no size on the page: save it again as a PNG or JPEG file. [bad-image]",
            "content/projects/outreach.en.md:7:6: error: 'housng.md' does not match a page: there is no content/projects/housng.en.md. Did you mean 'housing.md'? [link]",
            "content/projects/photo.png: warning: this image is 881 KB, more than the 500 KB site.yml allows (images: max_kb): save it smaller, at most 1600 pixels wide, or as a JPEG if it is a photograph. [image-size]",
        ];
        Assert.Equal(expected, built.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(expected, checkedOnly.Diagnostics.Select(d => d.ToString()));
        Assert.Equal((1, 1), (built.ExitCode, checkedOnly.ExitCode));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task A_short_title_too_long_a_name_and_a_day_the_build_refuses_planted_at_once_are_each_reported_and_a_danish_name_is_not()
    {
        using var site = TestSite.Create(PlanSite.Files(
            // 1. A short title longer than the navigation and the chart have room for.
            ("content/projects/housing.en.md", TestSite.Page("Housing", "", "short_title: Housing for people without any home\ndate: 2008-05-01\nfocus_areas: [fa-01]\ncities: [berlin]\n" + PlanSite.AsOf)),
            // 2. A slug with a capital letter, in the Danish twin of a page.
            ("content/projects/outreach.da.md", TestSite.Page("Opsøgende arbejde", "", "slug: Opsøgende\ndate: 2007-02-01\nfocus_areas: [fa-02]\n" + PlanSite.AsOf)),
            // 3. A day before the years the build reads.
            ("content/projects/outreach.en.md", TestSite.Page("Outreach", "", "date: 0999-02-01\nfocus_areas: [fa-02]\n" + PlanSite.AsOf)),
            // Not a fault: a Danish name with æ and ø, and a short title, linked from another page.
            ("content/projects/aeble.da.md", TestSite.Page("Æblegrød", "", "slug: æblegrød\nshort_title: Æblegrød\n" + PlanSite.AsOf)),
            ("content/projects/aeble.en.md", TestSite.Page("Apple porridge", "See [the Danish page](aeble.da.md).\n", "short_title: Porridge\n" + PlanSite.AsOf))));

        var built = await site.BuildAsync();
        var checkedOnly = await CheckAsync(site);

        string[] expected =
        [
            "content/projects/housing.en.md:3:14: error: 'short_title' has 35 characters; shorten it to 30 or fewer: it names the page where space is short (the main navigation, breadcrumbs, a chart's labels). [bad-value]",
            "content/projects/outreach.da.md:3:7: error: slug 'Opsøgende' may use only lower-case letters, digits and single '-' between them, e.g. 'familien-i-centrum'. [bad-slug]",
            "content/projects/outreach.en.md:3:7: error: 'date' must be a date written as YYYY-MM-DD (for example 2008-03-03), not '0999-02-01'. [bad-date]",
        ];
        Assert.Equal(expected, built.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(expected, checkedOnly.Diagnostics.Select(d => d.ToString()));
        Assert.Equal((1, 1), (built.ExitCode, checkedOnly.ExitCode));
    }

    public static TheoryData<string, string, string> OneFault() => new()
    {
        // A title that cannot be read: links to the page, its twin and references to it stay quiet.
        { "content/networks/eurocities.en.md", "---\ntitle: 'Eurocities\ntheme: Social inclusion\ncontact: project-office\nregister: [2007, 2008]\n---\n",
            "content/networks/eurocities.en.md:2:8: error: the quote ' opened here is never closed: end the value with '. [yaml]" },
        // A bad value: one error, no "twins must be the same kind", no twin-facts.
        { "content/activities/2007-11-gdansk.da.md", TestSite.Page("Generalforsamling i Gdansk", "", "type: network-meeting\nwhen: 2007-11\nstatus: igangværende\nnetworks: [eurocities]\n" + PlanSite.AsOf),
            "content/activities/2007-11-gdansk.da.md:5:9: error: 'status' must be one of: planned, held, postponed, cancelled — not 'igangværende'. [bad-value]" },
        { "content/projects/housing.da.md", TestSite.Page("Boliger", "", "date: 2009-01-01\nstarted: sidste år\nfocus_areas: [fa-01]\ncities: [berlin]\n" + PlanSite.AsOf),
            "content/projects/housing.da.md:4:10: error: 'started' must be a year (2007), a month (2007-11) or a day (2007-11-05), not 'sidste år'. [bad-date]" },
        // A required field left out in one twin.
        { "content/activities/2007-11-gdansk.da.md", TestSite.Page("Generalforsamling i Gdansk", "", "type: network-meeting\nstatus: held\nnetworks: [eurocities]\n" + PlanSite.AsOf),
            "content/activities/2007-11-gdansk.da.md:2:1: error: 'when' is required: add a line 'when: ...'. [missing-field]" },
        // An unknown kind in one twin: no kind mismatch on top.
        { "content/cities/berlin.da.md", TestSite.Page("Berlin", "", "kind: by\ncountry: Tyskland"),
            $"content/cities/berlin.da.md:3:7: error: 'kind' must be one of: {Kinds} — not 'by'. [bad-value]" },
        // A reference to no page in one twin: no twin-facts about the same field.
        { "content/projects/outreach.da.md", TestSite.Page("Opsøgende arbejde", "", "date: 2007-02-01\nfocus_areas: [fa-2]\n" + PlanSite.AsOf),
            "content/projects/outreach.da.md:4:15: error: 'focus_areas' names 'fa-2', but there is no focus-area with that id (a file content/focus-areas/fa-2.<lang>.md). Did you mean 'fa-02'? [reference]" },
        // A goal's assessment with a bad year in one twin.
        { "content/focus-areas/fa-02.da.md", TestSite.Page("2. Synlighed", "", PlanSite.Visibility.Replace("year: 2008", "year: 08", StringComparison.Ordinal) + "\n" + PlanSite.AsOf),
            "content/focus-areas/fa-02.da.md:11:17: error: 'year' must be a whole number from 1900 to 2999, not '08'. [bad-value]" },
        // A goal's status without a source in one twin: the twin that cites one is not blamed for it.
        { "content/focus-areas/fa-02.da.md", TestSite.Page("2. Synlighed", "", PlanSite.Visibility.Replace(", sources: [status-2008] }", " }", StringComparison.Ordinal) + "\n" + PlanSite.AsOf),
            "content/focus-areas/fa-02.da.md:11:9: error: the 2008 assessment of goal '1' cites no source; every status must name the document that gives it: add 'sources: [<publication id>]' to it, e.g. sources: [{ id: status-2008, at: annex 1 }]. [source-required]" },
        // A measure in one twin that names no site language: that error only, no twin-facts for the measure it lacks.
        { "content/focus-areas/fa-02.da.md", TestSite.Page("2. Synlighed", "", PlanSite.Visibility.Replace("text: Two projects in English a year\n", "text: Two projects in English a year\n    measure: { count: project, language: sv, from: 2007 }\n", StringComparison.Ordinal) + "\n" + PlanSite.AsOf),
            "content/focus-areas/fa-02.da.md:10:42: error: 'language' must be one of the site's languages: en, da — not 'sv'. [bad-value]" },
        // A publication dated outside its year in one twin.
        { "content/publications/status-2008.da.md", TestSite.Page("Status 2008", "", "year: 2008\nissued: 2009-01-10"),
            "content/publications/status-2008.da.md:4:9: error: 'issued' (2009-01-10) must fall in the publication's 'year' (2008): correct one of them. [bad-value]" },
        // An alias on the address of a page the build makes: the advice is about the alias, not the page's slug.
        { "content/projects/housing.en.md", TestSite.Page("Housing", "", "date: 2008-05-01\nfocus_areas: [fa-01]\ncities: [berlin]\naliases: [en/status/2008/]\n" + PlanSite.AsOf),
            "content/projects/housing.en.md:6:1: error: alias 'en/status/2008/' is the URL /en/status/2008/, which the build needs for a page it makes (status/2008); change or remove the alias. [url-clash]" },
        // Front matter that never ends: the page's headings are unknown, so a link to one of them is not judged.
        { "content/projects/target.da.md", "---\ntitle: Mål\n\n## Members\n",
            "content/projects/target.da.md:1:1: error: the front matter that starts on line 1 never ends: add a line '---' after it. [no-front-matter]" },
        // A file without front matter still exists for the links to it.
        { "content/networks/ecacp.da.md", "Netværket mod børnefattigdom.\n",
            "content/networks/ecacp.da.md:1:1: error: the file must start with front matter: a line '---', then 'title: ...', then another '---'. [no-front-matter]" },
    };

    [Fact]
    public async Task The_checks_of_sources_dates_measures_and_addresses_each_report_their_planted_fault_in_one_run_and_nothing_else()
    {
        using var site = TestSite.Create(PlanSite.WithWebGoal(
            // An assessment without its source.
            ("content/focus-areas/fa-01.da.md", TestSite.Page("1. Hjemløse", "", PlanSite.Homelessness.Replace("{ year: 2007, status: in-progress, sources: [status-2008] }", "{ year: 2007, status: in-progress }", StringComparison.Ordinal) + "\n" + PlanSite.AsOf)),
            // A focus area whose plan is a publication without a period, in both languages.
            ("content/focus-areas/fa-02.en.md", TestSite.Page("2. Visibility", "", PlanSite.Visibility.Replace("plan: action-plan", "plan: status-2008", StringComparison.Ordinal) + "\n" + PlanSite.AsOf)),
            ("content/focus-areas/fa-02.da.md", TestSite.Page("2. Synlighed", "", PlanSite.Visibility.Replace("plan: action-plan", "plan: status-2008", StringComparison.Ordinal) + "\n" + PlanSite.AsOf)),
            // A project the web goal would count, with no date and no git history to date it: no error, its year is unknown.
            ("content/projects/undated.en.md", TestSite.Page("Undated", "", PlanSite.AsOf)),
            // A publication dated outside its year.
            ("content/publications/status-2008.da.md", TestSite.Page("Status for det internationale arbejde 2008", "", "year: 2008\nissued: 2009-01-10")),
            // An alias on the address of a status report.
            ("content/cities/berlin.en.md", TestSite.Page("Berlin", "", "country: Germany\naliases: [en/status/2008/]\n" + PlanSite.AsOf)),
            // A file of the site's over a page.
            ("static/da/index.html", "<!doctype html><title>x</title>")));

        var result = await site.BuildAsync();

        Assert.Equal(
            [
                "content/cities/berlin.en.md:4:1: error: alias 'en/status/2008/' is the URL /en/status/2008/, which the build needs for a page it makes (status/2008); change or remove the alias. [url-clash]",
                "content/focus-areas/fa-01.da.md:11:9: error: the 2007 assessment of goal '1' cites no source; every status must name the document that gives it: add 'sources: [<publication id>]' to it, e.g. sources: [{ id: status-2008, at: annex 1 }]. [source-required]",
                "content/focus-areas/fa-02.da.md:12:7: error: 'status-2008' is not an action plan: its publication page has no 'period:'. Add the years it covers to content/publications/status-2008.*.md (period: 2007-2009), or name the plan this focus area belongs to. [plan-period]",
                "content/focus-areas/fa-02.en.md:12:7: error: 'status-2008' is not an action plan: its publication page has no 'period:'. Add the years it covers to content/publications/status-2008.*.md (period: 2007-2009), or name the plan this focus area belongs to. [plan-period]",
                "content/publications/status-2008.da.md:4:9: error: 'issued' (2009-01-10) must fall in the publication's 'year' (2008): correct one of them. [bad-value]",
                "static/da/index.html: error: this file would be written over the page at /da/index.html (content/_index.da.md); rename or remove the file. [file-clash]",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task Every_kind_of_address_clash_is_reported_once_at_what_has_to_change_in_one_run_and_nothing_else()
    {
        using var site = TestSite.Create(PlanSite.Files(
            // An alias on the root language choice, and one a file of static/ also takes.
            ("content/cities/berlin.en.md", TestSite.Page("Berlin", "", "country: Germany\naliases: [index.html, gone/]\n" + PlanSite.AsOf)),
            ("static/gone/index.html", "<!doctype html><title>x</title>"),
            // Two aliases written as different addresses that are the same file.
            ("content/projects/housing.en.md", TestSite.Page("Housing", "", "date: 2008-05-01\nfocus_areas: [fa-01]\ncities: [berlin]\naliases: [old/]\n" + PlanSite.AsOf)),
            ("content/projects/outreach.en.md", TestSite.Page("Outreach", "", "date: 2007-02-01\nfocus_areas: [fa-02]\naliases: [old/index.html]\n" + PlanSite.AsOf)),
            // A file of the site's over a page the build makes, and over one of the build's own files.
            ("static/en/search/index.html", "<!doctype html><title>x</title>"),
            ("static/robots.txt", "User-agent: *"),
            // A file of the theme's over a section page.
            ("themes/default/static/en/projects/index.html", "<!doctype html><title>x</title>")));

        var result = await site.BuildAsync();

        Assert.Equal(
            [
                "content/cities/berlin.en.md:4:1: error: alias 'index.html' is /index.html, a file the build writes itself; change or remove the alias. [alias-clash]",
                "content/projects/outreach.en.md:5:1: error: alias 'old/index.html' is already the address or an alias of content/projects/housing.en.md; an address can lead to one page only. [alias-clash]",
                "static/en/search/index.html: error: this file would be written over a page the build makes at /en/search/index.html (search); rename or remove the file. [file-clash]",
                "static/gone/index.html: error: this file would be written at /gone/index.html, the alias 'gone/' of content/cities/berlin.en.md; rename the file or change the alias. [file-clash]",
                "static/robots.txt: error: the build writes /robots.txt itself; remove this file (to change what is written there, override the theme's layout for it). [file-clash]",
                "themes/default/static/en/projects/index.html: error: this file would be written over the page at /en/projects/index.html (content/projects/_index.en.md); rename or remove the file. [file-clash]",
            ],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.False(result.Published);
    }

    [Fact]
    public async Task A_file_over_a_page_is_reported_together_with_the_contents_other_errors()
    {
        using var site = TestSite.Create(PlanSite.Files(
            ("static/en/index.html", "<!doctype html><title>x</title>"),
            ("content/projects/outreach.da.md", TestSite.Page("Opsøgende arbejde", "", "date: 2007-02-01\nfocus_areas: [fa-2]\n" + PlanSite.AsOf))));

        var result = await site.BuildAsync();

        Assert.Equal(
            [
                "content/projects/outreach.da.md:4:15: error: 'focus_areas' names 'fa-2', but there is no focus-area with that id (a file content/focus-areas/fa-2.<lang>.md). Did you mean 'fa-02'? [reference]",
                "static/en/index.html: error: this file would be written over the page at /en/index.html (content/_index.en.md); rename or remove the file. [file-clash]",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [MemberData(nameof(OneFault))]
    public async Task One_planted_fault_gives_exactly_one_problem(string path, string text, string expected)
    {
        using var site = TestSite.Create(PlanSite.Files(
            ("content/projects/links.en.md", TestSite.Page("Links", "[Eurocities](../networks/eurocities.md), [ECACP](../networks/ecacp.da.md), [Gdansk](../activities/2007-11-gdansk.md)\n", PlanSite.AsOf)),
            ("content/projects/links.da.md", TestSite.Page("Links", "[Target](target.md#members)\n", PlanSite.AsOf)),
            ("content/projects/target.en.md", TestSite.Page("Target", "## Members\n", PlanSite.AsOf)),
            ("content/projects/target.da.md", TestSite.Page("Mål", "## Members {lang=en}\n", PlanSite.AsOf))));
        Assert.True((await site.BuildAsync()).Published);
        site.Write(path, text);

        var result = await site.BuildAsync();

        Assert.Equal([expected], result.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(150, 7)]
    [InlineData(150, 23)]
    // The site of 2×2,000 pages takes seconds to build in Debug: run with the other explicit tests (.ci/run), not by every dotnet test.
    [InlineData(2000, 40, Explicit = true, Traits = ["Category", "Large"])]
    public async Task A_generated_site_with_K_links_to_missing_pages_and_K_to_missing_headings_reports_all_2K_in_one_run(int pagesPerLanguage, int k)
    {
        var corpus = FaultyCorpus.Generate(pagesPerLanguage, k, seed: pagesPerLanguage * 31 + k);
        using var site = TestSite.Create([.. corpus.Files]);

        var built = await site.BuildAsync();
        var checkedOnly = await CheckAsync(site);

        var expected = corpus.Expected.Order(StringComparer.Ordinal);
        Assert.Equal(expected, built.Diagnostics.Select(d => $"{d.Location}: {d.Code}").Order(StringComparer.Ordinal));
        Assert.Equal(expected, checkedOnly.Diagnostics.Select(d => $"{d.Location}: {d.Code}").Order(StringComparer.Ordinal));
        Assert.Equal(2 * k, built.ErrorCount);
    }
}

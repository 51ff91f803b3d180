using System.Text.RegularExpressions;
using ActionPlan.Build;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using YamlDotNet.RepresentationModel;

using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Build;

/// <summary>Builds the repository's own site (site.yml and content/ at the top) once, as CI does, and checks what partners will read.</summary>
[Collection(RealSiteCollection.Name)]
public sealed partial class RealSiteTests(RealSiteTests.Built built)
{
    /// <summary>
    /// The real site, built once in this process for the classes that only read its output (or compare with it),
    /// without its PDFs: the tests of those start Chromium and print them (<see cref="Printing.StatusPdfTests"/>).
    /// </summary>
    public sealed class Built() : RealSiteBuild(printPdfs: false)
    {
        public override async ValueTask InitializeAsync() => await BuildAsync();
    }

    private readonly string _output = built.Output;
    private readonly BuildResult? _result = built.Result;

    private IHtmlDocument Read(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_output, path)));

    [Fact]
    public void The_real_site_builds_in_both_languages_without_errors_or_warnings_and_shows_no_personal_contact_details()
    {
        Assert.Empty(_result!.Diagnostics);
        Assert.True(_result.Published);
        var english = Directory.EnumerateFiles(Path.Combine(_output, "en"), "index.html", SearchOption.AllDirectories).Count();
        var danish = Directory.EnumerateFiles(Path.Combine(_output, "da"), "index.html", SearchOption.AllDirectories).Count();
        Assert.True(english >= 100, $"only {english} English pages");
        Assert.Equal(english, danish);

        foreach (var file in Directory.EnumerateFiles(_output, "*.html", SearchOption.AllDirectories))
        {
            var text = new HtmlParser().ParseDocument(File.ReadAllText(file)).Body!.TextContent;
            Assert.False(Email().IsMatch(text), $"{file} shows an e-mail address: {Email().Match(text).Value}");
            // The one number allowed is the municipality's own, printed on its 2021 letterhead, on the contact pages.
            var contactPage = file.Contains(Path.Combine("about", "contact"), StringComparison.Ordinal) || file.Contains(Path.Combine("om", "kontakt"), StringComparison.Ordinal);
            foreach (Match phone in Phone().Matches(text))
            {
                Assert.True(contactPage && phone.Groups[2].Value == MunicipalityNumber && phone.Groups[1].Value is "" or "+45 ", $"{file} shows a phone number: {phone.Value}");
            }
        }
    }

    [Fact]
    public void The_real_sites_text_reads_plainly_in_both_languages_as_issue_27_sets_it()
    {
        // Danish LIX at most 45 over the whole site; in each language at most 5 % of sentences over 25 words, none over 40.
        var languages = _result!.Writing.Languages.ToDictionary(l => l.Language, l => l.Figures);
        Assert.Equal(["da", "en"], languages.Keys.Order(StringComparer.Ordinal));
        Assert.True(languages["da"].Lix <= 45, $"Danish LIX {languages["da"].Lix:0.0}");
        foreach (var (language, figures) in languages)
        {
            Assert.True(figures.PercentOverLimit <= 5, $"{language}: {figures.PercentOverLimit:0.0} % of sentences over 25 words");
            Assert.True(figures.LongestWords <= 40, $"{language}: a sentence of {figures.LongestWords} words in {figures.LongestFile}");
        }
    }

    [Fact]
    public void The_contact_and_visits_pages_give_the_municipalitys_own_channels_labelled_as_its_own_and_dated()
    {
        foreach (var (contact, visits, heading) in new[] { ("en/about/contact", "en/about/visits", "municipality’s own contact channels"), ("da/om/kontakt", "da/om/besoeg", "Kommunens egne kontaktveje") })
        {
            var page = Read($"{contact}/index.html");
            var section = page.QuerySelectorAll("main h2").Single(h => h.TextContent.Contains(heading, StringComparison.Ordinal));
            var list = section.NextElementSibling!.NextElementSibling!;
            Assert.Equal("UL", list.TagName);
            Assert.Contains(list.QuerySelectorAll("a"), a => a.GetAttribute("href") == "tel:+4533663366");
            Assert.Contains(list.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://www.kk.dk/");
            Assert.Contains("2021", list.NextElementSibling!.TextContent, StringComparison.Ordinal);
            // The visits page sends a reader who wants to visit to those channels.
            Assert.Contains(Read($"{visits}/index.html").QuerySelectorAll("main a"), a => a.GetAttribute("href")!.EndsWith($"#{section.Id}", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("en", "focus-areas", "contacts/project-office/")]
    [InlineData("da", "fokusomraader", "kontakter/projektkontoret/")]
    public void Each_focus_area_says_in_its_own_words_what_it_is_about_and_the_project_office_names_each_source_once(string language, string focusAreas, string projectOffice)
    {
        // The listing shows each focus area's summary: twelve different ones, none that only names the area's number.
        var summaries = Read($"{language}/{focusAreas}/index.html").QuerySelectorAll("main .listing li p:not(.listing__meta)").Select(p => p.TextContent).ToList();
        Assert.Equal(12, summaries.Count);
        Assert.Equal(12, summaries.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(summaries, s => s.Contains(language == "en" ? "Focus area" : "Fokusområde", StringComparison.Ordinal));

        var sources = Read($"{language}/{projectOffice}index.html").QuerySelectorAll(".sources li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(2, sources.Count);
        Assert.Equal(sources.Distinct().Count(), sources.Count);
    }

    [Theory]
    [InlineData("en", "activities")]
    [InlineData("da", "aktiviteter")]
    public void The_real_sites_feeds_are_valid_atom_listing_every_activity_presentation_publication_and_status_report_with_its_date(string language, string activities)
    {
        var feed = AtomFeed.Read(Path.Combine(_output, language, "feed.xml"));
        var terms = feed.Entries.GroupBy(e => e.Element(AtomFeed.Atom + "category")!.Attribute("term")!.Value).ToDictionary(g => g.Key, g => g.Count());
        int Written(string folder) => Directory.EnumerateFiles(Path.Combine(RealSite.Folder, "content", folder), $"*.{language}.md").Count(f => !Path.GetFileName(f).StartsWith('_'));

        Assert.Empty(feed.Problems());
        Assert.Equal(Written("activities"), terms["activity"]);
        Assert.Equal(Written("presentations"), terms["presentation"]);
        Assert.Equal(Written("publications"), terms["publication"]);
        Assert.Equal(1, terms["status-report"]);
        Assert.Equal(2, terms["register-edition"]);
        var stamps = feed.Entries.Select(e => AtomFeed.Stamp(AtomFeed.Text(e, "updated")!)).ToList();
        Assert.Equal(stamps.OrderDescending(), stamps);
        Assert.Equal(stamps.Max(), AtomFeed.Stamp(AtomFeed.Text(feed.Root, "updated")!));
        // An activity known to the month is stamped on the month's first day and named by its month in its title.
        var gdansk = feed.Entries.Single(e => AtomFeed.Text(e, "id")!.EndsWith($"/{activities}/2007-11-agm-gdansk/", StringComparison.Ordinal));
        Assert.Equal("2007-11-01T00:00:00Z", AtomFeed.Text(gdansk, "updated"));
        Assert.EndsWith(language == "en" ? "(November 2007)" : "(november 2007)", AtomFeed.Text(gdansk, "title"), StringComparison.Ordinal);
        Assert.NotNull(Read($"{language}/index.html").QuerySelector($"footer a[href='/international/{language}/feed.xml']"));
    }

    [Fact]
    public void The_real_site_shows_the_12_focus_areas_registers_timelines_partner_cities_and_a_report_for_the_year_assessed_only()
    {
        foreach (var language in new[] { "en", "da" })
        {
            var networks = language == "en" ? "networks" : "netvaerk";
            var activities = language == "en" ? "activities" : "aktiviteter";
            var focusAreas = language == "en" ? "focus-areas" : "fokusomraader";
            Assert.Equal(12, Read($"{language}/{focusAreas}/index.html").QuerySelectorAll("main .listing li").Length);
            foreach (var year in new[] { 2007, 2008 })
            {
                // The 2007 register is annex 2 of the action plan (five networks). The 2008 edition keeps the four that 2008 or a later
                // document still names (the Nordic big-city conference in 2021) and leaves out the Pompidou group, which none names.
                Assert.Equal(year == 2007 ? 5 : 4, Read($"{language}/{networks}/register/{year}/index.html").QuerySelectorAll("table.register tbody tr").Length);
                Assert.NotEmpty(Read($"{language}/{activities}/{year}/index.html").QuerySelectorAll("table.timeline tbody tr"));
            }

            // Goals were assessed in 2008 only (no status was made for 2007): one report, none invented for 2007.
            Assert.NotNull(Read($"{language}/status/2008/index.html").QuerySelector("table.figures"));
            Assert.False(File.Exists(Path.Combine(_output, language, "status", "2007", "index.html")));

            Assert.Equal(2, Read($"{language}/{networks}/register/index.html").QuerySelectorAll("main .years")[0].QuerySelectorAll("a").Length);
        }

        var berlin = Read("en/cities/berlin/index.html");
        Assert.Contains("Cooperation with Berlin", berlin.QuerySelector(".related")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ResursUtbyte", Read("en/cities/stockholm/index.html").Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sitemap_lists_every_page_with_reciprocal_alternates()
    {
        var urls = Support.SitemapReader.Read(Path.Combine(_output, "sitemap.xml"));
        // Pure redirects (/was/ and the aliases of renamed pages) are not pages of their own; the root language choice is.
        var pages = Directory.EnumerateFiles(_output, "index.html", SearchOption.AllDirectories)
            .Count(f => Path.GetDirectoryName(f) == _output.TrimEnd(Path.DirectorySeparatorChar) || !File.ReadAllText(f).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal));

        Assert.Equal(pages, urls.Count);
        Assert.Empty(Support.SitemapReader.Problems(urls));
    }

    [Fact]
    public void Every_page_keeps_within_60_kb_of_html_css_and_js_and_asks_no_other_host_for_anything()
    {
        const int budget = 60 * 1024;
        var origin = "https://example.org";
        foreach (var file in Directory.EnumerateFiles(_output, "*.html", SearchOption.AllDirectories))
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(file));
            var resources = page.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .ToList();
            var size = new FileInfo(file).Length + resources.Sum(r => new FileInfo(Path.Combine(_output, r["/international/".Length..])).Length);
            Assert.True(size <= budget, $"{file} weighs {size} bytes with its CSS and JS");

            var fetched = page.QuerySelectorAll("img[src], script[src], iframe[src], video[src], audio[src], source[src], embed[src], object[data], link[href]:not([rel=canonical]):not([rel=alternate])")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("data") ?? e.GetAttribute("href")!);
            foreach (var address in fetched)
            {
                Assert.False(address.StartsWith("//", StringComparison.Ordinal) || (address.Contains("://", StringComparison.Ordinal) && !address.StartsWith(origin, StringComparison.Ordinal)),
                    $"{file} loads {address} from another host");
            }
        }

        // Nothing is kept in a reader's browser but the language they picked with the switch, a setting they asked for
        // (which the ePrivacy rules allow without consent): no cookies, and local storage for that one key only.
        var scripts = Directory.EnumerateFiles(_output, "*.js", SearchOption.AllDirectories).Select(File.ReadAllText)
            .Concat(new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_output, "index.html"))).QuerySelectorAll("script:not([src])").Select(e => e.TextContent))
            .ToList();
        foreach (var code in scripts)
        {
            Assert.DoesNotContain("cookie", code, StringComparison.OrdinalIgnoreCase);
            var uses = StorageUse().Matches(code);
            Assert.Equal(Regex.Count(code, "localStorage"), uses.Count);
            Assert.All(uses, use => Assert.Equal("\"actionplan-language\"", use.Groups[1].Value));
        }

        Assert.Contains(scripts, code => code.Contains("localStorage.setItem(\"actionplan-language\"", StringComparison.Ordinal));
    }

    /// <summary>
    /// Recomputes each status report's figures straight from the content files, with YamlDotNet and none of
    /// ActionPlan's own code, and compares them with the figures on the report pages in both languages.
    /// </summary>
    [Theory]
    [InlineData(2008)]
    public void Each_status_report_shows_the_figures_recomputed_from_the_content(int year)
    {
        var content = Path.Combine(RealSite.Folder, "content");
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        var goals = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(content, "focus-areas"), "fa-*.en.md"))
        {
            foreach (YamlMappingNode goal in (YamlSequenceNode)FrontMatter(file)["goals"])
            {
                goals++;
                var assessed = ((YamlSequenceNode)goal["assessments"]).Cast<YamlMappingNode>()
                    .Where(a => int.Parse(a["year"].ToString(), System.Globalization.CultureInfo.InvariantCulture) <= year)
                    .OrderBy(a => int.Parse(a["year"].ToString(), System.Globalization.CultureInfo.InvariantCulture))
                    .LastOrDefault();
                var status = assessed?["status"].ToString() ?? "none";
                expected[status] = expected.GetValueOrDefault(status) + 1;
            }
        }

        var activities = Directory.EnumerateFiles(Path.Combine(content, "activities"), "*.en.md")
            .Count(f => !f.EndsWith("_index.en.md", StringComparison.Ordinal) && FrontMatter(f)["when"].ToString().StartsWith($"{year}", StringComparison.Ordinal));
        var networks = Directory.EnumerateFiles(Path.Combine(content, "networks"), "*.en.md")
            .Count(f => !f.EndsWith("_index.en.md", StringComparison.Ordinal) && ((YamlSequenceNode)FrontMatter(f)["register"]).Any(y => y.ToString() == $"{year}"));
        var counted = PublishedYears("projects").Where(y => y == year).Count();
        var recorded = year >= FirstYearInGit("content");

        foreach (var language in new[] { "en", "da" })
        {
            var page = Read($"{language}/status/{year}/index.html");
            var totals = page.QuerySelectorAll("table.figures tfoot td").ToDictionary(t => t.GetAttribute("data-status")!, t => int.Parse(t.TextContent, System.Globalization.CultureInfo.InvariantCulture));
            foreach (var status in new[] { "achieved", "in-progress", "not-achieved", "postponed", "dropped", "none" })
            {
                Assert.Equal(expected.GetValueOrDefault(status), totals[status]);
            }

            Assert.Equal(goals, totals["total"]);
            Assert.Equal(activities, page.QuerySelectorAll("table.timeline tbody tr").Length);
            Assert.Equal(networks, page.QuerySelectorAll("table.register tbody tr").Length);
            var web = page.QuerySelector(".measured-goal[data-goal='11-3']")!;
            Assert.Equal(recorded ? "true" : "false", web.GetAttribute("data-recorded"));
            if (recorded)
            {
                Assert.Equal(counted, web.QuerySelectorAll("li").Length);
                Assert.Equal(counted >= 2 ? "true" : "false", web.QuerySelector("[data-met]")!.GetAttribute("data-met"));
            }
            var rowsTotal = page.QuerySelectorAll("table.figures tbody td[data-status=total]").Sum(t => int.Parse(t.TextContent, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(goals, rowsTotal);
        }
    }

    [Fact]
    public void Every_focus_area_network_activity_city_and_presentation_shows_its_sources_in_both_languages_as_site_yml_requires()
    {
        Assert.Contains("sources_required: [focus-area, network, activity, city, presentation]", File.ReadAllText(Path.Combine(RealSite.Folder, "site.yml")), StringComparison.Ordinal);
        foreach (var (section, en, da) in new[] { ("focus-areas", "focus-areas", "fokusomraader"), ("networks", "networks", "netvaerk"), ("activities", "activities", "aktiviteter"), ("cities", "cities", "byer"), ("presentations", "presentations", "praesentationer") })
        {
            var pages = Directory.EnumerateFiles(Path.Combine(RealSite.Folder, "content", section), "*.en.md").Count(f => !f.EndsWith("_index.en.md", StringComparison.Ordinal));
            foreach (var (language, folder) in new[] { ("en", en), ("da", da) })
            {
                var shown = Directory.EnumerateDirectories(Path.Combine(_output, language, folder))
                    .Select(d => Path.Combine(d, "index.html")).Where(File.Exists)
                    .Select(f => new HtmlParser().ParseDocument(File.ReadAllText(f)))
                    .Where(d => d.QuerySelector("main article") is not null && d.QuerySelector(".listing") is null)
                    .ToList();
                Assert.Equal(pages, shown.Count);
                Assert.All(shown, d => Assert.NotEmpty(d.QuerySelectorAll(".sources li a[href*='/publications/'], .sources li a[href*='/publikationer/']")));
            }
        }
    }

    [Fact]
    public void No_page_names_a_document_twice_and_every_pointer_to_a_source_list_finds_its_item()
    {
        var pages = Directory.EnumerateFiles(_output, "index.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var pointers = 0;
        foreach (var file in pages)
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(file));
            var documents = page.QuerySelectorAll("main article a[href*='/publications/'], main article a[href*='/publikationer/']")
                .Where(a => a.Closest(".prose") is null || a.Closest(".sources, .related") is not null)
                .Select(a => a.GetAttribute("href")!).ToList();
            Assert.True(documents.Distinct().Count() == documents.Count, $"{Path.GetRelativePath(_output, file)} names a document twice: {string.Join(", ", documents)}");
            foreach (var pointer in page.QuerySelectorAll("main a[href^='#source-']"))
            {
                var item = page.GetElementById(pointer.GetAttribute("href")![1..]);
                Assert.True(item is { LocalName: "li" } && item.Closest(".sources") is not null, $"{Path.GetRelativePath(_output, file)}: {pointer.OuterHtml} finds no item of the source list");
                pointers++;
            }
        }

        // The 2008 report's 18 goals in each language, and the history notes of what has ended.
        Assert.True(pointers >= 36, $"only {pointers} pointers to source lists");
    }

    /// <summary>
    /// The web goals, recounted with git itself file by file (the build reads the history in one pass): each English
    /// page of a section counts in the year of its 'date', else of the first commit that added it, followed through
    /// renames; but only over the plan's years (2007-2009). Every page the site holds is in its own record, apart.
    /// </summary>
    [Theory]
    [InlineData("fokusomraader/11-international-synlighed", "3", "projects", "da")]
    [InlineData("focus-areas/11-international-visibility", "3", "projects", "en")]
    [InlineData("focus-areas/12-information-on-the-internet", "1", "best-practice", "en")]
    public void The_web_goals_are_counted_over_the_plans_years_only_and_the_sites_own_record_is_shown_apart(string focusArea, string goal, string section, string language)
    {
        var published = PublishedYears(section).ToList();
        var years = published.GroupBy(y => y).ToDictionary(g => g.Key, g => g.Count());
        var start = FirstYearInGit("content");
        var page = Read($"{language}/{focusArea}/index.html");
        var rows = page.QuerySelectorAll($"table.measured[data-goal='{goal}'] tbody tr").ToList();

        Assert.Equal("2007", rows[0].QuerySelector("th")!.TextContent[..4]);
        Assert.EndsWith("2009", rows[^1].QuerySelector("th")!.TextContent, StringComparison.Ordinal);
        foreach (var row in rows)
        {
            var year = int.Parse(row.GetAttribute("data-year")!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(year, 2007, 2009);
            if (row.GetAttribute("data-recorded") == "false")
            {
                Assert.True(year < start && !years.ContainsKey(year), $"{year} is said to be off the record");
                continue;
            }

            Assert.Equal(years.GetValueOrDefault(year), int.Parse(row.QuerySelector("[data-count]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(published.Count(y => y is >= 2007 and <= 2009), rows.Sum(r => r.QuerySelectorAll("a").Length));
        var own = page.QuerySelector($"p.own-record[data-goal='{goal}']")!.TextContent;
        Assert.Contains($": {published.Count}.", own, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", years.Keys.Order()), own, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll($"table.measured[data-goal='{goal}'] td[data-met]"), td => int.Parse(td.ParentElement!.GetAttribute("data-year")!, System.Globalization.CultureInfo.InvariantCulture) > 2009);
    }

    private static IEnumerable<int> PublishedYears(string section) =>
        Directory.EnumerateFiles(Path.Combine(RealSite.Folder, "content", section), "*.en.md")
            .Where(f => !f.EndsWith("_index.en.md", StringComparison.Ordinal))
            .Select(f => FrontMatter(f).Children.TryGetValue("date", out var date)
                ? int.Parse(date.ToString()[..4], System.Globalization.CultureInfo.InvariantCulture)
                : int.Parse(Git("log", "--follow", "--diff-filter=AR", "--format=%cd", "--date=format-local:%Y", "--", Path.GetRelativePath(RealSite.Folder, f)).Trim().Split('\n')[^1], System.Globalization.CultureInfo.InvariantCulture));

    private static int FirstYearInGit(string folder) =>
        int.Parse(Git("log", "--reverse", "--format=%cd", "--date=format-local:%Y", "--", folder).Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);

    private static string Git(params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = RealSite.Folder, RedirectStandardOutput = true, Environment = { ["TZ"] = "UTC" } };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    private static YamlMappingNode FrontMatter(string file)
    {
        var text = File.ReadAllText(file);
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        var stream = new YamlStream();
        stream.Load(new StringReader(text[4..end]));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    private const string MunicipalityNumber = "33 66 33 66";

    [GeneratedRegex(@"(?<![\d+])(\+\d{2} )?(\d{2} \d{2} ?\d{2} ?\d{2}|\d{8})(?!\d)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"localStorage\.(?:getItem|setItem)\(([^,)]*)")]
    private static partial Regex StorageUse();
}

using ActionPlan.Build;
using ActionPlan.Caching;
using ActionPlan.Diagnostics;
using ActionPlan.Markup;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Build;

/// <summary>
/// The build cache (<c>.actionplan/build/</c>) as an editor and CI meet it: what <c>build</c> says it did, a cache
/// deleted or damaged, and one of another version of the tool.
/// </summary>
public sealed class BuildCacheTests
{
    private static string CacheOf(TestSite site) => Path.Combine(site.Root, ".actionplan", CacheFile.Folder);

    [Fact]
    public async Task Build_says_what_it_parsed_rendered_read_and_kept_and_does_nothing_when_nothing_changed()
    {
        using var site = TestSite.FromFixture("small");
        var pages = Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories).Count();

        var first = await ToolInProcess.RunAsync(site.Root, "build", "--no-pdf");
        var again = await ToolInProcess.RunAsync(site.Root, "build", "--no-pdf");
        var eurocities = Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "eurocities.en.md", SearchOption.AllDirectories).Single();
        File.AppendAllText(eurocities, "\nThe network met again in 2008.\n");
        var edited = await ToolInProcess.RunAsync(site.Root, "build", "--no-pdf");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"Parsed {pages} pages (kept the parse of 0), rendered ", first.Out, StringComparison.Ordinal);
        Assert.Contains($"read the writing of {pages} (kept the findings on 0)", first.Out, StringComparison.Ordinal);
        Assert.Contains("Nothing changed since the last build: parsed 0 pages, rendered 0, kept the output as it was.", again.Out, StringComparison.Ordinal);
        Assert.Equal(first.Out.Split('\n')[^2], again.Out.Split('\n')[^2]);
        Assert.Contains($"Parsed 1 page (kept the parse of {pages - 1}), rendered ", edited.Out, StringComparison.Ordinal);
        Assert.Contains($"read the writing of 1 (kept the findings on {pages - 1})", edited.Out, StringComparison.Ordinal);

        // Only the page whose body changed is rendered again: nothing else shows its body.
        Assert.Contains("rendered 1 (kept ", edited.Out, StringComparison.Ordinal);
        Assert.Contains("(kept 0 as they were)", first.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_cache_gives_the_same_output_and_the_same_problems()
    {
        using var site = TestSite.FromFixture("small");
        site.Write("content/misspelt.en.md", TestSite.Page("Misspelt", "The citty works with children.\n"));
        var first = await site.BuildAsync();
        var before = FolderSnapshot.Of(site.Output);

        Directory.Delete(Path.Combine(site.Root, ".actionplan"), recursive: true);
        var second = await site.BuildAsync();

        Assert.True(first.Published && second.Published && !second.Repeated);
        Assert.Contains(first.Diagnostics, d => d.Code == "spelling");
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(before, FolderSnapshot.Of(site.Output));
        Assert.Equal(second.Writing.Pages.Count, second.WritingRead);
        Assert.Equal(0, second.PagesKept);
    }

    [Fact]
    public async Task A_source_changed_moments_after_a_build_read_it_is_read_again_even_with_its_size_and_time_put_back()
    {
        // Given a page written just before a build, so its time is too recent to tell a change made just after
        using var site = TestSite.Create(Minimal.Files(("content/projects/housing.en.md", TestSite.Page("Housing", "Homes for families.\n"))));
        await site.BuildAsync();
        var written = File.GetLastWriteTimeUtc(Path.Combine(site.Root, "content/projects/housing.en.md"));

        // When its body changes to one of the same length, its time is put back, and it is built
        site.Write("content/projects/housing.en.md", TestSite.Page("Housing", "Homes for children.\n"));
        site.Settle("content/projects/housing.en.md", written);
        var result = await site.BuildAsync();

        // Then the page shows the new body
        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
        var html = File.ReadAllText(Path.Combine(site.Output, "en/projects/housing/index.html"));
        Assert.Contains("Homes for children.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_settled_source_is_known_by_its_size_and_times_and_a_body_that_changed_under_them_stops_the_build_once()
    {
        // Given a page settled long ago and built, so the next build knows it by its size and times
        using var site = TestSite.Create(Minimal.Files(("content/projects/housing.en.md", TestSite.Page("Housing", "Homes for families.\n"))));
        site.Settle("content/projects/housing.en.md");
        await site.BuildAsync();

        // When its body changes to one of the same length and its time is put back
        site.Write("content/projects/housing.en.md", TestSite.Page("Housing", "Homes for children.\n"));
        site.Settle("content/projects/housing.en.md");
        var trusted = await site.BuildAsync();
        var kept = File.ReadAllText(Path.Combine(site.Output, "en/projects/housing/index.html"));

        // and its page must be rendered again (its output deleted), which reads its body
        Directory.Delete(site.Output, recursive: true);
        var rendered = await site.BuildAsync();
        var published = File.Exists(Path.Combine(site.Output, "en/projects/housing/index.html"));
        var again = await site.BuildAsync();

        // Then the build trusted what it knew while nothing asked for the body (as make and rsync would)
        Assert.True(trusted.Published);
        Assert.Contains("Homes for families.", kept, StringComparison.Ordinal);

        // and when the body was read, the file was found changed: an error there, nothing published, the file forgotten
        var error = Assert.Single(rendered.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("changed-during-build", "content/projects/housing.en.md"), (error.Code, error.File));
        Assert.False(rendered.Published);
        Assert.False(published);

        // so the next build reads it whole and publishes the new body
        Assert.True(again.Published, string.Join('\n', again.Diagnostics));
        Assert.Contains("Homes for children.", File.ReadAllText(Path.Combine(site.Output, "en/projects/housing/index.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("one byte changed")]
    [InlineData("empty")]
    public async Task A_damaged_cache_is_noted_and_not_trusted_and_the_build_is_what_a_first_build_gives(string damage)
    {
        // Given a built site whose cache files are then damaged, and a page whose spelling changed meanwhile
        using var site = TestSite.FromFixture("small");
        site.Write("content/misspelt.en.md", TestSite.Page("Misspelt", "The city works with children.\n"));
        await site.BuildAsync();
        site.Write("content/misspelt.en.md", TestSite.Page("Misspelt", "The citty works with children.\n"));
        var files = Directory.EnumerateFiles(CacheOf(site)).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            bytes = damage switch
            {
                "truncated" => bytes[..(bytes.Length / 2)],
                "empty" => [],
                _ => [.. bytes[..^40], (byte)(bytes[^40] ^ 1), .. bytes[^39..]],
            };
            File.WriteAllBytes(file, bytes);
        }

        // When it is built, and once more
        var damaged = await site.BuildAsync();
        var after = FolderSnapshot.Of(site.Output);
        var next = await site.BuildAsync();

        // Then each damaged file is one note, the build did all its work, and it found what a build without a cache finds
        Assert.Equal(["files", "front", "last", "pages", "parsed", "words-da_DK", "words-en_GB", "writing"], files.Select(Path.GetFileName));
        Assert.Equal(files.Select(f => $".actionplan/build/{Path.GetFileName(f)}"), damaged.Diagnostics.Where(d => d.Code == "cache").Select(d => d.File));
        Assert.All(damaged.Diagnostics.Where(d => d.Code == "cache"), d => Assert.Equal(Severity.Note, d.Severity));
        Assert.True(damaged.Published && !damaged.Repeated);
        Assert.Equal(damaged.Writing.Pages.Count, damaged.WritingRead);
        Assert.Equal(0, damaged.PagesKept);
        Assert.Equal(0, damaged.ParsesKept);
        Assert.Equal(Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories).Count(), damaged.Parsed);
        Assert.Contains(damaged.Diagnostics, d => d.Code == "spelling" && d.File == "content/misspelt.en.md");

        var clean = await BuildWithoutCacheAsync(site);
        Assert.Equal(clean.Diagnostics, damaged.Diagnostics.Where(d => d.Code != "cache"));
        Assert.Equal(clean.Snapshot, after);

        // and the cache it saved is whole: the next build trusts it and repeats
        Assert.True(next.Repeated);
        Assert.DoesNotContain(next.Diagnostics, d => d.Code == "cache");
    }

    [Fact]
    public async Task A_cache_of_another_version_of_the_tool_is_passed_over_without_a_word()
    {
        using var site = TestSite.FromFixture("small");
        await site.BuildAsync();
        foreach (var file in Directory.EnumerateFiles(CacheOf(site)))
        {
            // The same file as this version writes it, but for the tool's stamp.
            using var reader = new BinaryReader(File.OpenRead(file));
            var (kind, stamp) = (reader.ReadString(), reader.ReadString());
            var rest = reader.ReadBytes((int)(reader.BaseStream.Length - reader.BaseStream.Position));
            reader.Dispose();
            Assert.Equal(CacheFile.ToolStamp, stamp);
            using var writer = new BinaryWriter(File.Create(file));
            writer.Write(kind);
            writer.Write("an older tool");
            writer.Write(rest);
        }

        var result = await site.BuildAsync();

        Assert.True(result.Published && !result.Repeated);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "cache");
        Assert.Equal(result.Writing.Pages.Count, result.WritingRead);
        Assert.True((await site.BuildAsync()).Repeated);
    }

    [Fact]
    public async Task A_site_folder_that_does_not_exist_is_the_error_it_was_and_no_cache_is_made()
    {
        var folder = Path.Combine(Scratch.NewFolder(), "no-such-site");

        var result = await SiteBuilder.BuildAsync(new BuildOptions(folder, Path.Combine(folder, "output")) { BuiltInThemeDirectory = TestSite.BuiltInTheme }, TestContext.Current.CancellationToken);

        Assert.True(result.ConfigurationFailed);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.File == "site.yml");
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_kept_parse_reads_back_as_the_parse_gave_it_and_its_tree_made_again_renders_as_the_first()
    {
        // Given a body with every construct the parse reads: headings, links with titles and without text, an image
        // alone, in a link and decorative, a footnote, tables without a header and with an empty one, tags allowed
        // and not, code, escaped and unparsed links, an address in angle brackets
        var body = string.Join('\n',
            "## Results {lang=en}",
            "",
            "See [the *report*](report.md \"The report\"), [![](logo.png)](https://www.kk.dk/) and [](empty.md).",
            "",
            "![A map of Berlin](berlin-map.png), ![](border.png \"decorative\") and ![berlin-map](berlin-map.png).",
            "",
            "A note[^1], <br> a tag, <b onclick=x>bold</b>, `code <i>` and <https://www.kk.dk/>.",
            "",
            "\\[escaped](a.md) and [a space](my file.md).",
            "",
            "+---+---+",
            "| a | b |",
            "+---+---+",
            "",
            "|   |   |",
            "|---|---|",
            "| 1 | 2 |",
            "",
            "#### Skipped &amp; more",
            "",
            "[^1]: The note, with [a link](note.md).",
            "");
        var allowed = new HashSet<string>(["br"]);
        var parsed = MarkupParser.Parse(body, 7, System.Globalization.CultureInfo.GetCultureInfo("da-DK"), allowed);
        var file = Path.Combine(Scratch.NewFolder(), "parsed");
        var memory = new ParseMemory();
        memory.Keep("key", parsed);
        memory.Save(file);

        // When it is read back, and its tree made again from the body
        var kept = ParseMemory.Load(file).Recall("key")!;
        var later = MarkupParser.Later(kept, () => body, allowed);

        // Then every value is as the parse gave it
        Assert.True(parsed.Tables.Count == 2 && parsed.Anchors.Count > 0 && parsed.RawHtml.Count > 0 && parsed.EscapedLinks.Count > 0
            && parsed.UnparsedLinks.Count > 0 && parsed.AddressLinks.Count > 0 && parsed.Links.Any(l => l.LinkAround is not null)
            && parsed.Links.Any(l => l.HoldsImage) && parsed.Links.Any(l => l.IsDecorative) && parsed.Links.Any(l => l.Title is null));
        Assert.Equal(parsed.Headings, kept.Headings);
        Assert.Equal(parsed.Links, kept.Links);
        Assert.Equal(parsed.RawHtml, kept.RawHtml);
        Assert.Equal(parsed.UnparsedLinks, kept.UnparsedLinks);
        Assert.Equal(parsed.EscapedLinks, kept.EscapedLinks);
        Assert.Equal(parsed.AddressLinks, kept.AddressLinks);
        Assert.Equal(parsed.Anchors.Order(StringComparer.Ordinal), kept.Anchors.Order(StringComparer.Ordinal));
        Assert.Equal(parsed.Tables, kept.Tables);
        Assert.Equal((parsed.SearchText.Words, parsed.SearchText.Start), (kept.SearchText.Words, kept.SearchText.Start));
        Assert.Equal(parsed.SearchText.Counts, kept.SearchText.Counts);

        // and the tree made again is the one the parse left (attributes but a language dropped, the allowed tag let through)
        Assert.Equal(Markdig.Markdown.ToHtml(parsed.Document, MarkupParser.Pipeline), Markdig.Markdown.ToHtml(later.Document, MarkupParser.Pipeline));
        Assert.Contains("<br>", Markdig.Markdown.ToHtml(later.Document, MarkupParser.Pipeline), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preview_session_parses_again_only_the_body_that_changed_and_shows_what_a_new_session_shows()
    {
        // Given a preview's session that has built the site once
        using var site = TestSite.FromFixture("small");
        var pages = Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories).Count();
        BuildOptions Into(string output) => new(site.Root, output) { BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates };
        var session = new BuildSession();
        var output = Path.Combine(Scratch.NewFolder(), "preview");
        var first = await session.BuildAsync(Into(output), TestContext.Current.CancellationToken);

        // When a page's body gains a heading (which links may name) and the session builds again
        var eurocities = Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "eurocities.en.md", SearchOption.AllDirectories).Single();
        File.AppendAllText(eurocities, "\n## Members in 2008\n\nThe network met again in 2008.\n");
        var second = await session.BuildAsync(Into(output), TestContext.Current.CancellationToken);

        // Then only that body was parsed again, and the preview is what a new session makes of the site
        var fresh = Path.Combine(Scratch.NewFolder(), "preview");
        var other = await new BuildSession().BuildAsync(Into(fresh), TestContext.Current.CancellationToken);
        Assert.Equal((pages, 0), (first.Parsed, first.ParsesKept));
        Assert.Equal((1, pages - 1), (second.Parsed, second.ParsesKept));
        Assert.Equal(other.Diagnostics, second.Diagnostics);
        Assert.Equal(FolderSnapshot.Of(fresh), FolderSnapshot.Of(output));
        Assert.Contains(Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("<h2 id=\"members-in-2008\">", StringComparison.Ordinal));
    }

    [Fact]
    public void In_git_the_first_edit_of_a_committed_page_renders_that_page_only_and_every_commit_builds_what_a_build_without_the_cache_does()
    {
        // Given a site whose web goal counts its English projects by their first commits, committed in 2009
        using var site = TestSite.Create(PlanSite.WithWebGoal([
            .. PlanSite.Plan("2007-2013"),
            ("content/projects/alpha.en.md", TestSite.Page("Alpha", "An exchange.", PlanSite.AsOf)),
            ("content/projects/alpha.da.md", TestSite.Page("Alfa", "En udveksling.", PlanSite.AsOf))]));
        TestGit.Init(site.Root);
        TestGit.Commit(site.Root, new DateOnly(2009, 3, 1), "The site", "content");
        var alpha = Path.Combine(site.Root, "content/projects/alpha.en.md");
        var steps = new (string What, Action Change)[]
        {
            ("the first build", () => { }),
            ("a committed page's body edited", () => File.AppendAllText(alpha, "\nThe exchange went on.\n")),
            ("the edit committed in 2010", () => TestGit.Commit(site.Root, new DateOnly(2010, 5, 1), "An edit", "content")),
            ("a new project, not yet committed", () => site.Write("content/projects/gamma.en.md", TestSite.Page("Gamma", "A visit.", PlanSite.AsOf))),
            ("the new project committed in 2011", () => TestGit.Commit(site.Root, new DateOnly(2011, 6, 1), "Gamma", "content")),
            ("a project removed and the removal committed in 2012", () =>
            {
                File.Delete(alpha);
                File.Delete(Path.Combine(site.Root, "content/projects/alpha.da.md"));
                TestGit.Commit(site.Root, new DateOnly(2012, 2, 1), "Without alpha", "content");
            }),
        };

        foreach (var (what, change) in steps)
        {
            // When the site changes so and is built with its kept work and without it
            change();
            var (kept, fresh, differ) = KeptWorkComparison.Build(site);

            // Then both publish the same files with the same problems
            Assert.True(kept.Published && fresh.Published, $"{what}: {string.Join('\n', kept.Diagnostics.Concat(fresh.Diagnostics))}");
            Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), kept.Diagnostics.Select(d => d.ToString()));
            Assert.True(differ.Count == 0, $"{what}: files differ: {string.Join(", ", differ)}");
            if (what == "a committed page's body edited")
            {
                // and the edit of a file git knew as unchanged renders its page, not every page (nothing else shows its body)
                Assert.Equal(1, kept.Pages - kept.PagesKept);
            }
        }
    }

    [Fact]
    public void A_title_or_a_fact_renders_again_the_pages_that_show_it_and_keeps_the_others()
    {
        // Given three projects in English and Danish, the first linking to the second, and pages that show none of them
        string Project(string language, int n, string title, string status) => TestSite.Page(title,
            n == 1 ? (language == "en" ? "See [the next project](p2.md)." : "Se [det næste projekt](p2.md).") : language == "en" ? "An exchange." : "En udveksling.",
            $"status: {status}\n{PlanSite.AsOf}");
        var files = new List<(string, string)>
        {
            ("content/_index.en.md", TestSite.Page("Home", "Welcome.")),
            ("content/_index.da.md", TestSite.Page("Forside", "Velkommen.")),
            ("content/projects/_index.en.md", TestSite.Page("Projects")),
            ("content/projects/_index.da.md", TestSite.Page("Projekter")),
            ("content/about.en.md", TestSite.Page("About", "About the site.")),
            ("content/about.da.md", TestSite.Page("Om", "Om siden.")),
        };
        for (var n = 1; n <= 3; n++)
        {
            files.Add(($"content/projects/p{n}.en.md", Project("en", n, $"Project {n}", "ongoing")));
            files.Add(($"content/projects/p{n}.da.md", Project("da", n, $"Projekt {n}", "ongoing")));
        }

        using var site = TestSite.Create([.. files]);
        var steps = new (string What, Action Change, int Rendered)[]
        {
            ("the first build", () => { }, -1),
            // The page itself and the listing, which shows its title; the first project links to it by its own words.
            ("the second project's English title", () => site.Write("content/projects/p2.en.md", Project("en", 2, "Project two", "ongoing")), 2),
            // The twins and their listings, whose layout reads the status of each page it lists: not in their views.
            ("the second project's status in both languages", () =>
            {
                site.Write("content/projects/p2.en.md", Project("en", 2, "Project two", "completed"));
                site.Write("content/projects/p2.da.md", Project("da", 2, "Projekt 2", "completed"));
            }, 4),
        };

        foreach (var (what, change, rendered) in steps)
        {
            // When the site changes so and is built with its kept work and without it
            change();
            var (kept, fresh, differ) = KeptWorkComparison.Build(site);

            // Then both publish the same files with the same problems, and the kept work renders only what shows the change
            Assert.True(kept.Published && fresh.Published, $"{what}: {string.Join('\n', kept.Diagnostics.Concat(fresh.Diagnostics))}");
            Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), kept.Diagnostics.Select(d => d.ToString()));
            Assert.True(differ.Count == 0, $"{what}: files differ: {string.Join(", ", differ)}");
            if (rendered >= 0)
            {
                Assert.True(rendered == kept.Pages - kept.PagesKept, $"{what}: rendered {kept.Pages - kept.PagesKept} of {kept.Pages}, not {rendered}");
            }
        }
    }

    [Fact]
    public void A_front_matter_read_before_is_kept_with_its_problems_and_read_again_where_its_file_or_its_bytes_differ()
    {
        // Given a page whose front matter has an unknown key and an impossible day, each at its line
        using var site = TestSite.FromFixture("small");
        var front = "colour: blue\nreview_by: 2008-02-30";
        var steps = new (string What, Action Change, bool Published)[]
        {
            ("the first build", () => site.Write("content/note.en.md", TestSite.Page("Note", "A first body.", front)), false),
            ("its body changed", () => site.Write("content/note.en.md", TestSite.Page("Note", "A second body.", front)), false),
            ("the same front matter in another file", () =>
            {
                File.Delete(Path.Combine(site.Root, "content/note.en.md"));
                site.Write("content/note-moved.en.md", TestSite.Page("Note", "A second body.", front));
            }, false),
            ("the day put right", () => site.Write("content/note-moved.en.md", TestSite.Page("Note", "A second body.", "colour: blue\nreview_by: 2008-02-28")), true),
        };

        foreach (var (what, change, published) in steps)
        {
            // When it changes so and is built with its kept work and without it
            change();
            var (kept, fresh, differ) = KeptWorkComparison.Build(site);

            // Then both find the same problems at the same places, and publish the same files
            Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), kept.Diagnostics.Select(d => d.ToString()));
            Assert.True(differ.Count == 0, $"{what}: files differ: {string.Join(", ", differ)}");
            Assert.True(published == kept.Published, $"{what}: {string.Join("\n", kept.Diagnostics)}");
            var file = what.StartsWith("the first", StringComparison.Ordinal) || what.StartsWith("its body", StringComparison.Ordinal) ? "content/note.en.md" : "content/note-moved.en.md";
            Assert.Contains(kept.Diagnostics, d => d.Code == "unknown-key" && d.File == file && d.Line == 3);
            Assert.Equal(!published, kept.Diagnostics.Any(d => d.Code == "bad-date" && d.File == file && d.Line == 4));
        }
    }

    [Fact]
    public void A_page_changed_while_a_build_runs_is_not_remembered_as_built_even_when_it_is_changed_back_after()
    {
        // Given a built site, and a build during which, after it has taken stock of its inputs and before it reads the
        // pages, an editor's save changes a page
        using var site = TestSite.FromFixture("small");
        KeptWorkComparison.Run(new BuildOptions(site.Root, site.Output));
        var page = Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "eurocities.en.md", SearchOption.AllDirectories).Single();
        // (an edit first, or the build would repeat the last one without reading anything)
        File.AppendAllText(page, "\nThe network met in 2008.\n");
        var before = File.ReadAllText(page);
        var during = new SaveWhenReading(page, before + "\nA sentence saved while the site was built.\n");
        var built = KeptWorkComparison.Run(new BuildOptions(site.Root, site.Output) { Progress = during });
        Assert.True(during.Saved && built.Published);

        // When the editor undoes the save, so the page is what the build took stock of, and the site is built again
        File.WriteAllText(page, before);
        var (kept, fresh, differ) = KeptWorkComparison.Build(site);

        // Then that build is not a repeat of the one that read the saved text: it gives what a build without the cache gives
        Assert.False(kept.Repeated);
        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), kept.Diagnostics.Select(d => d.ToString()));
        Assert.True(differ.Count == 0, $"files differ: {string.Join(", ", differ)}");
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("saved while the site was built", StringComparison.Ordinal));
    }

    /// <summary>Writes a file the first time the build reports that it reads the site's files (after it has taken stock of them).</summary>
    private sealed class SaveWhenReading(string file, string text) : IProgress<BuildProgress>
    {
        public bool Saved { get; private set; }

        public void Report(BuildProgress value)
        {
            if (value.Stage == BuildStage.Reading && !Saved)
            {
                File.WriteAllText(file, text);
                Saved = true;
            }
        }
    }

    /// <summary>The site built into a new folder with a cache folder of its own, empty: what a first build gives.</summary>
    private static async Task<(IReadOnlyList<Diagnostic> Diagnostics, Dictionary<string, string> Snapshot)> BuildWithoutCacheAsync(TestSite site)
    {
        var folder = Scratch.NewFolder();
        var result = await SiteBuilder.BuildAsync(
            new BuildOptions(site.Root, Path.Combine(folder, "output")) { BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates, CacheFolder = Path.Combine(folder, "cache") },
            TestContext.Current.CancellationToken);
        return (result.Diagnostics, FolderSnapshot.Of(Path.Combine(folder, "output")));
    }
}

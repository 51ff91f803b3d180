using System.Text;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.BadInput;

/// <summary>Broken files get a clear error naming the file (and line), exit code 1, no stack trace, and the previous output untouched.</summary>
public sealed class BadInputTests
{
    private static async Task<(int ExitCode, IReadOnlyList<string> Lines)> BuildOverGoodOutputAsync(TestSite site, Action<TestSite> breakIt)
    {
        var first = await site.BuildAsync();
        Assert.True(first.Published, string.Join("\n", first.Diagnostics));
        var before = FolderSnapshot.Of(site.Output);

        breakIt(site);
        var result = await site.BuildAsync();

        Assert.Equal(before, FolderSnapshot.Of(site.Output));
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain("   at ", d.Message, StringComparison.Ordinal));
        return (result.ExitCode, Problems(result));
    }

    /// <summary>
    /// The build's problems but <c>as-of</c>: the pages broken here are plain pages that live in projects/ (the fixture's
    /// section) only to have a place, so that they say nowhere as of when is beside the point of each test.
    /// </summary>
    private static List<string> Problems(ActionPlan.Build.BuildResult result) =>
        result.Diagnostics.Where(d => d.Code != "as-of").Select(d => d.ToString()).ToList();


    [Fact]
    public async Task Invalid_utf8_is_an_error_at_its_line_and_the_page_still_exists_for_its_links()
    {
        using var site = TestSite.FromFixture("small");

        var (exitCode, lines) = await BuildOverGoodOutputAsync(site, s =>
        {
            File.WriteAllBytes(Path.Combine(s.Root, "content/projects/latin1.en.md"), [.. "---\ntitle: K"u8, 0xF8, .. "benhavn\n---\n"u8]);
            s.Write("content/projects/links.en.md", TestSite.Page("Links", "[Copenhagen](latin1.md)\n"));
        });

        Assert.Equal(1, exitCode);
        Assert.Equal(["content/projects/latin1.en.md:2: error: line 2 has characters that are not UTF-8 text (the file was perhaps saved as Windows-1252 or Latin-1); save the file again as UTF-8. [encoding]"], lines);
    }

    [Fact]
    public async Task An_empty_file_is_an_error_asking_for_front_matter()
    {
        using var site = TestSite.FromFixture("small");

        var (exitCode, lines) = await BuildOverGoodOutputAsync(site, s => s.Write("content/projects/empty.en.md", ""));

        Assert.Equal(1, exitCode);
        Assert.Equal(["content/projects/empty.en.md:1:1: error: the file must start with front matter: a line '---', then 'title: ...', then another '---'. [no-front-matter]"], lines);
    }

    [Fact]
    public async Task A_byte_order_mark_and_crlf_line_ends_are_read_like_any_other_file_with_the_same_line_numbers()
    {
        using var site = TestSite.FromFixture("small");
        var text = "---\r\ntitle: Windows\r\n---\r\n\r\nSee [gone](gone.md).\r\n";
        File.WriteAllBytes(Path.Combine(site.Root, "content/projects/windows.en.md"), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        var result = await site.BuildAsync();

        Assert.Equal(["content/projects/windows.en.md:5:5: error: 'gone.md' does not match a page: there is no content/projects/gone.en.md. [link]"],
            Problems(result));

        File.WriteAllBytes(Path.Combine(site.Root, "content/projects/windows.en.md"), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.Replace("See [gone](gone.md).", "Fine."))]);
        Assert.True((await site.BuildAsync()).Published);
        Assert.Contains("<h1>Windows</h1>", site.ReadOutput("en/projects/windows/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_types_in_front_matter_are_errors_at_their_lines()
    {
        using var site = TestSite.FromFixture("small");

        var (exitCode, lines) = await BuildOverGoodOutputAsync(site, s => s.Write("content/projects/types.en.md", "---\ntitle: [a, list]\nweight: { not: a number }\ndraft: maybe\n---\n"));

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                "content/projects/types.en.md:2:8: error: 'title' must be a single text value. [field-type]",
                "content/projects/types.en.md:3:9: error: 'weight' must be a single text value. [field-type]",
                "content/projects/types.en.md:4:8: error: 'draft' must be true or false, not 'maybe'. [field-type]",
            ],
            lines);
    }

    [Fact]
    public async Task Absurdly_deep_nesting_is_an_error_at_the_page_not_a_crash()
    {
        using var site = TestSite.FromFixture("small");

        var (exitCode, lines) = await BuildOverGoodOutputAsync(site, s =>
            s.Write("content/projects/deep.en.md", "---\ntitle: Deep\n---\n" + new string('>', 2000) + " quoted\n"));

        Assert.Equal(1, exitCode);
        Assert.Equal(["content/projects/deep.en.md:4:1: error: the Markdown nests too deeply (quotes or lists inside each other hundreds of times); simplify it. [markdown-depth]"], lines);
    }

    [Fact]
    public async Task Deep_but_sensible_nesting_and_a_10_mb_file_build()
    {
        using var site = TestSite.FromFixture("small");
        site.Write("content/projects/deep.en.md", "---\ntitle: Deep\n---\n" + new string('>', 50) + " quoted\n\n" + string.Concat(Enumerable.Repeat("- ", 40)) + "item\n");
        var paragraph = "Copenhagen's social work and what other cities have learned. ";
        site.Write("content/projects/huge.en.md", "---\ntitle: Huge\n---\n" + string.Concat(Enumerable.Repeat(paragraph + "\n\n", 10 * 1024 * 1024 / (paragraph.Length + 2))));

        var result = await site.BuildAsync();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.True(new FileInfo(Path.Combine(site.Output, "en/projects/huge/index.html")).Length > 10_000_000);
    }

    [Fact]
    public async Task A_symlink_loop_in_content_does_not_hang_or_crash_the_build()
    {
        using var site = TestSite.FromFixture("small");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content", "projects", "loop"), Path.Combine(site.Root, "content", "projects"));

        var result = await site.BuildAsync().WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["content/projects/loop: error: this is a symbolic link, which the build does not follow (it could loop or reach outside the site); put the real files here instead. [symlink]"],
            Problems(result));
    }

    [Fact]
    public async Task Raw_html_never_reaches_a_page_and_the_editor_is_warned_at_its_line()
    {
        using var site = TestSite.FromFixture("small");
        site.Write("content/projects/unsafe.en.md",
            "---\ntitle: \"<script>alert('title')</script>\"\nsummary: \"<img src=x onerror=alert(1)>\"\n---\nHello <script>alert(1)</script> and <b onclick=\"steal()\">bold</b>.\n\n<iframe src=\"https://evil.example\"></iframe>\n");

        var result = await site.BuildAsync();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            [
                "content/projects/unsafe.en.md:5:7: warning: raw HTML '<script>' is shown as text, not run: write Markdown instead (links, emphasis, lists, tables). [raw-html]",
                "content/projects/unsafe.en.md:5:23: warning: raw HTML '</script>' is shown as text, not run: write Markdown instead (links, emphasis, lists, tables). [raw-html]",
                "content/projects/unsafe.en.md:5:37: warning: raw HTML '<b onclick=\"steal()\">' is shown as text, not run: write Markdown instead (links, emphasis, lists, tables). [raw-html]",
                "content/projects/unsafe.en.md:5:62: warning: raw HTML '</b>' is shown as text, not run: write Markdown instead (links, emphasis, lists, tables). [raw-html]",
                "content/projects/unsafe.en.md:7:1: warning: raw HTML '<iframe src=\"https://evil.example\">' is shown as text, not run: write Markdown instead (links, emphasis, lists, tables). [raw-html]",
                "content/projects/unsafe.en.md:7:36: warning: raw HTML '</iframe>' is shown as text, not run: write Markdown instead (links, emphasis, lists, tables). [raw-html]",
            ],
            Problems(result));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput("en/projects/unsafe/index.html"));
        Assert.Empty(page.QuerySelectorAll("main script, iframe, [onclick], [onerror], main b"));
        Assert.Contains("<script>alert('title')</script>", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task A_site_can_allow_a_vetted_list_of_tags_without_attributes()
    {
        using var site = TestSite.FromFixture("small");
        site.AppendToConfig("allowed_html: [abbr, sup]\n");
        site.Write("content/projects/tags.en.md", "---\ntitle: Tags\n---\nThe <abbr>EU</abbr> had 25 members in 2004<sup>1</sup>, <abbr title=\"x\">not this</abbr> nor <b>this</b>.\n");

        var result = await site.BuildAsync();

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Equal(["<abbr title=\"x\">", "<b>", "</b>"], result.Diagnostics.Where(d => d.Code != "as-of").Select(d => d.Message.Split('\'')[1]));
        var paragraph = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput("en/projects/tags/index.html")).QuerySelector(".prose p")!;
        Assert.Equal(["EU"], paragraph.QuerySelectorAll("abbr").Select(a => a.TextContent));
        Assert.Single(paragraph.QuerySelectorAll("sup"));
        Assert.Empty(paragraph.QuerySelectorAll("b, [title]"));
        Assert.Contains("<abbr title=\"x\">not this", paragraph.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tag_that_could_run_or_load_something_cannot_be_allowed()
    {
        var diagnostics = new ActionPlan.Diagnostics.DiagnosticBag();

        var config = ActionPlan.Configuration.SiteConfigReader.Parse(TestSite.Config + "\nallowed_html: [abbr, script, iframe]\n", diagnostics);

        Assert.Null(config);
        Assert.Equal(2, diagnostics.ToSortedList().Count(d => d.Message.Contains("cannot be allowed in content", StringComparison.Ordinal)));
    }
}

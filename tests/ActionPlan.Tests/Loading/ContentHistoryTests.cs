using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Loading;
using ActionPlan.Tests.Support;
using ActionPlan.Translations;

namespace ActionPlan.Tests.Loading;

/// <summary>
/// The one reader of the site's git history, on real repositories: file names with æ, ø, å, spaces and quotes read
/// as they are named, renames followed, uncommitted changes seen; the first-publication days and the translation
/// status both read it.
/// </summary>
public sealed class ContentHistoryTests
{
    private static readonly DateOnly March = new(2008, 3, 1), April = new(2008, 4, 1), May = new(2008, 5, 1);

    [Fact]
    public void Files_named_with_danish_letters_spaces_and_quotes_get_their_first_commit_and_a_renamed_file_keeps_its_first_day()
    {
        using var site = TestSite.Create(("site.yml", "title: T\n"));
        string[] names = ["content/projects/æblegrød.da.md", "content/projects/ø å.en.md", "content/projects/\"quoted\".en.md", "content/projects/plain.en.md"];
        foreach (var name in names)
        {
            site.Write(name, TestSite.Page("Page"));
        }

        TestGit.Init(site.Root);
        TestGit.Commit(site.Root, March, "First pages");
        TestGit.Run(site.Root, null, "mv", "content/projects/plain.en.md", "content/projects/blåbær.en.md");
        site.Write("content/projects/ny.da.md", TestSite.Page("Ny"));
        TestGit.Commit(site.Root, April, "Renamed and added");

        var history = PublicationHistory.Read(site.Root);

        Assert.Equal(HistoryState.Full, history.State);
        Assert.All(names.Take(3), name => Assert.Equal(March, history.FirstCommitOf(name)));
        Assert.Equal(March, history.FirstCommitOf("content/projects/blåbær.en.md"));
        Assert.Equal(April, history.FirstCommitOf("content/projects/ny.da.md"));
        Assert.Equal(2008, history.BuildYear);
    }

    [Fact]
    public void The_log_and_the_status_are_read_field_by_field_whatever_the_names_hold()
    {
        // What git prints with -z: names are never quoted or escaped, and may hold tabs and newlines.
        var log = "@1204372800\0\nA\0content/a\tb.md\0A\0content/ny\nlinje.md\0@1207051200\0\nR100\0content/a\tb.md\0content/æ.md\0M\0content/ny\nlinje.md\0R087\0content/x.md\0content/y.md\0D\0content/z.md\0";

        var commits = ContentHistory.ParseLog(log);

        Assert.Equal(2, commits.Count);
        Assert.Equal([new FileChange('A', "content/a\tb.md", null, false), new FileChange('A', "content/ny\nlinje.md", null, false)], commits[0].Changes);
        Assert.Equal(
            [new FileChange('R', "content/æ.md", "content/a\tb.md", true), new FileChange('M', "content/ny\nlinje.md", null, false),
             new FileChange('R', "content/y.md", "content/x.md", false), new FileChange('D', "content/z.md", null, false)],
            commits[1].Changes);
        Assert.Equal(new DateTimeOffset(2008, 4, 1, 12, 0, 0, TimeSpan.Zero), commits[1].Time);

        Assert.Equal(["content/new name.md", "content/untracked.md", "content/ø.md"],
            ContentHistory.ParseStatus(" M site/content/ø.md\0R  site/content/new name.md\0site/content/old.md\0?? site/content/untracked.md\0", "site/").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Translations_named_with_danish_letters_are_reported_behind_and_a_moved_source_puts_none_behind()
    {
        using var site = TestSite.FromFixture("small");
        const string english = "content/projects/æblegrød.en.md";
        const string danish = "content/projects/æblegrød.da.md";
        site.Write(english, TestSite.Page("Apple porridge", "Text.\n"));
        site.Write(danish, TestSite.Page("Æblegrød", "Tekst.\n"));
        TestGit.Init(site.Root);
        TestGit.Commit(site.Root, March, "Both languages");
        Assert.DoesNotContain(Behind(site), e => e.Path.Contains("grød", StringComparison.Ordinal));

        // Moving the English source without changing it is no change to translate.
        TestGit.Run(site.Root, null, "mv", english, "content/projects/æblegrød-i.en.md");
        TestGit.Run(site.Root, null, "mv", danish, "content/projects/æblegrød-i.da.md");
        TestGit.Commit(site.Root, April, "Renamed");
        Assert.DoesNotContain(Behind(site), e => e.Path.Contains("grød", StringComparison.Ordinal));

        site.Write("content/projects/æblegrød-i.en.md", TestSite.Page("Apple porridge", "New text.\n"));
        TestGit.Commit(site.Root, May, "English changed");
        Assert.Contains(("content/projects/æblegrød-i.da.md", "content/projects/æblegrød-i.en.md"), Behind(site));

        // A Danish change not yet committed counts as made now: the translation has caught up.
        site.Write("content/projects/æblegrød-i.da.md", TestSite.Page("Æblegrød", "Ny tekst.\n"));
        Assert.DoesNotContain(Behind(site), e => e.Path.Contains("grød", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_translations_command_names_a_danish_translation_named_with_danish_letters_that_is_behind()
    {
        using var site = TestSite.FromFixture("small");
        site.Write("content/projects/æblegrød.en.md", TestSite.Page("Apple porridge", "Text.\n"));
        site.Write("content/projects/æblegrød.da.md", TestSite.Page("Æblegrød", "Tekst.\n"));
        TestGit.Init(site.Root);
        TestGit.Commit(site.Root, March, "Both languages");
        site.Write("content/projects/æblegrød.en.md", TestSite.Page("Apple porridge", "New text.\n"));
        TestGit.Commit(site.Root, April, "English changed");

        var (exitCode, output, _) = await ToolInProcess.RunAsync(site.Root, "translations");

        Assert.Equal(0, exitCode);
        Assert.Contains("Behind their source (from git history): ", output, StringComparison.Ordinal);
        Assert.Contains("  content/projects/æblegrød.da.md: its source content/projects/æblegrød.en.md changed after it;", output, StringComparison.Ordinal);
    }

    private static List<(string Path, string? Newer)> Behind(TestSite site)
    {
        var model = SiteBuilder.LoadSite(site.Root, new DiagnosticBag(), cancellation: TestContext.Current.CancellationToken)!;
        var times = ChangeTimes.Read(site.Root, model.Written.Select(p => p.Source.Path));
        Assert.True(times.FromGit);
        return TranslationStatus.Stale(model, times).Select(e => (e.Path, e.Newer)).ToList();
    }
}

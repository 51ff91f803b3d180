using System.Diagnostics;
using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Tests.Support;
using ActionPlan.Translations;

namespace ActionPlan.Tests.Translations;

public sealed class TranslationStatusTests
{
    private static void Git(string directory, string date, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Editor";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "editor@example.org";
        start.Environment["GIT_AUTHOR_DATE"] = start.Environment["GIT_COMMITTER_DATE"] = date;
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
    }

    [Fact]
    public void A_twin_changed_after_its_translation_marks_the_translation_as_behind_from_git_history()
    {
        using var site = TestSite.FromFixture("small");
        Git(site.Root, "2008-03-01T10:00:00Z", "init", "-q");
        Git(site.Root, "2008-03-01T10:00:00Z", "add", "-A");
        Git(site.Root, "2008-03-01T10:00:00Z", "commit", "-q", "-m", "Both languages");
        site.Write("content/networks/eurocities.en.md", TestSite.Page("Eurocities", "## Members\n\nNow 130 cities.\n", "kind: page"));
        Git(site.Root, "2008-04-01T10:00:00Z", "commit", "-q", "-am", "English updated");

        var diagnostics = new DiagnosticBag();
        var model = SiteBuilder.LoadSite(site.Root, diagnostics, cancellation: TestContext.Current.CancellationToken)!;
        var times = ChangeTimes.Read(site.Root, model.Pages.Select(p => p.Source.Path));
        var stale = TranslationStatus.Stale(model, times);

        Assert.True(times.FromGit);
        var entry = Assert.Single(stale);
        Assert.Equal(("content/networks/eurocities.da.md", "content/networks/eurocities.en.md"), (entry.Path, entry.Newer));

        // An uncommitted edit counts as a change now: the Danish page is no longer behind, the English one is.
        site.Write("content/networks/eurocities.da.md", TestSite.Page("Eurocities", "## Members\n\nNu 130 byer.\n", "kind: page\nslug: eurocities"));
        var after = Assert.Single(TranslationStatus.Stale(model, ChangeTimes.Read(site.Root, model.Pages.Select(p => p.Source.Path))));
        Assert.Equal(("content/networks/eurocities.en.md", "content/networks/eurocities.da.md"), (after.Path, after.Newer));
    }

    [Fact]
    public void Outside_git_file_times_decide_with_a_minute_of_tolerance()
    {
        using var site = TestSite.FromFixture("small");
        var model = SiteBuilder.LoadSite(site.Root, new DiagnosticBag(), cancellation: TestContext.Current.CancellationToken)!;
        File.SetLastWriteTimeUtc(Path.Combine(site.Root, "content/projects/familien-i-centrum.en.md"), new DateTime(2008, 3, 1, 10, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(Path.Combine(site.Root, "content/projects/familien-i-centrum.da.md"), new DateTime(2008, 3, 1, 10, 0, 30, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(Path.Combine(site.Root, "content/networks/eurocities.da.md"), new DateTime(2008, 3, 1, 10, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(Path.Combine(site.Root, "content/networks/eurocities.en.md"), new DateTime(2008, 3, 2, 10, 0, 0, DateTimeKind.Utc));

        var times = ChangeTimes.Read(site.Root, model.Pages.Select(p => p.Source.Path));

        Assert.False(times.FromGit);
        Assert.Equal(["content/networks/eurocities.da.md"], TranslationStatus.Stale(model, times).Select(e => e.Path).Where(p => p.Contains("eurocities", StringComparison.Ordinal) || p.Contains("familien", StringComparison.Ordinal)));
    }

    [Fact]
    public void Pages_without_a_twin_are_listed_and_counted_in_the_build_summary()
    {
        using var site = TestSite.FromFixture("small");
        var model = SiteBuilder.LoadSite(site.Root, new DiagnosticBag(), cancellation: TestContext.Current.CancellationToken)!;

        var missing = TranslationStatus.Missing(model);

        var entry = Assert.Single(missing);
        Assert.Equal(("content/networks/ecacp.da.md", "en"), (entry.Path, entry.Language.Code));
    }

    [Fact]
    public async Task A_site_can_require_an_english_twin_for_chosen_sections()
    {
        using var site = TestSite.FromFixture("small");
        site.AppendToConfig("translations_required: { en: [networks] }\n");

        var result = await site.BuildAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("content/networks/ecacp.da.md:1:1: error: this page has no English version, which site.yml requires for the section 'networks': write content/networks/ecacp.en.md. [translation-required]",
            Assert.Single(result.Diagnostics).ToString());
    }
}

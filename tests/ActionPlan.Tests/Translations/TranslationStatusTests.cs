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

    private static IReadOnlyList<(string Path, string? Source)> Behind(TestSite site)
    {
        var model = SiteBuilder.LoadSite(site.Root, new DiagnosticBag(), cancellation: TestContext.Current.CancellationToken)!;
        var times = ChangeTimes.Read(site.Root, model.Written.Select(p => p.Source.Path));
        Assert.True(times.FromGit);
        return TranslationStatus.Stale(model, times).Select(e => (e.Path, e.Newer)).ToList();
    }

    [Fact]
    public void A_translation_is_behind_when_its_source_changed_and_settles_once_the_translator_has_updated_it()
    {
        using var site = TestSite.FromFixture("small");
        const string english = "content/networks/eurocities.en.md";
        const string danish = "content/networks/eurocities.da.md";
        Git(site.Root, "2008-03-01T10:00:00Z", "init", "-q");
        Git(site.Root, "2008-03-01T10:00:00Z", "add", "-A");
        Git(site.Root, "2008-03-01T10:00:00Z", "commit", "-q", "-m", "Both languages");
        Assert.Empty(Behind(site));

        // 1. The English source changes: the Danish translation is behind.
        site.Write(english, TestSite.Page("Eurocities", "## Members\n\nNow 130 cities.\n", "kind: page"));
        Git(site.Root, "2008-04-01T10:00:00Z", "commit", "-q", "-am", "English updated");
        Assert.Equal([(danish, english)], Behind(site));

        // 2. The translator updates the Danish page: nothing is behind, and the English source is never reported.
        site.Write(danish, TestSite.Page("Eurocities", "## Members\n\nNu 130 byer.\n", "kind: page\nslug: eurocities"));
        Git(site.Root, "2008-04-02T10:00:00Z", "commit", "-q", "-am", "Danish updated");
        Assert.Empty(Behind(site));

        // 3. A later English change that needs no new translation is marked as followed with 'translated:'.
        site.Write(english, TestSite.Page("Eurocities", "## Members\n\nNow 130 cities (typo fixed).\n", "kind: page"));
        Git(site.Root, "2008-05-01T10:00:00Z", "commit", "-q", "-am", "English typo");
        Assert.Equal([(danish, english)], Behind(site));
        site.Write(danish, TestSite.Page("Eurocities", "## Members\n\nNu 130 byer.\n", "kind: page\nslug: eurocities\ntranslated: 2008-05-01"));
        Git(site.Root, "2008-04-02T11:00:00Z", "commit", "-q", "-am", "Danish follows the typo fix");
        Assert.Empty(Behind(site));

        // 4. A change to the translation alone does not make the source behind.
        site.Write(danish, TestSite.Page("Eurocities", "## Members\n\nNu 130 byer i Europa.\n", "kind: page\nslug: eurocities\ntranslated: 2008-05-01"));
        Git(site.Root, "2008-06-01T10:00:00Z", "commit", "-q", "-am", "Danish wording");
        Assert.Empty(Behind(site));
    }

    [Fact]
    public void A_page_can_name_its_source_language_and_then_the_other_twin_is_the_translation()
    {
        using var site = TestSite.FromFixture("small");
        const string english = "content/networks/eurocities.en.md";
        const string danish = "content/networks/eurocities.da.md";
        site.Write(danish, TestSite.Page("Eurocities", "## Members\n\nMere end 120 byer.\n", "kind: page\nslug: eurocities\nsource_language: da"));
        Git(site.Root, "2008-03-01T10:00:00Z", "init", "-q");
        Git(site.Root, "2008-03-01T10:00:00Z", "add", "-A");
        Git(site.Root, "2008-03-01T10:00:00Z", "commit", "-q", "-m", "Both languages");

        site.Write(english, TestSite.Page("Eurocities", "## Members\n\nMore than 130 cities.\n", "kind: page"));
        Git(site.Root, "2008-04-01T10:00:00Z", "commit", "-q", "-am", "English changed");
        Assert.Empty(Behind(site));

        site.Write(danish, TestSite.Page("Eurocities", "## Members\n\nMere end 130 byer.\n", "kind: page\nslug: eurocities\nsource_language: da"));
        Git(site.Root, "2008-05-01T10:00:00Z", "commit", "-q", "-am", "Danish source changed");
        Assert.Equal([(english, danish)], Behind(site));
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

        var times = ChangeTimes.Read(site.Root, model.Written.Select(p => p.Source.Path));

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

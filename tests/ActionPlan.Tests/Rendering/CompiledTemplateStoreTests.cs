using ActionPlan.Build;
using ActionPlan.Rendering;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Rendering;

public sealed class CompiledTemplateStoreTests
{
    private const string Footer = "Partials/_footer.cshtml";

    [Fact]
    public async Task A_second_build_loads_every_template_from_the_store_and_writes_the_same_bytes()
    {
        // Given a site built once with an empty store
        using var site = TestSite.FromFixture("small");
        var first = await BuildAsync(site);
        var before = FolderSnapshot.Of(site.Output);
        var entries = Entries(site);

        // When it is built again in a new engine
        var second = await BuildAsync(site);

        // Then nothing compiles, the store is unchanged and the output is byte for byte the same
        Assert.True(first.Published && second.Published);
        Assert.True(first.TemplatesCompiled > 10, $"only {first.TemplatesCompiled} templates compiled");
        Assert.Equal(first.TemplatesCompiled, entries.Count);
        Assert.Equal(0, second.TemplatesCompiled);
        Assert.Equal(entries, Entries(site));
        Assert.Equal(before, FolderSnapshot.Of(site.Output));
    }

    [Fact]
    public async Task Editing_one_template_compiles_that_template_alone_and_the_page_shows_the_edit()
    {
        // Given a site whose own theme overrides the footer, built once with the test run's store (which holds the
        // rest of the theme compiled already, so the theme need not compile for this test)
        using var site = TestSite.FromFixture("small");
        var footer = File.ReadAllText(Path.Combine(TestSite.BuiltInTheme, Footer));
        site.Write($"themes/default/{Footer}", footer);
        var first = await site.BuildAsync();

        // When the footer is edited (in a way no earlier run stored)
        var edited = $"<p>Edited footer {Guid.NewGuid():N}</p>";
        site.Write($"themes/default/{Footer}", footer.Replace("</footer>", edited + "</footer>", StringComparison.Ordinal));
        var second = await site.BuildAsync();

        // Then only the footer compiles again, and every page shows the new footer
        Assert.True(first.Published && second.Published);
        Assert.Equal(1, second.TemplatesCompiled);
        Assert.Contains(edited, site.ReadOutput("en/index.html"), StringComparison.Ordinal);
        Assert.Contains(edited, site.ReadOutput("da/projekter/familien-i-centrum/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_entry_is_compiled_again_and_replaced()
    {
        // Given a store whose entries were all overwritten with garbage
        using var site = TestSite.FromFixture("small");
        var first = await BuildAsync(site);
        var before = FolderSnapshot.Of(site.Output);
        foreach (var entry in Directory.EnumerateFiles(StoreFolder(site)))
        {
            File.WriteAllText(entry, "not an assembly");
        }

        // (and without the record that would let the build skip its work, nothing having changed)
        File.Delete(Path.Combine(site.Root, ".actionplan", "build", "last"));

        // When the site is built
        var second = await BuildAsync(site);

        // Then every template compiles again, the build succeeds with the same output, and the entries are whole again
        Assert.True(second.Published);
        Assert.Equal(first.TemplatesCompiled, second.TemplatesCompiled);
        Assert.Equal(before, FolderSnapshot.Of(site.Output));
        File.Delete(Path.Combine(site.Root, ".actionplan", "build", "last"));
        Assert.Equal(0, (await BuildAsync(site)).TemplatesCompiled);
    }

    [Fact]
    public void A_stamp_changes_with_the_template_its_key_and_its_imports_and_with_nothing_else()
    {
        var stamp = CompiledTemplateStore.StampOf("Layouts/single", "<p>@Model.Title</p>", ["@using ActionPlan"]);

        Assert.Equal(stamp, CompiledTemplateStore.StampOf("Layouts/single", "<p>@Model.Title</p>", ["@using ActionPlan"]));
        Assert.NotEqual(stamp, CompiledTemplateStore.StampOf("Layouts/single", "<p>@Model.Summary</p>", ["@using ActionPlan"]));
        Assert.NotEqual(stamp, CompiledTemplateStore.StampOf("Layouts/list", "<p>@Model.Title</p>", ["@using ActionPlan"]));
        Assert.NotEqual(stamp, CompiledTemplateStore.StampOf("Layouts/single", "<p>@Model.Title</p>", ["@using ActionPlan.Model"]));
        Assert.NotEqual(stamp, CompiledTemplateStore.StampOf("Layouts/single", "<p>@Model.Title</p>", []));
    }

    [Fact]
    public void Entries_unused_for_a_week_are_removed_and_recent_ones_kept()
    {
        var folder = Scratch.NewFolder();
        Directory.CreateDirectory(folder);
        try
        {
            var old = Path.Combine(folder, "old.dll");
            var recent = Path.Combine(folder, "recent.dll");
            File.WriteAllText(old, "x");
            File.WriteAllText(recent, "x");
            File.SetLastWriteTimeUtc(old, DateTime.UtcNow - CompiledTemplateStore.UnusedFor - TimeSpan.FromHours(1));

            new CompiledTemplateStore(folder).RemoveUnused();

            Assert.False(File.Exists(old));
            Assert.True(File.Exists(recent));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Task<BuildResult> BuildAsync(TestSite site) =>
        SiteBuilder.BuildAsync(new BuildOptions(site.Root, site.Output) { BuiltInThemeDirectory = TestSite.BuiltInTheme }, TestContext.Current.CancellationToken);

    private static string StoreFolder(TestSite site) => Path.Combine(site.Root, CompiledTemplateStore.DefaultFolder);

    private static Dictionary<string, DateTime> Entries(TestSite site) =>
        Directory.EnumerateFiles(StoreFolder(site)).ToDictionary(f => Path.GetFileName(f), File.GetLastWriteTimeUtc);
}

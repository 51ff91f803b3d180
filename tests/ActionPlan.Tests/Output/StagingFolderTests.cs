using ActionPlan.Output;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Output;

public sealed class StagingFolderTests : IDisposable
{
    private readonly string _folder = Scratch.NewFolder();

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_rebuild_of_unchanged_content_writes_no_file_again_and_gives_the_same_output()
    {
        // Given a site built once
        using var site = TestSite.FromFixture("small");
        var first = await site.BuildAsync();
        var before = FolderSnapshot.Of(site.Output);

        // When it is built again without a change (and without the record that would let it skip its work)
        File.Delete(Path.Combine(site.Root, ".actionplan", "build", "last"));
        var second = await site.BuildAsync();

        // Then every file is taken over from the previous output and the output is the same
        Assert.True(first.Published && second.Published);
        Assert.Equal(0, first.FilesUnchanged);
        Assert.Equal(before.Count, second.FilesUnchanged);
        Assert.Equal(before, FolderSnapshot.Of(site.Output));
    }

    [Fact]
    public async Task A_rebuild_writes_what_changed_including_a_file_edited_by_hand_in_the_output()
    {
        // Given a built site whose output was edited by hand, and one of whose pages changes
        using var site = TestSite.FromFixture("small");
        await site.BuildAsync();
        var expected = site.ReadOutput("en/index.html");
        File.WriteAllText(Path.Combine(site.Output, "en/index.html"), expected.Replace("<main", "<main data-edited", StringComparison.Ordinal));
        var eurocities = Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "eurocities.en.md", SearchOption.AllDirectories).Single();
        File.AppendAllText(eurocities, "\n\nA sentence added today.\n");
        var before = FolderSnapshot.Of(site.Output);

        // When it is built again
        var result = await site.BuildAsync();

        // Then the edited file is restored, the changed page shows the change, and the rest is untouched
        Assert.True(result.Published);
        Assert.Equal(expected, site.ReadOutput("en/index.html"));
        Assert.Contains("A sentence added today.", site.ReadOutput("en/networks/eurocities/index.html"), StringComparison.Ordinal);
        var after = FolderSnapshot.Of(site.Output);
        var changed = after.Where(f => !before.TryGetValue(f.Key, out var hash) || hash != f.Value).Select(f => f.Key.Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("en/index.html", changed);
        Assert.Contains("en/networks/eurocities/index.html", changed);
        Assert.Equal(after.Count - changed.Count, result.FilesUnchanged);
    }

    [Fact]
    public void A_linked_file_is_a_new_name_for_the_same_bytes_and_survives_the_old_name_being_removed()
    {
        var output = Path.Combine(_folder, "output");
        Directory.CreateDirectory(Path.Combine(output, "en"));
        File.WriteAllText(Path.Combine(output, "en", "page.html"), "<p>Same</p>");
        File.WriteAllText(Path.Combine(output, "en", "other.html"), "<p>Old</p>");
        using (var staging = StagingFolder.Create(output))
        {
            staging.WriteText("en/page.html", "<p>Same</p>");
            staging.WriteText("en/other.html", "<p>New</p>");
            staging.WriteText("en/third.html", "<p>Third</p>");
            Assert.Equal((1, 2), (staging.Unchanged, staging.Written));
            staging.Publish();
        }

        Assert.Equal("<p>Same</p>", File.ReadAllText(Path.Combine(output, "en", "page.html")));
        Assert.Equal("<p>New</p>", File.ReadAllText(Path.Combine(output, "en", "other.html")));
        Assert.Equal("<p>Third</p>", File.ReadAllText(Path.Combine(output, "en", "third.html")));
        Assert.Equal(["output", ".output.spare"], Directory.EnumerateDirectories(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void A_build_starting_from_the_spare_keeps_what_is_right_replaces_what_is_not_removes_the_rest_and_never_touches_the_public_output()
    {
        var output = Path.Combine(_folder, "output");

        // Given two published builds, so the first one's output is now the spare
        Publish(output, ("en/same.html", "same"), ("en/changes.html", "one"), ("en/gone/index.html", "gone"), ("en/was-file", "file"));
        Publish(output, ("en/same.html", "same"), ("en/changes.html", "two"), ("en/gone/index.html", "gone"), ("en/was-file", "file"));
        Assert.True(Directory.Exists(Path.Combine(_folder, ".output.spare")));
        var published = FolderSnapshot.Of(output);

        // When a third build writes into the recycled spare and is not yet published
        using var staging = StagingFolder.Create(output);
        staging.WriteText("en/same.html", "same");
        staging.WriteText("en/changes.html", "three");
        staging.WriteText("en/was-file/index.html", "now a folder");
        staging.WriteText("en/new.html", "new");

        // Then the public output is exactly as published, even where its files are shared with the spare
        Assert.Equal(published, FolderSnapshot.Of(output));

        // And once published, the output holds this build's files and nothing else
        staging.Publish();
        Assert.Equal(
            ["en/changes.html=three", "en/new.html=new", "en/same.html=same", "en/was-file/index.html=now a folder"],
            Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                .Select(f => $"{Path.GetRelativePath(output, f).Replace('\\', '/')}={File.ReadAllText(f)}")
                .Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(output, "en", "gone")));
        Assert.Equal(["output", ".output.spare"], Directory.EnumerateDirectories(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void A_nested_section_that_is_gone_is_removed_from_the_recycled_spare_folders_and_all()
    {
        var output = Path.Combine(_folder, "output");

        // Given two published builds with a section of nested folders, files at every level (as a removed area and its topics)
        (string, string)[] nested = [("en/area/index.html", "a"), ("en/area/topic/index.html", "t"), ("en/area/topic/page/index.html", "p"), ("en/area/other/index.html", "o"), ("en/kept.html", "k")];
        Publish(output, nested);
        Publish(output, nested);

        // When a build that writes none of the section starts from the spare and is published
        using (var staging = StagingFolder.Create(output))
        {
            staging.WriteText("en/kept.html", "k");
            staging.Publish();
        }

        // Then the section is gone, folders and all, and nothing failed
        Assert.Equal(["en/kept.html"], Directory.EnumerateFileSystemEntries(output, "*", SearchOption.AllDirectories)
            .Where(File.Exists).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')));
        Assert.False(Directory.Exists(Path.Combine(output, "en", "area")));
    }

    [Fact]
    public void A_build_that_is_not_published_leaves_the_output_and_keeps_its_folder_as_the_spare()
    {
        var output = Path.Combine(_folder, "output");
        Publish(output, ("index.html", "one"));
        var published = FolderSnapshot.Of(output);

        using (var staging = StagingFolder.Create(output))
        {
            staging.WriteText("index.html", "two");
        }

        Assert.Equal(published, FolderSnapshot.Of(output));
        Assert.Equal(["output", ".output.spare"], Directory.EnumerateDirectories(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Reverse());
    }

    private static void Publish(string output, params (string Path, string Text)[] files)
    {
        using var staging = StagingFolder.Create(output);
        foreach (var (path, text) in files)
        {
            staging.WriteText(path, text);
        }

        staging.Publish();
    }
}

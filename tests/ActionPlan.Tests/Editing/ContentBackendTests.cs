using System.Text.Json.Nodes;
using ActionPlan.Editing;
using ActionPlan.Tests.Support;
using CsCheck;

namespace ActionPlan.Tests.Editing;

/// <summary>
/// The editor's backend on real files: it reads and writes inside content/ (and the media folder) only, replaces a file
/// only when the editor opened that very version, never lets a new page replace one, and saves all of an entry or none.
/// </summary>
public sealed class ContentBackendTests
{
    private static JsonNode Request(string action, JsonObject parameters) => new JsonObject { ["action"] = action, ["params"] = parameters };

    private static JsonObject Save(bool newEntry, params (string Path, string Raw)[] files) => new()
    {
        ["dataFiles"] = new JsonArray([.. files.Select(f => (JsonNode)new JsonObject { ["path"] = f.Path, ["slug"] = "x", ["raw"] = f.Raw })]),
        ["assets"] = new JsonArray(),
        ["options"] = new JsonObject { ["newEntry"] = newEntry, ["commitMessage"] = "whatever the CMS says" },
    };

    [Fact]
    public void A_folder_lists_the_sections_pages_with_their_text_and_leaves_out_its_own_page()
    {
        using var site = TestSite.FromFixture("small");
        var backend = new ContentBackend(site.Root);
        var (status, body) = backend.Handle(Request("entriesByFolder", new JsonObject { ["folder"] = "content/projects", ["extension"] = "md", ["depth"] = 1 }));
        Assert.Equal(200, status);
        var paths = body!.AsArray().Select(e => (string?)e!["file"]!["path"]).ToList();
        Assert.Equal(["content/projects/familien-i-centrum.da.md", "content/projects/familien-i-centrum.en.md"], paths);
        Assert.Equal(File.ReadAllText(Path.Combine(site.Root, "content/projects/familien-i-centrum.en.md")), (string?)body[1]!["data"]);
    }

    [Theory]
    [InlineData("site.yml")]
    [InlineData("content/../site.yml")]
    [InlineData("content/projects/../../site.yml")]
    [InlineData("/etc/passwd")]
    [InlineData("content\\projects\\x.en.md")]
    [InlineData("static/files/x.en.md")]
    [InlineData("themes/default/Layouts/page.cshtml")]
    public void A_path_outside_content_is_neither_read_nor_written(string path)
    {
        using var site = TestSite.FromFixture("small");
        var before = Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
        var backend = new ContentBackend(site.Root);
        var (readStatus, read) = backend.Handle(Request("getEntry", new JsonObject { ["path"] = path }));
        var (writeStatus, written) = backend.Handle(Request("persistEntry", Save(newEntry: true, (path, "---\ntitle: x\n---\n"))));
        Assert.InRange(readStatus, 400, 499);
        Assert.InRange(writeStatus, 400, 499);
        Assert.NotNull(read!["error"]);
        Assert.NotNull(written!["error"]);
        Assert.Equal(before, Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText));
    }

    [Fact]
    public void A_symbolic_link_inside_content_is_not_followed()
    {
        using var site = TestSite.FromFixture("small");
        var outside = Directory.CreateTempSubdirectory("actionplan-outside-");
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(site.Root, "content", "linked"), outside.FullName);
            var (status, body) = new ContentBackend(site.Root).Handle(Request("persistEntry", Save(newEntry: true, ("content/linked/x.en.md", "---\ntitle: x\n---\n"))));
            Assert.Equal(403, status);
            Assert.Contains("symbolic link", (string?)body!["error"], StringComparison.Ordinal);
            Assert.Empty(outside.EnumerateFiles());
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_new_page_is_written_in_both_languages_and_never_replaces_a_file()
    {
        using var site = TestSite.FromFixture("small");
        var backend = new ContentBackend(site.Root);
        var (status, _) = backend.Handle(Request("persistEntry", Save(newEntry: true, ("content/projects/street.en.md", "---\ntitle: Street\n---\nText.\n"), ("content/projects/street.da.md", "---\ntitle: Gade\n---\nTekst.\n"))));
        Assert.Equal(200, status);
        Assert.Equal("---\ntitle: Street\n---\nText.\n", File.ReadAllText(Path.Combine(site.Root, "content/projects/street.en.md")));
        // The Danish address comes from the Danish title, not from the file name the English title gave.
        Assert.Equal("---\ntitle: Gade\nslug: gade\n---\nTekst.\n", File.ReadAllText(Path.Combine(site.Root, "content/projects/street.da.md")));

        // Even one the editor has opened: a new page is new.
        var existing = Path.Combine(site.Root, "content/projects/familien-i-centrum.en.md");
        var text = File.ReadAllText(existing);
        backend.Handle(Request("getEntry", new JsonObject { ["path"] = "content/projects/familien-i-centrum.en.md" }));
        var (clash, body) = backend.Handle(Request("persistEntry", Save(newEntry: true, ("content/projects/brand-new.en.md", "---\ntitle: New\n---\n"), ("content/projects/familien-i-centrum.en.md", "---\ntitle: Replaced\n---\n"))));
        Assert.Equal(409, clash);
        Assert.Contains("'content/projects/familien-i-centrum.en.md' already exists", (string?)body!["error"], StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(existing));
        Assert.False(File.Exists(Path.Combine(site.Root, "content/projects/brand-new.en.md")), "half a save was written");
    }

    [Fact]
    public void A_page_is_replaced_only_in_the_version_the_editor_opened()
    {
        using var site = TestSite.FromFixture("small");
        var backend = new ContentBackend(site.Root);
        const string path = "content/projects/familien-i-centrum.en.md";
        var full = Path.Combine(site.Root, path);

        var (notOpened, refusal) = backend.Handle(Request("persistEntry", Save(newEntry: false, (path, "---\ntitle: edited without opening\n---\n"))));
        Assert.Equal(409, notOpened);
        Assert.Contains("was not opened in the editor", (string?)refusal!["error"], StringComparison.Ordinal);

        backend.Handle(Request("getEntry", new JsonObject { ["path"] = path }));
        File.WriteAllText(full, "changed in a text editor meanwhile");
        var (changed, conflict) = backend.Handle(Request("persistEntry", Save(newEntry: false, (path, "---\ntitle: the editor's version\n---\n"))));
        Assert.Equal(409, changed);
        Assert.Contains("changed on disk after the editor opened it", (string?)conflict!["error"], StringComparison.Ordinal);
        Assert.Equal("changed in a text editor meanwhile", File.ReadAllText(full));

        backend.Handle(Request("getEntry", new JsonObject { ["path"] = path }));
        File.WriteAllText(full, "---\ntitle: On disk\n---\nText.\n");
        backend.Handle(Request("getEntry", new JsonObject { ["path"] = path }));
        Assert.Equal(200, backend.Handle(Request("persistEntry", Save(newEntry: false, (path, "---\ntitle: First save\n---\nText.\n")))).Status);
        Assert.Equal(200, backend.Handle(Request("persistEntry", Save(newEntry: false, (path, "---\ntitle: Second save, after the first\n---\nText.\n")))).Status);
        Assert.Equal("---\ntitle: Second save, after the first\n---\nText.\n", File.ReadAllText(full));
    }

    [Fact]
    public void Nothing_is_deleted_or_renamed_from_the_editor()
    {
        using var site = TestSite.FromFixture("small");
        var backend = new ContentBackend(site.Root);
        const string path = "content/projects/familien-i-centrum.en.md";
        backend.Handle(Request("getEntry", new JsonObject { ["path"] = path }));
        Assert.Equal(422, backend.Handle(Request("deleteFile", new JsonObject { ["path"] = path })).Status);
        Assert.Equal(422, backend.Handle(Request("deleteFiles", new JsonObject { ["paths"] = new JsonArray(path) })).Status);
        var rename = Save(newEntry: false, (path, "renamed"));
        rename["dataFiles"]![0]!["newPath"] = "content/projects/other.en.md";
        Assert.Equal(422, backend.Handle(Request("persistEntry", rename)).Status);
        Assert.True(File.Exists(Path.Combine(site.Root, path)));
        Assert.False(File.Exists(Path.Combine(site.Root, "content/projects/other.en.md")));
    }

    [Fact]
    public void An_image_is_uploaded_into_the_media_folder_and_never_over_another()
    {
        using var site = TestSite.FromFixture("small");
        var backend = new ContentBackend(site.Root);
        JsonObject Upload(string path, byte[] bytes) => new() { ["asset"] = new JsonObject { ["path"] = path, ["content"] = Convert.ToBase64String(bytes), ["encoding"] = "base64" } };
        var (status, media) = backend.Handle(Request("persistMedia", Upload("static/images/map.png", [1, 2, 3])));
        Assert.Equal(200, status);
        Assert.Equal("static/images/map.png", (string?)media!["path"]);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(site.Root, "static/images/map.png")));
        Assert.Equal(409, backend.Handle(Request("persistMedia", Upload("static/images/map.png", [9]))).Status);
        Assert.Equal(403, backend.Handle(Request("persistMedia", Upload("content/projects/map.png", [9]))).Status);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(site.Root, "static/images/map.png")));
        Assert.Single(backend.Handle(Request("getMedia", new JsonObject { ["mediaFolder"] = "static/images" })).Body!.AsArray());
    }

    [Fact]
    public void Whatever_path_a_request_names_nothing_is_written_outside_content()
    {
        using var site = TestSite.FromFixture("small");
        var outside = Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(Path.Combine(site.Root, "content") + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToDictionary(f => f, File.ReadAllText);
        var backend = new ContentBackend(site.Root);
        string[] parts = ["projects", "..", ".", "", "static", "site.yml", "x.en.md", "%2e%2e", "\\", "content", "..content"];
        var segment = Gen.Int[0, parts.Length - 1].Select(i => parts[i]);

        // Most paths start as the editor's do, in content/, so the steps out of it are tried where they matter.
        Gen.Select(segment.Array[1, 4], Gen.Bool, Gen.Int[0, 3]).Sample((segments, isNew, start) =>
        {
            var path = (start > 0 ? "content/" : "") + string.Join('/', segments);
            var (status, _) = backend.Handle(Request("persistEntry", Save(isNew, (path, "---\ntitle: planted\n---\n"))));
            var written = status == 200;
            var inside = Path.GetFullPath(Path.Combine(site.Root, path)).StartsWith(Path.Combine(site.Root, "content") + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            return (!written || inside) && outside.All(f => File.Exists(f.Key) && File.ReadAllText(f.Key) == f.Value);
        }, iter: 3000);
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories), f => !outside.ContainsKey(f) && !f.StartsWith(Path.Combine(site.Root, "content") + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }
}

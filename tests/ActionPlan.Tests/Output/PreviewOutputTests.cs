using ActionPlan.Output;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Output;

public sealed class PreviewOutputTests : IDisposable
{
    private readonly string _folder = Scratch.NewFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Writes_only_what_changed_and_removes_what_is_no_longer_built()
    {
        var preview = new PreviewOutput();
        var source = Path.Combine(_folder, "..", Guid.NewGuid().ToString("N") + ".css");
        File.WriteAllText(source, "body{}");

        Assert.Equal(3, preview.Write(_folder, new Dictionary<string, string> { ["en/index.html"] = "a", ["en/x/index.html"] = "b" }, new Dictionary<string, string> { ["assets/site.css"] = source }));
        var untouched = File.GetLastWriteTimeUtc(Path.Combine(_folder, "en", "index.html"));
        File.SetLastWriteTimeUtc(Path.Combine(_folder, "en", "index.html"), untouched.AddHours(-1));

        var written = preview.Write(_folder, new Dictionary<string, string> { ["en/index.html"] = "a", ["en/y/index.html"] = "c" }, new Dictionary<string, string> { ["assets/site.css"] = source });

        Assert.Equal(1, written);
        Assert.Equal(untouched.AddHours(-1), File.GetLastWriteTimeUtc(Path.Combine(_folder, "en", "index.html")));
        Assert.False(File.Exists(Path.Combine(_folder, "en", "x", "index.html")));
        Assert.Equal("c", File.ReadAllText(Path.Combine(_folder, "en", "y", "index.html")));
        Assert.Throws<InvalidOperationException>(() => preview.Write(_folder, new Dictionary<string, string> { ["../escape.html"] = "x" }, new Dictionary<string, string>()));
        File.Delete(source);
    }

    [Fact]
    public void The_first_write_of_a_session_removes_what_an_earlier_session_left_in_the_folder()
    {
        // Given a folder written by an earlier session, with a page since renamed
        new PreviewOutput().Write(_folder, new Dictionary<string, string> { ["en/index.html"] = "a", ["en/old-name/index.html"] = "old" }, new Dictionary<string, string>());

        // When a new session writes its first build
        new PreviewOutput().Write(_folder, new Dictionary<string, string> { ["en/index.html"] = "a", ["en/new-name/index.html"] = "new" }, new Dictionary<string, string>());

        // Then only that build's files are there
        Assert.Equal(["en/index.html", "en/new-name/index.html"],
            Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_folder, "en", "old-name")));
    }
}

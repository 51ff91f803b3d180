using System.Globalization;
using ActionPlan.Build;

namespace ActionPlan.Tests.Support;

/// <summary>A whole site written as text into a temporary folder, built with the real pipeline.</summary>
internal sealed class TestSite : IDisposable
{
    public const string Config = """
        title: { en: "Test site", da: "Testside" }
        base_url: https://example.org/international/
        languages:
          - { code: en, name: English, locale: en-GB }
          - { code: da, name: Dansk, locale: da-DK }
        default_language: en
        sections: { projects: { en: projects, da: projekter } }
        """;

    private TestSite(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "output");

    /// <summary>A site with the given files (path relative to the site folder → text); site.yml defaults to <see cref="Config"/>.</summary>
    public static TestSite Create(params (string Path, string Text)[] files)
    {
        var root = Scratch.NewFolder();
        Directory.CreateDirectory(root);
        var site = new TestSite(root);
        if (!files.Any(f => f.Path == "site.yml"))
        {
            site.Write("site.yml", Config);
        }

        foreach (var (path, text) in files)
        {
            site.Write(path, text);
        }

        return site;
    }

    /// <summary>A copy of a fixture site from Fixtures/Sites/&lt;name&gt;.</summary>
    public static TestSite FromFixture(string name)
    {
        var site = Create();
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sites", name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(site.Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        return site;
    }

    /// <summary>A page file with front matter (title, plus any extra lines) and a body.</summary>
    public static string Page(string title, string body = "", string extraFrontMatter = "") =>
        $"---\ntitle: {title}\n{(extraFrontMatter.Length > 0 ? extraFrontMatter.TrimEnd('\n') + "\n" : "")}---\n{body}";

    public void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (text.StartsWith(PngMarker, StringComparison.Ordinal))
        {
            var size = text[PngMarker.Length..].Split('x');
            File.WriteAllBytes(full, PngBytes(int.Parse(size[0], CultureInfo.InvariantCulture), int.Parse(size[1], CultureInfo.InvariantCulture)));
            return;
        }

        File.WriteAllText(full, text);
    }

    private const string PngMarker = "\u0001png:";

    /// <summary>A day long past, for <see cref="Settle"/>.</summary>
    public static readonly DateTime LongAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Dates a file's last change at <paramref name="written"/> (default <see cref="LongAgo"/>): a build trusts a file's
    /// size and times to tell a change only once they have settled (<see cref="ActionPlan.Caching.FileDigests.Settle"/>).
    /// </summary>
    public void Settle(string path, DateTime? written = null) => File.SetLastWriteTimeUtc(Path.Combine(Root, path), written ?? LongAgo);

    /// <summary>
    /// The text that <see cref="Create"/> and <see cref="Write"/> write as a real PNG image of this size (a file list
    /// holds texts): a gradient with noise, so it compresses as a photograph would, the same bytes every time.
    /// </summary>
    public static string Png(int width, int height) => string.Create(CultureInfo.InvariantCulture, $"{PngMarker}{width}x{height}");

    /// <summary>A PNG image of this size (see <see cref="Png"/>).</summary>
    public static byte[] PngBytes(int width, int height)
    {
        var rgba = new byte[width * height * 4];
        var random = new Random(width * 7919 + height);
        for (var i = 0; i < rgba.Length; i += 4)
        {
            var (x, y) = (i / 4 % width, i / 4 / width);
            rgba[i] = (byte)(x * 255 / Math.Max(1, width - 1));
            rgba[i + 1] = (byte)(y * 255 / Math.Max(1, height - 1));
            rgba[i + 2] = (byte)random.Next(256);
            rgba[i + 3] = 255;
        }

        return ActionPlan.Images.ImageEncoder.Png(new ActionPlan.Images.Pixels(width, height, rgba));
    }

    /// <summary>Adds lines to the end of site.yml.</summary>
    public void AppendToConfig(string lines) =>
        File.AppendAllText(Path.Combine(Root, "site.yml"), lines);

    public Task<BuildResult> BuildAsync() =>
        SiteBuilder.BuildAsync(new BuildOptions(Root, Output) { BuiltInThemeDirectory = BuiltInTheme, CompiledTemplateFolder = SharedTemplates }, TestContext.Current.CancellationToken);

    /// <summary>
    /// One compiled-template store for the whole test run: the test sites share the default theme, so its templates
    /// compile once, not once per site (the store's own tests use each site's folder).
    /// </summary>
    public static string SharedTemplates { get; } = Path.Combine(Scratch.Base, "templates");

    /// <summary>
    /// Points a site folder's own store of compiled templates (<c>.actionplan/templates</c>) at <see cref="SharedTemplates"/>,
    /// for a build run as the tool runs it (in process or as a program), which takes no store from its caller.
    /// </summary>
    public static void ShareCompiledTemplates(string siteFolder)
    {
        var store = Path.Combine(siteFolder, ActionPlan.Rendering.CompiledTemplateStore.DefaultFolder);
        if (!File.Exists(Path.Combine(siteFolder, "site.yml")) || Path.Exists(store))
        {
            return;
        }

        Directory.CreateDirectory(SharedTemplates);
        Directory.CreateDirectory(Path.GetDirectoryName(store)!);
        Directory.CreateSymbolicLink(store, SharedTemplates);
    }

    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(Output, path));

    public bool OutputExists(string path) => File.Exists(Path.Combine(Output, path));

    public static string BuiltInTheme => Path.Combine(AppContext.BaseDirectory, "themes", "default");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

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
        var root = Path.Combine(Path.GetTempPath(), "actionplan-tests", Guid.NewGuid().ToString("N"));
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
        File.WriteAllText(full, text);
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
    public static string SharedTemplates { get; } = Path.Combine(Path.GetTempPath(), "actionplan-tests", "templates");

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

using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Model;
using ActionPlan.Output;
using ActionPlan.Tests.Support;
using CsCheck;

namespace ActionPlan.Tests.Properties;

/// <summary>Property-based tests (CsCheck): whatever an editor types, the build reports it and never crashes or writes outside the output.</summary>
public sealed class RandomInputProperties
{
    // Characters that matter to YAML, Markdown and paths, plus Danish letters and line ends.
    private static readonly Gen<string> Text = Gen.String[Gen.Char["-:#>[]{}()|*_`!\"'\\/.\n\r\t æøåÆØÅabc12 <>&%?=@~"], 0, 200];

    [Fact]
    public void Random_front_matter_and_markdown_never_make_the_build_throw()
    {
        using var site = TestSite.Create(Minimal.Files());
        var path = Path.Combine(site.Root, "content", "projects", "random.en.md");
        Gen.Select(Text, Text, Gen.Bool).Sample((front, body, fenced) =>
        {
            File.WriteAllText(path, fenced ? $"---\ntitle: x\n{front}\n---\n{body}" : front + body);
            var diagnostics = new DiagnosticBag();
            var model = SiteBuilder.LoadSite(site.Root, diagnostics, cancellation: TestContext.Current.CancellationToken);
            Assert.NotNull(model);
            Assert.All(diagnostics.ToSortedList(), d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void Random_aliases_either_are_refused_or_stay_inside_the_output_folder()
    {
        var root = Path.Combine(Scratch.Run, "output-root");
        Text.Sample(alias =>
        {
            if (SiteModelBuilder.NormalizeAlias(alias) is { } path)
            {
                var full = Path.GetFullPath(Path.Combine(root, path));
                Assert.StartsWith(root + Path.DirectorySeparatorChar, full, StringComparison.Ordinal);
            }
        }, iter: 2000);
    }

    [Fact]
    public void Random_link_targets_resolve_inside_the_site_or_are_refused()
    {
        using var site = TestSite.Create(Minimal.Files(("content/projects/a.en.md", TestSite.Page("A"))));
        var model = SiteBuilder.LoadSite(site.Root, new DiagnosticBag(), cancellation: TestContext.Current.CancellationToken)!;
        var resolver = new LinkResolver(model);
        var page = model.Find("projects/a", model.In("en"))!;
        var relative = Gen.String[Gen.Char["./a-z_æ%#?:"], 0, 40];
        relative.Sample(url =>
        {
            var resolution = resolver.Resolve(page, url);
            var href = resolution.Href;
            if (resolution.Error is null && !string.IsNullOrEmpty(href) && !href.StartsWith('#') && !href.Contains(':', StringComparison.Ordinal) && !href.StartsWith("//", StringComparison.Ordinal))
            {
                Assert.StartsWith("/international/", href, StringComparison.Ordinal);
                var path = Uri.UnescapeDataString(href.Split('#', '?')[0])["/international/".Length..];
                Assert.DoesNotContain("..", path.Split('/'));
            }
        }, iter: 3000);
    }

    [Fact]
    public void The_staging_folder_refuses_any_path_that_leaves_it()
    {
        var output = Path.Combine(Scratch.NewFolder(), "output");
        using var staging = StagingFolder.Create(output);
        Text.Sample(path =>
        {
            try
            {
                var full = staging.Resolve(path);
                Assert.StartsWith(staging.Path + Path.DirectorySeparatorChar, full, StringComparison.Ordinal);
            }
            catch (InvalidOperationException)
            {
                // Refused: fine.
            }
        }, iter: 2000);
    }
}

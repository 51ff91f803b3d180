using ActionPlan.Checking;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Loading;
using ActionPlan.Markup;
using ActionPlan.Model;
using ActionPlan.Output;
using ActionPlan.Rendering;
using ActionPlan.Reports;

namespace ActionPlan.Build;

/// <summary>
/// Runs the build stages in order: configuration → loading → markup → model → rendering → output → checking.
/// Each stage reports into one diagnostic bag; the build goes on while it can, so one run reports every
/// content error, and writes nothing to the output folder unless every stage (the link check too) succeeded.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds a site.</summary>
    public static async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellation = default)
    {
        var diagnostics = new DiagnosticBag();
        var site = Path.GetFullPath(options.SiteDirectory);
        var output = Path.GetFullPath(options.OutputDirectory);

        // A wrong site.yml, theme or output folder stops the build before any page is looked at (exit code 2).
        options.Progress?.Report("Reading the content");
        var outputIsSafe = IsSafeOutput(site, output, diagnostics);
        var model = outputIsSafe ? LoadSite(site, diagnostics, options.Publishing, cancellation) : null;
        var theme = model is null ? null : LocateTheme(site, model.Config, options, diagnostics);
        if (model is null || theme is null)
        {
            return Stopped(diagnostics, configurationFailed: true);
        }

        if (diagnostics.HasErrors)
        {
            return Stopped(diagnostics);
        }

        var reports = new SiteReports(model);
        var generated = GeneratedPagePlanner.Plan(reports, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Stopped(diagnostics);
        }

        var assets = AssetManifest.Create(theme, model.Assets, diagnostics);
        foreach (var home in model.Config.Languages.Select(l => model.Home(l.Code)).OfType<Model.Page>())
        {
            assets.AddText(SearchIndexBuilder.PathFor(home), SearchIndexBuilder.Build(model, home.Language.Code));
        }

        options.Progress?.Report($"Rendering {model.Pages.Count + generated.Count} pages");
        var store = new CompiledTemplateStore(options.CompiledTemplateFolder ?? Path.Combine(site, CompiledTemplateStore.DefaultFolder));
        var renderer = options.Templates?.RendererFor(theme, store) ?? new PageRenderer(theme, store);
        var pages = await renderer.RenderAsync(reports, generated, assets, diagnostics, cancellation);
        if (diagnostics.HasErrors)
        {
            return Stopped(diagnostics);
        }

        var rendered = pages.Concat(SiteFilesBuilder.Build(model, pages)).ToList();

        options.Progress?.Report("Writing files");
        var origins = rendered.Where(r => r.Page is not null).ToDictionary(r => r.OutputPath, r => OriginOf(r.Page!), StringComparer.Ordinal);
        var htmlTexts = rendered.Where(r => r.OutputPath.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(r => r.OutputPath, r => r.Text, StringComparer.Ordinal);
        CheckClashes(assets, rendered, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Stopped(diagnostics);
        }

        if (options.Preview is { } preview)
        {
            // Preview: in place and only what changed, so a save shows at once; a broken link still shows as an error.
            var texts = assets.Texts.Concat(rendered.Select(r => KeyValuePair.Create(r.OutputPath, r.Text))).ToDictionary(StringComparer.Ordinal);
            preview.Write(output, texts, assets.Copies);
            options.Progress?.Report("Checking links");
            var checkedInPlace = LinkChecker.Check(output, model.Config, origins, Path.GetFileName(output), diagnostics, htmlTexts, options.LinkScans);
            return Finished(diagnostics, pages, assets, checkedInPlace, model, published: !diagnostics.HasErrors) with { TemplatesCompiled = store.Compiled };
        }

        using var staging = StagingFolder.Create(output);
        WriteFiles(staging, assets, rendered);
        options.Progress?.Report("Checking links");
        var checkedLinks = LinkChecker.Check(staging.Path, model.Config, origins, Path.GetFileName(output), diagnostics, htmlTexts, options.LinkScans);
        cancellation.ThrowIfCancellationRequested();
        if (diagnostics.HasErrors)
        {
            return Stopped(diagnostics);
        }

        options.Progress?.Report("Publishing");
        staging.Publish();
        return Finished(diagnostics, pages, assets, checkedLinks, model, published: true) with { TemplatesCompiled = store.Compiled, FilesUnchanged = staging.Unchanged };
    }

    private static BuildResult Finished(DiagnosticBag diagnostics, IReadOnlyList<RenderedFile> pages, AssetManifest assets, int checkedLinks, Site model, bool published) =>
        new(diagnostics.ToSortedList(), pages.Count(r => r.OutputPath != "index.html"), assets.Copies.Count, checkedLinks, published, ConfigurationFailed: false)
        {
            MissingTwins = Translations.TranslationStatus.Missing(model).Count,
        };

    /// <summary>
    /// Runs the stages up to the model (configuration, loading, Markdown, model) without writing anything;
    /// null when the configuration cannot be read. Content errors are in <paramref name="diagnostics"/>.
    /// </summary>
    /// <param name="siteDirectory">The site folder.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="publishing">Which pages are published; default: <see cref="PublishingRules.Default"/>.</param>
    /// <param name="cancellation">Stops the work.</param>
    public static Site? LoadSite(string siteDirectory, DiagnosticBag diagnostics, PublishingRules? publishing = null, CancellationToken cancellation = default)
    {
        var config = SiteConfigReader.Read(siteDirectory, diagnostics);
        if (config is null)
        {
            return null;
        }

        // Loading and Markdown parsing are per file and independent: parallel, kept in path order.
        var sources = ContentScanner.Scan(siteDirectory, config, diagnostics);
        var parsed = new (ParsedSource, ParsedMarkdown)?[sources.Pages.Count];
        var codes = config.Languages.Select(l => l.Code).ToList();
        Parallel.For(0, sources.Pages.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            if (FrontMatterReader.Read(sources.Pages[i], diagnostics, codes) is { } source)
            {
                try
                {
                    parsed[i] = (source, MarkupParser.Parse(source.Body, source.BodyLine));
                }
                catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.Ordinal))
                {
                    // Markdig refuses absurd nesting rather than overflow the stack; tell the editor where.
                    diagnostics.Error("markdown-depth", source.Source.Path, source.BodyLine, 1,
                        "the Markdown nests too deeply (quotes or lists inside each other hundreds of times); simplify it.");
                }
            }
        });

        var rules = publishing ?? PublishingRules.Default;
        var all = parsed.OfType<(ParsedSource Source, ParsedMarkdown Markdown)>().ToList();
        var withheld = all.Where(p => rules.WithheldBecause(p.Source.FrontMatter) is not null)
            .ToDictionary(p => (p.Source.Source.TwinKey, p.Source.Source.LanguageCode), p => rules.WithheldBecause(p.Source.FrontMatter)!);
        var published = all.Where(p => !withheld.ContainsKey((p.Source.Source.TwinKey, p.Source.Source.LanguageCode))).Select(p => (p.Source, p.Markdown)).ToList();
        return SiteModelBuilder.Build(config, published, sources.Assets, diagnostics, withheld);
    }

    private static void CheckClashes(AssetManifest assets, IReadOnlyList<RenderedFile> rendered, DiagnosticBag diagnostics)
    {
        foreach (var file in rendered.Where(r => assets.Writes(r.OutputPath)))
        {
            diagnostics.Error("file-clash", file.Page?.Source.Path ?? file.OutputPath, 0, 0,
                $"a file from static/, content/ or the theme would overwrite the page at /{file.OutputPath}; rename it.");
        }
    }

    private static void WriteFiles(StagingFolder staging, AssetManifest assets, IReadOnlyList<RenderedFile> rendered)
    {
        foreach (var (target, source) in assets.Copies)
        {
            staging.Copy(source, target);
        }

        foreach (var (target, text) in assets.Texts)
        {
            staging.WriteText(target, text);
        }

        Parallel.ForEach(rendered, file => staging.WriteText(file.OutputPath, file.Text));
    }

    private static LinkOrigin OriginOf(Page page) =>
        new(page.Source.Path, page.Links
            .GroupBy(l => l.Href, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(int, int)>)g.Select(l => (l.Link.Line, l.Link.Column)).ToList(), StringComparer.Ordinal));

    private static ThemeFiles? LocateTheme(string site, SiteConfig config, BuildOptions options, DiagnosticBag diagnostics)
    {
        var own = Path.Combine(site, "themes", config.Theme);
        if (config.Theme != "default" && !Directory.Exists(own))
        {
            diagnostics.Error("theme", SiteConfigReader.FileName, 0, 0, $"theme '{config.Theme}' was not found: there is no folder themes/{config.Theme}/ in the site.");
            return null;
        }

        if (!Directory.Exists(options.BuiltInThemeDirectory))
        {
            diagnostics.Error("theme", SiteConfigReader.FileName, 0, 0, $"the default theme is missing from the installation ({options.BuiltInThemeDirectory}); reinstall ActionPlan.");
            return null;
        }

        return new ThemeFiles([own, options.BuiltInThemeDirectory]);
    }

    private static bool IsSafeOutput(string site, string output, DiagnosticBag diagnostics)
    {
        static bool IsWithin(string path, string folder) =>
            path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

        if (IsWithin(site, output) || IsWithin(output, Path.Combine(site, ContentScanner.ContentFolder))
            || IsWithin(output, Path.Combine(site, ContentScanner.StaticFolder)) || IsWithin(output, Path.Combine(site, "themes")))
        {
            diagnostics.Error("output-folder", output, 0, 0, "the output folder may not be the site folder, hold it, or lie inside content/, static/ or themes/; use e.g. output/.");
            return false;
        }

        return true;
    }

    private static BuildResult Stopped(DiagnosticBag diagnostics, bool configurationFailed = false) =>
        new(diagnostics.ToSortedList(), 0, 0, 0, Published: false, configurationFailed);
}

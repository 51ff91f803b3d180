using ActionPlan.Checking;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Images;
using ActionPlan.Loading;
using ActionPlan.Model;
using ActionPlan.Output;
using ActionPlan.Products;
using ActionPlan.Rendering;
using ActionPlan.Search;

namespace ActionPlan.Build;

/// <summary>
/// Builds a site in named phases: load, parse, model and plan (<see cref="SiteLoader"/>), then images, render, write,
/// print, check and publish. Each phase reports into one diagnostic bag and the build goes on while it can, so one run
/// reports every content error. Where the files go is chosen once (<see cref="IOutputSink"/>): a staging folder swapped
/// in only when every phase, the link check too, succeeded; the preview's folder; or nowhere, for a check.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds a site into a staging folder that replaces the output when every phase succeeded.</summary>
    public static Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellation = default) =>
        BuildAsync(options, session: null, cancellation);

    /// <summary>Builds a site; with a session (the preview's), into its folder in place and reusing its caches.</summary>
    internal static async Task<BuildResult> BuildAsync(BuildOptions options, BuildSession? session, CancellationToken cancellation)
    {
        var run = new BuildRun(options, session, cancellation);
        if (run.Repeated() is { } repeated)
        {
            return repeated;
        }

        // A wrong site.yml, theme or output folder stops the build before any page is looked at (exit code 2).
        using var sink = OutputSinks.For(options, session, run.SiteFolder, run.OutputFolder, run.Diagnostics);
        if (sink is null || run.Load() is not var (model, theme))
        {
            return run.Stopped(configurationFailed: true);
        }

        // Spelling and readability need only the model; they run beside the phases that render and write.
        run.StartWriting(model);
        var (assets, prints) = Prepare(run, model, theme, sink);
        if (assets is null)
        {
            // The templates' problems are reported with the content's, and nothing is still being added.
            await run.Renderer.CompiledAsync();
            return await run.StoppedAsync(model);
        }

        var output = new BuildOutput(sink, NewLinkChecker(run, model, sink), run.Progress, model.Pages.Count);
        if (await RenderAsync(run, model, assets, output) is not { } rendered || !await WriteAsync(run, model, assets, rendered, output, sink))
        {
            return await run.StoppedAsync(model);
        }

        if (prints is not null)
        {
            await PrintAsync(run, model, prints, sink.PrintsFrom!);
        }

        var checkedLinks = Check(run, model, assets, output, sink);
        var writing = await run.WritingAsync();
        var result = new BuildResult(run.Diagnostics.ToSortedList(), output.Pages, assets.Copies.Count, checkedLinks, Published: false, ConfigurationFailed: false)
        {
            MissingTwins = Translations.TranslationStatus.Missing(model).Count,
            TemplatesCompiled = run.Store.Compiled,
            BasePath = model.Config.BasePath,
            Writing = writing,
            Parsed = run.Parsed,
            ParsesKept = run.ParsesKept,
            PagesKept = run.Renderings?.Recalled ?? 0,
            WritingRead = run.WritingRead,
        };
        return run.Remember(sink.Finish(model, output.Written, result, run.Diagnostics, cancellation));
    }

    /// <summary>
    /// The images phase and what the rendering needs before it starts: images resized (before the content's errors stop
    /// the build, so an image's problems show with theirs), the PDFs to print planned, and every theme and site file
    /// listed. Null assets when the content's errors stop the build here.
    /// </summary>
    private static (AssetManifest? Assets, Prints? Prints) Prepare(BuildRun run, Site model, ThemeFiles theme, IOutputSink sink)
    {
        var images = ImageResizer.Prepare(model.Assets, Path.Combine(run.CacheFolder, ImageResizer.CacheFolder), model.Config.Images, run.Diagnostics, write: sink.MakesImages);

        // Pages are printed from the written pages, so only by a build that writes them to a folder of its own.
        var prints = run.Options.PrintPdfs && sink.Prints ? SiteProducts.Prints(model) : [];
        var chromium = prints.Count > 0 ? FindChromium(model.Config, run.Diagnostics) : null;
        run.Progress?.Report(new BuildProgress(BuildStage.Compiling));
        if (run.Diagnostics.HasErrors)
        {
            return (null, null);
        }

        var assets = AssetManifest.Create(theme, model.Assets, run.Diagnostics);
        assets.AddImages(images);
        if (chromium is null)
        {
            return (assets, null);
        }

        assets.PlanPrinted(prints.Select(j => j.PdfOutputPath));
        return (assets, new Prints(chromium, prints));
    }

    private static LinkChecker NewLinkChecker(BuildRun run, Site model, IOutputSink sink) =>
        new(model.Config, model.Written.ToDictionary(p => p.OutputPath, p => OriginOf(model, p), StringComparer.Ordinal), Path.GetFileName(run.OutputFolder), sink.Scans);

    /// <summary>The render phase: every page, each written out and scanned as soon as it is rendered, its view taken into the search index and the feeds.</summary>
    private static async Task<Rendered?> RenderAsync(BuildRun run, Site model, AssetManifest assets, BuildOutput output)
    {
        var search = new SearchIndexBuilder();
        var feeds = new FeedBuilder();
        var products = SiteProducts.ViewsOf(model, assets.Printed);
        var sitemap = await run.Renderer.RenderAsync(model, products, assets, run.Diagnostics, view =>
        {
            search.Add(view);
            feeds.Add(view);
        }, output.WritePage, run.Cancellation, run.Renderings);
        return run.Diagnostics.HasErrors ? null : new Rendered(sitemap, search, feeds, products);
    }

    /// <summary>The write phase: the files around the pages (sitemap, feeds, redirects), the search index, and the theme's and site's files; false when a clash stops the build.</summary>
    private static async Task<bool> WriteAsync(BuildRun run, Site model, AssetManifest assets, Rendered rendered, BuildOutput output, IOutputSink sink)
    {
        foreach (var file in await run.Renderer.RenderFilesAsync(SiteFilesBuilder.Plan(model, rendered.Sitemap, rendered.Feeds), run.Diagnostics))
        {
            output.Write(file);
        }

        // A clash is an error already; the asset must not then replace the page's file.
        if (run.Diagnostics.HasErrors)
        {
            return false;
        }

        rendered.Search.WriteInto(model, language => rendered.Products.SearchOf(language)?.Page, assets);
        Parallel.ForEach(assets.Copies, copy => output.Copy(copy.Value, copy.Key));
        sink.WriteAssets(assets);
        return true;
    }

    /// <summary>The check phase: every link of every file, and what only the sink's output needs, before anything becomes visible.</summary>
    private static int Check(BuildRun run, Site model, AssetManifest assets, BuildOutput output, IOutputSink sink)
    {
        run.Progress?.Report(new BuildProgress(BuildStage.Checking, output.Checker.Scanned, output.Checker.Scanned));
        var files = output.Written.Concat(assets.Texts.Keys).Concat(assets.Copies.Keys).Concat(assets.Printed).ToHashSet(StringComparer.Ordinal);
        var checkedLinks = output.Checker.Check(files, run.Diagnostics);
        sink.Check(model, files, run.Diagnostics);
        return checkedLinks;
    }

    /// <summary>The pages to print, and the Chromium that prints them.</summary>
    private sealed record Prints(string Chromium, IReadOnlyList<Printing.PrintJob> Jobs);

    /// <summary>What the render phase hands on: the sitemap's entries, the search index and feeds gathered from the views, and the products' views.</summary>
    private sealed record Rendered(IReadOnlyList<SitemapEntry> Sitemap, SearchIndexBuilder Search, FeedBuilder Feeds, ProductViews Products);

    /// <summary>
    /// Runs the stages up to the model (configuration, theme, loading, Markdown, model) without writing anything;
    /// null when the configuration or the theme cannot be used. Content errors are in <paramref name="diagnostics"/>.
    /// </summary>
    /// <param name="siteDirectory">The site folder.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="publishing">Which pages are published; default: <see cref="PublishingRules.Default"/>.</param>
    /// <param name="cancellation">Stops the work.</param>
    /// <param name="progress">Told as stages start and pages are parsed; default: nobody.</param>
    /// <param name="builtInThemeDirectory">The default theme; default: the one installed with the tool.</param>
    public static Site? LoadSite(
        string siteDirectory, DiagnosticBag diagnostics, PublishingRules? publishing = null, CancellationToken cancellation = default,
        IProgress<BuildProgress>? progress = null, string? builtInThemeDirectory = null) =>
        SiteLoader.Load(siteDirectory, diagnostics, publishing, cancellation, progress, builtInThemeDirectory ?? BuildOptions.InstalledTheme)?.Site;

    /// <summary>
    /// Runs the stages up to the model over the site's sources as <paramref name="edit"/> changes them (files renamed or
    /// rewritten in memory, nothing on disk), so a change can be checked before it is made; null as for <see cref="LoadSite(string, DiagnosticBag, PublishingRules?, CancellationToken, IProgress{BuildProgress}?, string?)"/>.
    /// </summary>
    internal static Site? LoadSite(string siteDirectory, DiagnosticBag diagnostics, PublishingRules publishing, string builtInThemeDirectory, Func<SiteSources, SiteSources> edit) =>
        SiteLoader.Load(siteDirectory, diagnostics, publishing, CancellationToken.None, null, builtInThemeDirectory, edit: edit)?.Site;

    /// <summary>The Chromium that prints the status reports; without one, an error that says how to get one or turn printing off.</summary>
    private static string? FindChromium(SiteConfig config, DiagnosticBag diagnostics)
    {
        if (Printing.PdfPrinter.FindChromium() is { } found)
        {
            return found;
        }

        diagnostics.Error("status-pdf", SiteConfigReader.FileName, config.StatusPdfLine, 1,
            Environment.GetEnvironmentVariable("ACTIONPLAN_CHROMIUM") is { Length: > 0 } named
                ? $"status_pdf: true prints the status reports with Chromium, but ACTIONPLAN_CHROMIUM names '{named}', which does not exist: name the Chromium program there, or unset it to use the installed one."
                : "status_pdf: true prints the status reports with Chromium, and none is installed: install it (Debian and Ubuntu: 'sudo apt install chromium'; or Google Chrome), name its program in ACTIONPLAN_CHROMIUM, build with --no-pdf, or set status_pdf: false.");
        return null;
    }

    /// <summary>The print phase: each page to print, as written into the staging folder, to its PDF beside it.</summary>
    private static async Task PrintAsync(BuildRun run, Site model, Prints prints, StagingFolder staging)
    {
        run.Progress?.Report(new BuildProgress(BuildStage.Printing));
        try
        {
            var cache = Path.Combine(run.CacheFolder, Printing.PdfPrinter.CacheFolder);
            foreach (var (path, bytes) in await Printing.PdfPrinter.PrintAsync(prints.Chromium, staging.Path, model.Config.BasePath, prints.Jobs, cache, run.Cancellation))
            {
                staging.WriteBytes(path, bytes);
            }
        }
        catch (Exception e) when (e is PuppeteerSharp.PuppeteerException or IOException or TimeoutException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            run.Diagnostics.Error("status-pdf", SiteConfigReader.FileName, model.Config.StatusPdfLine, 1,
                $"status_pdf: true, but Chromium ({prints.Chromium}) could not print the status reports: {e.Message.Split('\n')[0]} Check that it starts ('{prints.Chromium} --headless --version'), or set status_pdf: false.");
        }
    }

    private static LinkOrigin OriginOf(Site site, Page page) =>
        new(page.Source.Path, site.LinksOf(page)
            .GroupBy(l => l.Href, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(int, int)>)g.Select(l => (l.Link.Line, l.Link.Column)).ToList(), StringComparer.Ordinal));

    /// <summary>The site's theme over the default one; a missing theme is an error in site.yml.</summary>
    public static ThemeFiles? LocateTheme(string site, SiteConfig config, string builtInTheme, DiagnosticBag diagnostics)
    {
        var own = Path.Combine(site, "themes", config.Theme);
        if (config.Theme != "default" && !Directory.Exists(own))
        {
            diagnostics.Error("theme", SiteConfigReader.FileName, 0, 0, $"theme '{config.Theme}' was not found: there is no folder themes/{config.Theme}/ in the site.");
            return null;
        }

        if (!Directory.Exists(builtInTheme))
        {
            diagnostics.Error("theme", SiteConfigReader.FileName, 0, 0, $"the default theme is missing from the installation ({builtInTheme}); reinstall ActionPlan.");
            return null;
        }

        return new ThemeFiles([own, builtInTheme]);
    }
}

using System.Collections.Concurrent;
using ActionPlan.Checking;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Images;
using ActionPlan.Loading;
using ActionPlan.Markup;
using ActionPlan.Model;
using ActionPlan.Output;
using ActionPlan.Rendering;
using ActionPlan.Reports;
using ActionPlan.Search;

namespace ActionPlan.Build;

/// <summary>
/// Runs the build stages in order: configuration → loading → markup → model → rendering → output → checking.
/// Each stage reports into one diagnostic bag; the build goes on while it can, so one run reports every
/// content error, and writes nothing to the output folder unless every stage (the link check too) succeeded.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds a site into a staging folder that replaces the output when every stage succeeded.</summary>
    public static Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellation = default) =>
        BuildAsync(options, session: null, cancellation);

    /// <summary>Builds a site; with a session (the preview's), in place and reusing its caches.</summary>
    internal static async Task<BuildResult> BuildAsync(BuildOptions options, BuildSession? session, CancellationToken cancellation)
    {
        var diagnostics = new DiagnosticBag();
        var progress = options.Progress;
        var site = Path.GetFullPath(options.SiteDirectory);
        var output = Path.GetFullPath(options.OutputDirectory);

        // The templates load (or compile) on another thread while the content is read and parsed: as soon as the
        // theme is known, not after the model.
        var store = new CompiledTemplateStore(options.CompiledTemplateFolder ?? Path.Combine(site, CompiledTemplateStore.DefaultFolder));
        PageRenderer? renderer = null;
        void ThemeLocated(ThemeFiles located)
        {
            renderer = session?.Templates.RendererFor(located, store) ?? new PageRenderer(located, store);
            renderer.StartCompiling(diagnostics);
        }

        // A wrong site.yml, theme or output folder stops the build before any page is looked at (exit code 2).
        var outputIsSafe = options.CheckOnly || IsSafeOutput(site, output, diagnostics);
        if ((outputIsSafe ? Load(site, diagnostics, options.Publishing, cancellation, progress, options.BuiltInThemeDirectory, ThemeLocated, options.Changes.Count == 0 ? null : s => s.With(options.Changes)) : null) is not var (model, theme))
        {
            return Stopped(diagnostics, configurationFailed: true);
        }

        session?.Modelled(model);

        // Before the content's errors stop the build, so an image's problems show with theirs.
        var cache = options.CacheFolder ?? Path.Combine(site, ".actionplan");
        var images = ImageResizer.Prepare(model.Assets, Path.Combine(cache, ImageResizer.CacheFolder), model.Config.Images, diagnostics, write: !options.CheckOnly);

        // Status reports are printed from the written pages, so only by a build that writes them to a folder of its own
        // (not a preview, which keeps its pages in memory to the end, nor a check).
        var chromium = model.Config.StatusPdf && options.PrintPdfs && session is null && !options.CheckOnly && model.Pages.Any(p => p.Role == PageRole.StatusReport)
            ? FindChromium(model.Config, diagnostics)
            : null;
        progress?.Report(new BuildProgress(BuildStage.Compiling));
        if (diagnostics.HasErrors)
        {
            // The templates' problems are reported with the content's, and nothing is still being added.
            await renderer!.CompiledAsync();
            return Stopped(diagnostics) with { BasePath = model.Config.BasePath };
        }

        var assets = AssetManifest.Create(theme, model.Assets, diagnostics);
        assets.AddImages(images);
        var reports = model.Pages.Where(p => p.Role == PageRole.StatusReport).ToList();
        if (chromium is not null)
        {
            assets.PlanPrinted(reports.Select(SiteUrls.StatusPdfOf));
        }

        var search = new SearchIndexBuilder();
        var feeds = new FeedBuilder();

        // Each page is written and scanned for the link check as soon as it is rendered, so no page's HTML is
        // kept to the end. A preview instead holds the files until the whole build has rendered, so the folder it
        // serves changes only when every page could be made.
        var origins = model.Written.ToDictionary(p => p.OutputPath, p => OriginOf(model, p), StringComparer.Ordinal);
        // The sink is chosen once: the session writes in place, a one-off build to a staging folder.
        using var staging = session is null && !options.CheckOnly ? StagingFolder.Create(output) : null;
        var savedScans = staging is null ? null : StagingFolder.Beside(output, "scans");
        var scans = session?.LinkScans ?? (savedScans is null ? null : LinkScanCache.Load(savedScans));
        var checker = new LinkChecker(model.Config, origins, Path.GetFileName(output), scans);
        var held = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var written = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var total = model.Pages.Count;
        var pages = 0;
        void Write(RenderedFile file)
        {
            if (staging is not null)
            {
                staging.WriteText(file.OutputPath, file.Text);
            }
            else if (session is not null)
            {
                held[file.OutputPath] = file.Text;
            }

            if (file.OutputPath.EndsWith(".html", StringComparison.Ordinal))
            {
                checker.Add(file.OutputPath, file.Text);
            }

            written[file.OutputPath] = true;
        }

        var sitemap = await renderer!.RenderAsync(new SiteReports(model), assets, diagnostics, view =>
        {
            search.Add(view);
            feeds.Add(view);
        }, file =>
        {
            Write(file);
            if (file.OutputPath is not (SiteUrls.LanguageChoice or SiteUrls.NotFound))
            {
                var done = Interlocked.Increment(ref pages);
                progress?.Report(new BuildProgress(BuildStage.Rendering, done, total));
            }
        }, cancellation);
        if (diagnostics.HasErrors)
        {
            return Stopped(diagnostics) with { BasePath = model.Config.BasePath };
        }

        foreach (var file in await renderer.RenderFilesAsync(SiteFilesBuilder.Plan(model, sitemap, feeds), diagnostics))
        {
            Write(file);
        }

        // A clash is an error already; the asset must not then replace the page's file.
        if (diagnostics.HasErrors)
        {
            return Stopped(diagnostics) with { BasePath = model.Config.BasePath };
        }

        search.WriteInto(model, assets);
        WriteAssets(staging, assets, checker);
        if (chromium is not null && staging is not null)
        {
            progress?.Report(new BuildProgress(BuildStage.Printing));
            await PrintAsync(chromium, staging, model, reports, Path.Combine(cache, Printing.PdfPrinter.CacheFolder), diagnostics, cancellation);
        }

        // The link check runs before anything becomes visible, whichever the sink.
        progress?.Report(new BuildProgress(BuildStage.Checking, checker.Scanned, checker.Scanned));
        var files = written.Keys.Concat(assets.Texts.Keys).Concat(assets.Copies.Keys).Concat(assets.Printed).ToHashSet(StringComparer.Ordinal);
        var checkedLinks = checker.Check(files, diagnostics);

        // Against what the output published last, only where this build will replace it.
        if (staging is not null)
        {
            DroppedAddressChecker.Check(DroppedAddressChecker.Read(output), model, files, diagnostics);
        }
        if (savedScans is not null)
        {
            scans!.Save(savedScans, written.Keys);
        }

        if (session?.Output is { } preview && !options.CheckOnly)
        {
            // Preview: in place and only what changed, so a save shows at once; a broken link shows as an error on the page.
            // The marker goes first and comes back only with a good build, as the folder is changed in place.
            BuildMarker.Remove(output);
            preview.Write(output, assets.Texts.Concat(held).ToDictionary(StringComparer.Ordinal), assets.Copies);
            if (!diagnostics.HasErrors)
            {
                BuildMarker.Now(site, model.Config.BasePath).Write(output);
            }
        }

        var result = new BuildResult(diagnostics.ToSortedList(), pages, assets.Copies.Count, checkedLinks, Published: false, ConfigurationFailed: false)
        {
            MissingTwins = Translations.TranslationStatus.Missing(model).Count,
            TemplatesCompiled = store.Compiled,
            BasePath = model.Config.BasePath,
        };
        if (options.CheckOnly)
        {
            return result;
        }

        if (staging is null)
        {
            return result with { Published = !diagnostics.HasErrors };
        }

        cancellation.ThrowIfCancellationRequested();
        if (diagnostics.HasErrors)
        {
            return Stopped(diagnostics) with { BasePath = model.Config.BasePath };
        }

        progress?.Report(new BuildProgress(BuildStage.Publishing));

        // Beside the output, not in it: the output stays byte-identical for the same content, and what is published
        // does not name the folder it was built in. Removed before the swap, so a swap cut short leaves no marker
        // naming an earlier build (or another site) beside this one.
        BuildMarker.Remove(output);
        staging.Publish();
        DroppedAddressChecker.Write(output, DroppedAddressChecker.AddressesOf(model));
        BuildMarker.Now(site, model.Config.BasePath).Write(output);
        return result with { Published = true, FilesUnchanged = staging.Unchanged };
    }

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
        Load(siteDirectory, diagnostics, publishing, cancellation, progress, builtInThemeDirectory ?? BuildOptions.InstalledTheme)?.Site;

    /// <summary>
    /// Runs the stages up to the model over the site's sources as <paramref name="edit"/> changes them (files renamed or
    /// rewritten in memory, nothing on disk), so a change can be checked before it is made; null as for <see cref="LoadSite(string, DiagnosticBag, PublishingRules?, CancellationToken, IProgress{BuildProgress}?, string?)"/>.
    /// </summary>
    internal static Site? LoadSite(string siteDirectory, DiagnosticBag diagnostics, PublishingRules publishing, string builtInThemeDirectory, Func<SiteSources, SiteSources> edit) =>
        Load(siteDirectory, diagnostics, publishing, CancellationToken.None, null, builtInThemeDirectory, edit: edit)?.Site;

    // Optimised from the first call: a method that runs once would otherwise keep every local alive to its end.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static (Site Site, ThemeFiles Theme)? Load(
        string siteDirectory, DiagnosticBag diagnostics, PublishingRules? publishing, CancellationToken cancellation, IProgress<BuildProgress>? progress, string builtInTheme,
        Action<ThemeFiles>? themeLocated = null, Func<SiteSources, SiteSources>? edit = null)
    {
        progress?.Report(new BuildProgress(BuildStage.Reading));
        var config = SiteConfigReader.Read(siteDirectory, diagnostics);
        if (config is null || LocateTheme(siteDirectory, config, builtInTheme, diagnostics) is not { } theme)
        {
            return null;
        }

        themeLocated?.Invoke(theme);

        // Loading and Markdown parsing are per file and independent: parallel, kept in path order.
        SiteSources? sources = ContentScanner.Scan(siteDirectory, config, diagnostics);
        sources = edit is null ? sources : edit(sources);
        var assets = sources.Assets;

        // Each file's text is let go as soon as it is parsed (the body keeps what is needed), so a large site
        // never holds every text and every syntax tree at once.
        var unparsed = sources.Pages.ToArray<SourceFile?>();
        sources = null;
        var parsed = new (ParsedSource, ParsedMarkdown)?[unparsed.Length];
        var codes = config.Languages.Select(l => l.Code).ToList();
        var done = 0;
        Parallel.For(0, unparsed.Length, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            var file = unparsed[i]!;
            unparsed[i] = null;
            var source = FrontMatterReader.Read(file, diagnostics, codes);
            try
            {
                parsed[i] = (source, MarkupParser.Parse(source.Body, source.BodyLine) with { HeadingsKnown = source.BodyKnown });
            }
            catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.Ordinal))
            {
                // Markdig refuses absurd nesting rather than overflow the stack; tell the editor where. The page
                // still exists (with an empty body), so links to it are not reported too.
                diagnostics.Error("markdown-depth", source.Source.Path, source.BodyLine, 1,
                    "the Markdown nests too deeply (quotes or lists inside each other hundreds of times); simplify it.");
                parsed[i] = (source, MarkupParser.Parse("", source.BodyLine) with { HeadingsKnown = false });
            }

            var parsedCount = Interlocked.Increment(ref done);
            progress?.Report(new BuildProgress(BuildStage.Parsing, parsedCount, parsed.Length));
        });

        progress?.Report(new BuildProgress(BuildStage.Modelling));
        var rules = publishing ?? PublishingRules.Default;
        var all = parsed.OfType<(ParsedSource Source, ParsedMarkdown Markdown)>().ToList();
        var withheld = all.Where(p => rules.WithheldBecause(p.Source.FrontMatter) is not null)
            .ToDictionary(p => (p.Source.Source.TwinKey, p.Source.Source.LanguageCode), p => rules.WithheldBecause(p.Source.FrontMatter)!);
        var published = all.Where(p => !withheld.ContainsKey((p.Source.Source.TwinKey, p.Source.Source.LanguageCode))).Select(p => (p.Source, p.Markdown)).ToList();

        // A page waiting for its day is said once, at its date, whether or not anything links to it (a link to it is
        // reported at the link, as another problem): otherwise it would be missing from the site without a word.
        foreach (var (source, _) in all.Where(p => rules.PublishesLater(p.Source.FrontMatter) is not null))
        {
            var day = rules.PublishesLater(source.FrontMatter)!.Value;
            diagnostics.Warning("future-page", source.Source.Path, source.FrontMatter.LineOf("date"), 1,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"this page publishes on {day:yyyy-MM-dd} (its 'date:'), so this build leaves it out everywhere until then; to publish it now, set 'date:' to today or earlier."));
        }

        return (SiteModelBuilder.Build(config, published, assets, diagnostics, withheld, theme.LayoutIds(), () => PublicationHistory.Read(siteDirectory), GeneratedPagePlanner.Plan, theme.StaticFiles(), rules.Today), theme);
    }

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

    /// <summary>Prints each status report page, as written into the staging folder, to its PDF beside it.</summary>
    private static async Task PrintAsync(string chromium, StagingFolder staging, Site model, IReadOnlyList<Page> reports, string cache, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        var jobs = reports.Select(page => new Printing.PrintJob(page.OutputPath, SiteUrls.StatusPdfOf(page),
            model.Config.Footer.Authority?.For(page.Language.Code) ?? model.Config.Title.For(page.Language.Code), page.Year!.Value, new DateOnly(page.Year!.Value, 12, 31))).ToList();
        try
        {
            foreach (var (path, bytes) in await Printing.PdfPrinter.PrintAsync(chromium, staging.Path, model.Config.BasePath, jobs, cache, cancellation))
            {
                staging.WriteBytes(path, bytes);
            }
        }
        catch (Exception e) when (e is PuppeteerSharp.PuppeteerException or IOException or TimeoutException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            diagnostics.Error("status-pdf", SiteConfigReader.FileName, model.Config.StatusPdfLine, 1,
                $"status_pdf: true, but Chromium ({chromium}) could not print the status reports: {e.Message.Split('\n')[0]} Check that it starts ('{chromium} --headless --version'), or set status_pdf: false.");
        }
    }

    /// <summary>Writes the theme's and the site's files; HTML among them is scanned for the link check like the pages.</summary>
    private static void WriteAssets(StagingFolder? staging, AssetManifest assets, LinkChecker checker)
    {
        Parallel.ForEach(assets.Copies, copy =>
        {
            staging?.Copy(copy.Value, copy.Key);
            if (copy.Key.EndsWith(".html", StringComparison.Ordinal))
            {
                checker.Add(copy.Key, File.ReadAllText(copy.Value));
            }
        });

        foreach (var (target, text) in assets.Texts)
        {
            staging?.WriteText(target, text);
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

using ActionPlan.Diagnostics;
using ActionPlan.Markup;
using ActionPlan.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using RazorLight;
using RazorLight.Compilation;

namespace ActionPlan.Rendering;

/// <summary>
/// Renders every page through the theme's Razor layouts with one RazorLight engine: all templates are
/// compiled once up front (so errors in any of them are reported together), then pages render in parallel.
/// </summary>
public sealed partial class PageRenderer
{
    private readonly ThemeFiles _theme;
    private readonly RazorLightEngine _engine;
    private readonly CompiledTemplateStore? _store;
    private Task<bool>? _compiling;

    /// <summary>Creates a renderer over a layered theme.</summary>
    /// <param name="theme">The theme's layers.</param>
    /// <param name="store">Where compiled templates are kept between runs; default: nowhere, every template compiles.</param>
    public PageRenderer(ThemeFiles theme, CompiledTemplateStore? store = null)
    {
        _theme = theme;
        _store = store;
        _engine = RazorEngineFactory.Create(new ThemeRazorProject(theme), store);
    }

    /// <summary>
    /// Starts compiling (or loading from the store) every template on the thread pool, so it overlaps with reading
    /// the content; the next <see cref="RenderAsync"/> waits for it. Problems go to <paramref name="diagnostics"/>.
    /// </summary>
    public void StartCompiling(DiagnosticBag diagnostics) => _compiling = Task.Run(() => CompileAllAsync(diagnostics));

    /// <summary>Waits for the compiling started by <see cref="StartCompiling"/>; true when every template compiled.</summary>
    public async Task<bool> CompiledAsync()
    {
        var compiling = _compiling;
        _compiling = null;
        return compiling is null || await compiling;
    }

    /// <summary>
    /// Renders every page, written and made (with the default language's 404 page also at the root), and
    /// the root language choice, handing each page's view to <paramref name="viewed"/> and each file to
    /// <paramref name="rendered"/> as soon as it is made, from several
    /// threads at once, so no page's HTML has to be held until the end. Problems become diagnostics. With a
    /// <paramref name="memory"/> of pages rendered by earlier builds, a page nothing of which changed is taken as it is.
    /// </summary>
    /// <returns>The sitemap entries of the pages rendered; empty when the theme could not be used.</returns>
    public async Task<IReadOnlyList<SitemapEntry>> RenderAsync(
        Site site, ProductViews products, AssetManifest assets, DiagnosticBag diagnostics,
        Action<PageView> viewed, Action<RenderedFile> rendered, CancellationToken cancellation = default, Caching.RenderMemory? memory = null)
    {
        var compiled = _compiling is null ? await CompileAllAsync(diagnostics) : await CompiledAsync();
        var strings = UiStrings.ReadAll(_theme, site.Config.Languages, diagnostics);
        if (strings is null || !compiled)
        {
            return [];
        }

        // Each layout the theme has or lacks is asked of the file system once, not once per page.
        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool Has(string layout) => known.TryGetValue(layout, out var has) ? has : known[layout] = _theme.Find(layout + ".cshtml") is not null;
        var layouts = site.Pages.Select(page => LayoutOf(page, site, Has, diagnostics)).ToList();
        if (diagnostics.HasErrors)
        {
            return [];
        }

        // Servers look for one 404.html at the root; it is the default language's.
        var rootNotFound = $"{site.Config.DefaultLanguage.Code}/{SiteUrls.NotFound}";
        var views = new PageViewFactory(site, products, strings, assets);
        // One job per page, with its layout: each knows where a problem is reported and where it goes.
        var jobs = site.Pages.Select((page, i) => new RenderJob(layouts[i]!, page.IsWritten ? page.Source.Path : "/" + page.UrlPath, page)).ToList();
        var sitemap = new SitemapEntry?[jobs.Count + 1];
        await Parallel.ForEachAsync(Enumerable.Range(0, jobs.Count), cancellation, async (i, _) =>
        {
            var job = jobs[i];

            // A page is known by its view without its body, which its fingerprint takes by the file's bytes and its links.
            // A page kept as the previous output has it still gives that view to the search index, the feeds and the sitemap.
            var page = job.Page;
            var view = views.For(page);
            var fingerprint = memory?.FingerprintOf(page, view);
            var file = fingerprint is null ? null : memory!.Recall(page, fingerprint);
            if (file is null && page.IsWritten)
            {
                view = views.WithBody(view, RenderBody(site, page, assets.Images, strings[page.Language.Code]));
            }

            viewed(view);
            if (file is null)
            {
                // What the layouts read of other pages beyond the view is noted, for the page's fingerprint.
                var reads = memory is null ? null : new PageReads();
                string? html;
                using (PageReads.Record(reads))
                {
                    html = await RenderTemplateAsync(job.Layout, view, job.Origin, diagnostics);
                }

                if (html is null)
                {
                    return;
                }

                // The hash taken here serves the link check too.
                file = new RenderedFile(page.OutputPath, html, page) { Hash = memory?.Keep(page, fingerprint!, html, reads!) };
            }

            sitemap[i] = view.IsNotFound ? null : new SitemapEntry(view.CanonicalUrl, view.Alternates);
            rendered(file);
            if (page.OutputPath == rootNotFound)
            {
                rendered(new RenderedFile(SiteUrls.NotFound, file.Text, null));
            }
        });

        if (RenderLanguageChoice(site, strings, assets) is { } choice &&
            await RenderTemplateAsync(LayoutSelector.LanguageChoice, choice, ThemeFiles.Describe(_theme.Find(LayoutSelector.LanguageChoice + ".cshtml") ?? LayoutSelector.LanguageChoice), diagnostics) is { } root)
        {
            sitemap[jobs.Count] = new SitemapEntry(choice.CanonicalUrl, choice.Alternates);
            rendered(new RenderedFile(SiteUrls.LanguageChoice, root, null));
        }

        return sitemap.OfType<SitemapEntry>().ToList();
    }

    /// <summary>
    /// The first of a page's layouts that the theme has; a written page's missing layout is an error at the page, a made
    /// page's once at the theme.
    /// </summary>
    private static string? LayoutOf(Page page, Site site, Func<string, bool> themeHas, DiagnosticBag diagnostics)
    {
        var candidates = LayoutSelector.Candidates(page);
        var layout = candidates.FirstOrDefault(themeHas);
        if (!page.IsWritten)
        {
            // A listing's later page has its first page's layout, reported there if missing.
            if (layout is null && page.Role != PageRole.Paged && ReferenceEquals(site.Made.First(p => p.Type == page.Type), page))
            {
                diagnostics.Error("no-layout", $"themes/{site.Config.Theme}", 0, 0, $"the theme has no {candidates[0]}.cshtml for the pages the build makes.");
            }
        }
        else if (page.FrontMatter.Layout is { } named && layout != candidates[0])
        {
            // A layout the editor names must exist: falling back silently would hide the typo.
            diagnostics.Error("no-layout", page.Source.Path, page.FrontMatter.LineOf(Loading.PageFields.Layout.Key), 1,
                $"layout '{named}' is not in the theme: there is no Layouts/{named}.cshtml. Remove the line or name an existing layout.");
        }
        else if (layout is null)
        {
            diagnostics.Error("no-layout", page.Source.Path, 1, 1,
                $"no layout for this page: the theme has none of {string.Join(", ", candidates.Select(c => c + ".cshtml"))}.");
        }

        return layout;
    }

    /// <summary>Renders the files around the pages (sitemap, robots.txt, feeds, redirects) through their theme layouts.</summary>
    public async Task<IReadOnlyList<RenderedFile>> RenderFilesAsync(IReadOnlyList<(string OutputPath, string Layout, object View)> files, DiagnosticBag diagnostics)
    {
        var rendered = new List<RenderedFile>();
        foreach (var (path, layout, view) in files)
        {
            if (await RenderTemplateAsync(layout, view, "/" + path, diagnostics) is { } text)
            {
                rendered.Add(new RenderedFile(path, text, null));
            }
        }

        return rendered;
    }

    /// <summary>
    /// The body as HTML, with each link written as its resolved address (read from the page's links, the tree unchanged)
    /// and each table in a named scroll region, named in the words of <paramref name="strings"/> (default: English).
    /// </summary>
    internal static string RenderBody(Site site, Page page, IReadOnlyDictionary<string, Images.WebImage> images, UiStrings? strings = null) =>
        TextBuffers.Write(writer =>
        {
            var renderer = new HtmlRenderer(writer);
            MarkupParser.Pipeline.Setup(renderer);
            var document = page.Markdown.Document;
            renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>(
                ResolvedLinkRenderer.For(document, page.Markdown.Links, site.LinksOf(page), images, site.Config.BasePath));
            renderer.ObjectRenderers.Replace<Markdig.Extensions.Tables.HtmlTableRenderer>(TableRegionRenderer.For(
                document, strings?.TryGet("table") ?? "Table", strings?.TryGet("table_numbered") ?? "{0}, table {1}"));
            renderer.Render(document);
            writer.Flush();
        });

    private static LanguageChoiceView? RenderLanguageChoice(Site site, IReadOnlyDictionary<string, UiStrings> strings, AssetManifest assets)
    {
        var choices = site.Config.Languages
            .Where(l => site.Home(l) is not null)
            .Select(l => new LanguageChoice(l, site.Config.Title.For(l), SiteUrls.Href(site.Config.BasePath, site.Home(l)!.UrlPath), strings[l.Code]))
            .ToList();
        var preferred = choices.FirstOrDefault(c => c.Language == site.Config.DefaultLanguage) ?? choices.FirstOrDefault();
        return preferred is null ? null : new LanguageChoiceView(preferred, choices, site.Config.BasePath, site.Config.BaseUrl, assets.Resolve);
    }

    private async Task<bool> CompileAllAsync(DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var relative in _theme.List("Layouts").Concat(_theme.List("Partials")).Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal)))
        {
            var file = ThemeFiles.Describe(_theme.Find(relative)!);
            try
            {
                await _engine.CompileTemplateAsync(ThemeRazorProject.Normalize(relative));
            }
            catch (RazorLight.Generation.TemplateGenerationException e)
            {
                ok = false;
                foreach (var error in e.Diagnostics)
                {
                    diagnostics.Error("template", file, error.Span.LineIndex + 1, error.Span.CharacterIndex + 1, $"the template does not compile: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
                }
            }
            catch (TemplateCompilationException e)
            {
                ok = false;
                foreach (var error in e.CompilationErrors.DefaultIfEmpty(e.Message))
                {
                    // RazorLight writes Roslyn's position as "(line:column)", zero-based, mapped back to the .cshtml.
                    var position = CompilerPosition().Match(error);
                    var (line, column, message) = position.Success
                        ? (int.Parse(position.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1,
                           int.Parse(position.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1,
                           position.Groups[3].Value)
                        : (0, 0, error);
                    diagnostics.Error("template", file, line, column, $"the template does not compile: {message}");
                }
            }
        }

        _store?.RemoveUnused();
        return ok;
    }

    private async Task<string?> RenderTemplateAsync<T>(string key, T model, string origin, DiagnosticBag diagnostics)
    {
        try
        {
            var template = await _engine.CompileTemplateAsync(key);
            return await TextBuffers.WriteAsync(writer => _engine.RenderTemplateAsync(template, model, writer));
        }
        catch (MissingUiStringException e)
        {
            diagnostics.Error("theme", ThemeFiles.Describe(_theme.Find(key + ".cshtml") ?? key), 0, 0, $"{e.Message} (while rendering {origin})");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            diagnostics.Error("template", ThemeFiles.Describe(_theme.Find(key + ".cshtml") ?? key), 0, 0,
                $"the template failed while rendering {origin}: {e.GetType().Name}: {e.Message}");
        }

        return null;
    }

    /// <summary>A page to render: its layout, where a problem is reported, and the page.</summary>
    private sealed record RenderJob(string Layout, string Origin, Page Page);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*-?\s*\((\d+):(\d+)\)\s*(.*)$", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex CompilerPosition();
}

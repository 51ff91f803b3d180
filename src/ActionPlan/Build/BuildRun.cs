using ActionPlan.Diagnostics;
using ActionPlan.Model;
using ActionPlan.Rendering;

namespace ActionPlan.Build;

/// <summary>
/// One build's settings and what its phases share: the folders, the one diagnostic bag, progress, the compiled-template
/// store, and the renderer, which starts compiling the theme as soon as it is located, while the content is read.
/// </summary>
internal sealed class BuildRun(BuildOptions options, BuildSession? session, CancellationToken cancellation)
{
    /// <summary>The options.</summary>
    public BuildOptions Options => options;

    /// <summary>The site folder, in full.</summary>
    public string SiteFolder { get; } = Path.GetFullPath(options.SiteDirectory);

    /// <summary>The output folder, in full.</summary>
    public string OutputFolder { get; } = Path.GetFullPath(options.OutputDirectory);

    /// <summary>Where images' copies and printed PDFs are cached between builds.</summary>
    public string CacheFolder => options.CacheFolder ?? Path.Combine(SiteFolder, ".actionplan");

    /// <summary>Every problem of the build, from every phase.</summary>
    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>Told as phases start and pages are parsed and rendered.</summary>
    public IProgress<BuildProgress>? Progress => options.Progress;

    /// <summary>Stops the work.</summary>
    public CancellationToken Cancellation => cancellation;

    /// <summary>The compiled templates kept between builds.</summary>
    public CompiledTemplateStore Store { get; } = new(options.CompiledTemplateFolder ?? Path.Combine(Path.GetFullPath(options.SiteDirectory), CompiledTemplateStore.DefaultFolder));

    /// <summary>The spelling dictionaries: the options', by default the process's (<see cref="Writing.DictionaryShelf.Shared"/>).</summary>
    public Writing.DictionaryShelf Dictionaries { get; } = options.Dictionaries;

    /// <summary>The writing phase, started once the site is modelled (<see cref="StartWriting"/>); it runs beside the phases after it.</summary>
    private Task<Writing.WritingReport> _writing = Task.FromResult(Writing.WritingReport.None);

    /// <summary>Starts the writing phase over the modelled site, unless the options leave it out.</summary>
    public void StartWriting(Site model)
    {
        if (options.CheckWriting)
        {
            _writing = Writing.WritingChecker.CheckAsync(model, SiteFolder, Dictionaries, Diagnostics, cancellation);
        }
    }

    /// <summary>Waits for the writing phase, so its diagnostics are in before they are handed out.</summary>
    public async Task<Writing.WritingReport> WritingAsync()
    {
        var writing = await _writing;
        if (options.CheckWriting)
        {
            session?.Measured(writing);
        }

        return writing;
    }

    /// <summary>The renderer, once the theme is located.</summary>
    public PageRenderer Renderer { get; private set; } = null!;

    /// <summary>
    /// The load, parse, model and plan phases (<see cref="SiteLoader"/>): the whole site and its theme, or null when site.yml
    /// or the theme cannot be used. A preview's session keeps the model, content errors and all, for what the preview shows beside the site.
    /// </summary>
    public (Site Site, ThemeFiles Theme)? Load()
    {
        var loaded = SiteLoader.Load(SiteFolder, Diagnostics, options.Publishing, cancellation, Progress, options.BuiltInThemeDirectory, ThemeLocated,
            options.Changes.Count == 0 ? null : s => s.With(options.Changes));
        if (loaded is { } model)
        {
            session?.Modelled(model.Site);
        }

        return loaded;
    }

    private void ThemeLocated(Configuration.SiteConfig config, ThemeFiles located)
    {
        // The dictionaries load (a second or two each) while the content is read and parsed, not after.
        if (options.CheckWriting)
        {
            foreach (var language in config.Languages)
            {
                _ = Dictionaries.GetAsync(language.Dictionary);
            }
        }

        Renderer = session?.Templates.RendererFor(located, Store) ?? new PageRenderer(located, Store);
        Renderer.StartCompiling(Diagnostics);
    }

    /// <summary>The result of a build stopped by its errors: nothing written.</summary>
    public BuildResult Stopped(bool configurationFailed = false) =>
        new(Diagnostics.ToSortedList(), 0, 0, 0, Published: false, configurationFailed);

    /// <summary>The result of a build of <paramref name="model"/> stopped by its errors: nothing written, the writing phase awaited.</summary>
    public async Task<BuildResult> StoppedAsync(Site model)
    {
        var writing = await WritingAsync();
        return Stopped() with { BasePath = model.Config.BasePath, Writing = writing };
    }
}

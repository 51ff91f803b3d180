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

    /// <summary>
    /// What the writing phase found on each page in the last build: a preview's in its session, a build's in the site's
    /// cache folder (read from once the theme is located, while the content is read).
    /// </summary>
    private Task<Caching.WritingMemory> _memory = Task.FromResult(new Caching.WritingMemory());

    /// <summary>Where a build that is not a preview's keeps what the writing phase found.</summary>
    private string MemoryFile => Path.Combine(CacheFolder, Caching.CacheFile.Folder, "writing");

    /// <summary>Starts the writing phase over the modelled site, unless the options leave it out.</summary>
    public void StartWriting(Site model)
    {
        if (options.CheckWriting)
        {
            // A preview keeps its dictionaries loaded; a build keeps their answers beside its findings. On a thread of its
            // own, beside the rendering: the check has no wait before its end, so called here it held the rendering back
            // (by a dictionary's load, on one thread, when a changed page wrote a word no build had asked about).
            _writing = Task.Run(async () => await Writing.WritingChecker.CheckAsync(model, SiteFolder, Dictionaries, Diagnostics, cancellation,
                await _memory, session is null ? Path.GetDirectoryName(MemoryFile) : null), cancellation);
        }
    }

    /// <summary>The kept parses being saved, started once the site is modelled.</summary>
    private Task _saving = Task.CompletedTask;

    /// <summary>
    /// Waits for the work beside the phases after the model: the writing phase, so its diagnostics are in before they
    /// are handed out, and the saving of the kept parses.
    /// </summary>
    public async Task<Writing.WritingReport> WritingAsync()
    {
        await _saving;
        var writing = await _writing;
        if (options.CheckWriting)
        {
            session?.Measured(writing);
            if (session is null)
            {
                (await _memory).Save(MemoryFile);
            }
        }

        return writing;
    }

    /// <summary>How many pages' writing this build read; the others' were kept.</summary>
    public int WritingRead => _memory.IsCompletedSuccessfully ? _memory.Result.Made : 0;

    /// <summary>How many source pages' Markdown this build parsed.</summary>
    public int Parsed => _parses.Made;

    /// <summary>How many source pages' parses were kept from an earlier build.</summary>
    public int ParsesKept { get; private set; }

    /// <summary>What parsing each body gave in the last build: a preview's in its session, a build's in the site's cache folder.</summary>
    private Caching.ParseMemory _parses = new();

    private string ParsesFile => Path.Combine(CacheFolder, Caching.CacheFile.Folder, "parsed");

    private Caching.FrontMatterMemory _fronts = new();

    private string FrontsFile => Path.Combine(CacheFolder, Caching.CacheFile.Folder, "front");

    /// <summary>The digest of this build's inputs, where it may repeat the last build or be remembered (<see cref="Caching.LastBuild"/>).</summary>
    private Caching.BuildInputs? _inputs;

    private string LastBuildFile => Caching.LastBuild.FileIn(CacheFolder);

    private string RenderingsFile => Path.Combine(CacheFolder, Caching.CacheFile.Folder, "pages");

    /// <summary>The digests of the files the last builds read, for a build that may repeat the last one; else null (every file is read).</summary>
    private Caching.FileDigests? _files;

    private string FilesFile => Path.Combine(CacheFolder, Caching.CacheFile.Folder, "files");

    /// <summary>
    /// The pages rendered by the last builds, for a build that may take them from its previous output (one that may
    /// repeat the last build), begun once the site is modelled; else null.
    /// </summary>
    public Caching.RenderMemory? Renderings { get; private set; }

    /// <summary>
    /// The last published build's result when this build would repeat it (a build into its own output folder, not a
    /// preview's or a check's, with nothing changed); else null, and this build goes ahead.
    /// </summary>
    public BuildResult? Repeated()
    {
        if (session is not null || options.CheckOnly || options.Changes.Count > 0)
        {
            return null;
        }

        _files = Caching.FileDigests.Load(FilesFile, DateTime.UtcNow);
        if (_files.Found == Caching.CacheFile.Found.Damaged)
        {
            NoteDamaged(FilesFile);
        }

        _inputs = Caching.BuildInputs.Read(options, SiteFolder, OutputFolder, _files);
        var (last, found) = Caching.LastBuild.Load(LastBuildFile);
        if (found == Caching.CacheFile.Found.Damaged)
        {
            NoteDamaged(LastBuildFile);
        }

        return _inputs is not null && last is not null && last.Repeats(_inputs.All, OutputFolder) ? last.Result with { Repeated = true } : null;
    }

    /// <summary>Remembers a published build for the next one to repeat, if its inputs did not change while it ran.</summary>
    public BuildResult Remember(BuildResult result)
    {
        var unchanged = _inputs is not null && result.Published && Caching.BuildInputs.Read(options, SiteFolder, OutputFolder, _files!) is { } after
            && after.All.AsSpan().SequenceEqual(_inputs.All);

        _files?.Save(FilesFile);
        if (unchanged && _inputs is not null)
        {
            Renderings?.Save(RenderingsFile);
            var (state, files) = Caching.LastBuild.Survey(OutputFolder);
            new Caching.LastBuild(_inputs.All, OutputFolder, state, Caching.LastBuild.Remembered(result, files)).Save(LastBuildFile);
        }

        return result;
    }

    private void NoteDamaged(string file) =>
        Diagnostics.Note("cache", Path.GetRelativePath(SiteFolder, file).Replace('\\', '/'), 0, 0,
            Caching.CacheFile.DamagedMessage);

    /// <summary>The renderer, once the theme is located.</summary>
    public PageRenderer Renderer { get; private set; } = null!;

    /// <summary>
    /// The load, parse, model and plan phases (<see cref="SiteLoader"/>): the whole site and its theme, or null when site.yml
    /// or the theme cannot be used. A preview's session keeps the model, content errors and all, for what the preview shows beside the site.
    /// </summary>
    public (Site Site, ThemeFiles Theme)? Load()
    {
        // The kept parses are read while the content is, and saved while the pages are rendered.
        var parses = Task.Run(() => session?.NextParses() ?? Caching.ParseMemory.Load(ParsesFile), cancellation);
        var fronts = Task.Run(() => session?.NextFronts() ?? Caching.FrontMatterMemory.Load(FrontsFile), cancellation);
        var loaded = SiteLoader.Load(SiteFolder, Diagnostics, options.Publishing, cancellation, Progress, options.BuiltInThemeDirectory, ThemeLocated,
            options.Changes.Count == 0 ? null : s => s.With(options.Changes), parses, _files, fronts);
        (_parses, _fronts) = (parses.GetAwaiter().GetResult(), fronts.GetAwaiter().GetResult());
        if (_parses.Found == Caching.CacheFile.Found.Damaged)
        {
            NoteDamaged(ParsesFile);
        }

        if (_fronts.Found == Caching.CacheFile.Found.Damaged)
        {
            NoteDamaged(FrontsFile);
        }

        if (loaded is { } model)
        {
            if (session is null)
            {
                // What a body's parse and a front matter's reading gave depend on their bytes alone (and the file's place),
                // so they are kept whatever becomes of this build.
                _saving = Task.Run(() =>
                {
                    _parses.Save(ParsesFile);
                    _fronts.Save(FrontsFile);
                }, cancellation);
            }

            session?.Modelled(model.Site);
            ParsesKept = model.Sources - Parsed;
            if (_inputs is not null)
            {
                Renderings = Caching.RenderMemory.Load(RenderingsFile);
                if (Renderings.Found == Caching.CacheFile.Found.Damaged)
                {
                    NoteDamaged(RenderingsFile);
                }

                Renderings.Begin(_inputs.Shell, model.ContentKey, model.Site, OutputFolder, _files!);
            }
        }

        return loaded is { } found ? (found.Site, found.Theme) : null;
    }

    private void ThemeLocated(Configuration.SiteConfig config, ThemeFiles located)
    {
        if (options.CheckWriting)
        {
            // Read beside the content, not before it: the findings are megabytes on a large site.
            _memory = Task.Run(() =>
            {
                var memory = session?.NextWriting() ?? Caching.WritingMemory.Load(MemoryFile);
                if (memory.Found == Caching.CacheFile.Found.Damaged)
                {
                    NoteDamaged(MemoryFile);
                }

                // Without findings to reuse, every page is spelled: the dictionaries load (a second or two each) while
                // the content is read and parsed, not after.
                if (memory.IsEmpty)
                {
                    foreach (var language in config.Languages)
                    {
                        _ = Dictionaries.GetAsync(language.Dictionary);
                    }
                }

                return memory;
            }, cancellation);
        }

        Renderer = session?.Templates.RendererFor(located, Store) ?? new PageRenderer(located, Store);
        Renderer.StartCompiling(Diagnostics);
    }

    /// <summary>The result of a build stopped by its errors: nothing written.</summary>
    public BuildResult Stopped(bool configurationFailed = false)
    {
        // What the files hold is known whatever the build made of them, and a file found changed is forgotten; a
        // build stopped before it read the content (no site, no site.yml) leaves no cache behind.
        if (!configurationFailed)
        {
            _files?.Save(FilesFile);
        }

        return new(Diagnostics.ToSortedList(), 0, 0, 0, Published: false, configurationFailed);
    }

    /// <summary>The result of a build of <paramref name="model"/> stopped by its errors: nothing written, the writing phase awaited.</summary>
    public async Task<BuildResult> StoppedAsync(Site model)
    {
        var writing = await WritingAsync();
        return Stopped() with { BasePath = model.Config.BasePath, Writing = writing };
    }
}

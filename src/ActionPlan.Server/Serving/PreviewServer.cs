using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Model;
using ActionPlan.Output;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ActionPlan.Serving;

/// <summary>
/// Live preview for editors: builds the site into a preview folder, serves it on 127.0.0.1 under the base
/// path with Kestrel (ASP.NET Core, part of the SDK), watches site.yml, content/, static/ and themes/, rebuilds
/// on a change and tells open pages to reload by server-sent events (<see cref="ReloadEvents"/>). When a build fails
/// the newest good build of the site is served (<see cref="ShownBuild"/>: this preview's, or on start an earlier
/// preview's or output/'s) and every page shows the problems at its top (<see cref="ProblemsOverlay"/>), each with a
/// link to its page in the browser editor, which is <c>/admin/</c> (<see cref="EditorEndpoint"/>).
/// </summary>
public sealed partial class PreviewServer : IAsyncDisposable
{
    /// <summary>The address pages listen on for reload events.</summary>
    public const string EventsPath = ReloadEvents.Path;

    private readonly string _site;
    private readonly string _output;
    private readonly string _siteOutput;
    private readonly bool _drafts;
    private readonly TextWriter _log;
    private WebApplication? _server;
    private readonly BuildSession _session = new();
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private FileSystemWatcher? _watcher;
    private Timer? _debounce;
    private volatile PreviewState _state = PreviewState.Initial;
    private readonly ReloadEvents _events;
    private readonly ShownFiles _files;
    private readonly EditorEndpoint _editor;

    /// <summary>Creates a server for a site on a loopback port; call <see cref="StartAsync"/>.</summary>
    public PreviewServer(string siteDirectory, int port, bool includeDrafts, TextWriter log)
    {
        _site = Path.GetFullPath(siteDirectory);
        _output = Path.Combine(PrivateFolder(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(_site)))[..12], "site");
        _siteOutput = Path.Combine(_site, "output");
        _drafts = includeDrafts;
        _log = log;
        Port = port;
        _events = new ReloadEvents(_stop.Token);
        _files = new ShownFiles(() => _state);
        _editor = new EditorEndpoint(_site, port, () => _state, includeDrafts);
    }

    /// <summary>
    /// The folder the preview is built into and served from (inside <see cref="PrivateFolder"/>); while the site does not
    /// build, a newer good build in output/ may be served instead.
    /// </summary>
    public string OutputFolder => _output;

    /// <summary>The port served on.</summary>
    public int Port { get; }

    /// <summary>The preview's home address.</summary>
    public string Url => $"http://127.0.0.1:{Port}{_state.BasePath}";

    /// <summary>Builds once, starts serving and watching.</summary>
    public async Task StartAsync()
    {
        await RebuildAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, Port));
        _server = builder.Build();

        // The server's own routes first (live reload, the editor); every request none of them claims is for the build shown.
        _server.UseRouting();
        _server.MapGet(EventsPath, _events.ListenAsync);
        _editor.MapRoutes(_server);
        _server.MapWhen(context => context.GetEndpoint() is null, ServeShownBuild);
        await _server.StartAsync(_stop.Token);

        _watcher = new FileSystemWatcher(_site) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.EnableRaisingEvents = true;
        _log.WriteLine($"Serving {Url} (Ctrl+C to stop). Watching site.yml, the word and terms lists, content/, static/ and themes/.");
        _log.WriteLine($"Edit in the browser at http://127.0.0.1:{Port}{EditorEndpoint.Root}; missing and outdated translations: http://127.0.0.1:{Port}{EditorEndpoint.TranslationsPath}; readability of each page: http://127.0.0.1:{Port}{EditorEndpoint.WritingPath}");
    }

    /// <summary>
    /// The site's pages and files, in order: the root leads to the base path, only what is under it is looked for, in
    /// the folder shown only (a directory's address gives its index.html), HTML with the overlay, every other file by
    /// ASP.NET's static files with its content type; what none of them has is the 404 page.
    /// </summary>
    private void ServeShownBuild(IApplicationBuilder site)
    {
        Func<PreviewState> state = () => _state;
        var notFound = new NotFoundPage(state, _files);
        site.UseMiddleware<RootRedirect>(state);
        site.UseMiddleware<BasePathScope>(state, notFound);
        site.UseDefaultFiles(new DefaultFilesOptions { FileProvider = _files, DefaultFileNames = ["index.html"] });
        site.UseMiddleware<PreviewPages>(state, _files);
        site.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = _files,
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-store",
        });
        site.Run(notFound.WriteAsync);
    }

    /// <summary>Stops serving and watching.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _watcher?.Dispose();
        if (_debounce is not null)
        {
            await _debounce.DisposeAsync();
        }

        if (_server is not null)
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _server.StopAsync(grace.Token);
            await _server.DisposeAsync();
        }

        _files.Dispose();
    }

    private void OnChange(object sender, FileSystemEventArgs change)
    {
        var relative = Path.GetRelativePath(_site, change.FullPath).Replace('\\', '/');
        var watched = relative == "site.yml" || relative.StartsWith("content/", StringComparison.Ordinal)
                      || relative.StartsWith("static/", StringComparison.Ordinal) || relative.StartsWith("themes/", StringComparison.Ordinal)
                      || WritingList().IsMatch(relative);
        if (!watched || Path.GetFileName(relative).StartsWith('.'))
        {
            return;
        }

        // Editors' tools write a file in several steps: wait for a quiet moment, then build once.
        _debounce?.Dispose();
        _debounce = new Timer(_ => _ = RebuildAsync(), null, 40, Timeout.Infinite);
    }

    private async Task RebuildAsync()
    {
        await _building.WaitAsync();
        try
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var result = await _session.BuildAsync(new BuildOptions(_site, _output)
            {
                Publishing = PublishingRules.Default with { IncludeDrafts = _drafts },
            });
            var problems = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

            // A build whose only errors are found in what it wrote (broken template links) did write its pages, and those
            // are served. One that stopped earlier wrote nothing: pages served as built stay; else the newest good build is
            // served, looked for anew as `build` may have written one meanwhile (on start, an earlier session's counts too).
            var build = result.Published ? new ShownBuild(_output, BuildMarker.Read(_output), ShownBuild.OwnFolder)
                : result.Pages > 0 ? ShownBuild.AsBuilt(_output)
                : _state.Build is { Folder: not null, Marker: null } asBuilt ? asBuilt
                : ShownBuild.Newest(_site, _output, _siteOutput);
            var basePath = build.Marker?.BasePath ?? result.BasePath ?? _state.BasePath;
            var state = new PreviewState(problems, build, basePath, result.ConfigurationFailed ? null : _session.LastSite) { Writing = _session.LastWriting };
            _state = state;
            foreach (var diagnostic in result.Diagnostics)
            {
                _log.WriteLine(diagnostic);
            }

            _log.WriteLine(result.Published ? $"Rebuilt {result.Pages} pages in {started.ElapsedMilliseconds} ms." : state.Summary);
            await _events.ReloadAsync();
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>
    /// Where previews are written: a folder of this user's, readable by nobody else (created with mode 700), so no
    /// other account can read drafts or plant files in what is served.
    /// </summary>
    public static string PrivateFolder()
    {
        var root = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR") is { Length: > 0 } runtime && Directory.Exists(runtime)
            ? runtime
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "actionplan");
        var folder = Path.Combine(root, "actionplan-preview");
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return folder;
    }

    /// <summary>A language's word list or terms beside site.yml (<c>words.da.txt</c>, <c>terms.en.yml</c>), which the writing phase reads.</summary>
    [GeneratedRegex(@"^(words\.[^/.]+\.txt|terms\.[^/.]+\.yml)$")]
    private static partial Regex WritingList();
}

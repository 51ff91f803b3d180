using System.Net;
using System.Text;
using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Editing;
using ActionPlan.Model;
using ActionPlan.Output;
using ActionPlan.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace ActionPlan.Serving;

/// <summary>
/// Live preview for editors: builds the site into a preview folder, serves it on 127.0.0.1 under the base
/// path with Kestrel (ASP.NET Core, part of the SDK), watches site.yml, content/, static/ and themes/, rebuilds
/// on a change and tells open pages to reload by server-sent events. When a build fails the newest good build of
/// the site is served (<see cref="ShownBuild"/>: this preview's, or on start an earlier preview's or output/'s) and
/// every page shows the problems at its top, each with a link to its page in the browser editor, which is
/// <c>/admin/</c> (<see cref="EditorEndpoint"/>).
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>The address pages listen on for reload events.</summary>
    public const string EventsPath = "/__actionplan/events";

    private const string ReloadScript =
        "<script>(function(){var e=new EventSource(\"" + EventsPath + "\");e.onmessage=function(m){if(m.data===\"reload\"){location.reload();}};})();</script>";

    private readonly string _site;
    private readonly string _output;
    private readonly string _siteOutput;
    private readonly bool _drafts;
    private readonly TextWriter _log;
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    // The banner lists this many errors; the terminal lists them all.
    private const int MaxListed = 20;

    // White on #a1260d is 7.5:1; a focused link turns black on yellow (12:1), as the default theme draws focus.
    private const string BannerStyle =
        "<style>.preview-problems{background:#a1260d;color:#fff;padding:1rem;font:1rem/1.4 system-ui,sans-serif}"
        + ".preview-problems p,.preview-problems li{color:#fff}.preview-problems a,.preview-problems a:visited{color:#fff;text-decoration:underline}"
        + ".preview-problems a:focus-visible{outline:3px solid #ffbf47;background:#ffbf47;color:#000;text-decoration:none}</style>";

    private const string NothingToShow =
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>The site did not build – preview</title>\n</head>\n<body>\n<main><h1>The site did not build</h1></main>\n</body>\n</html>\n";
    private WebApplication? _server;
    private readonly BuildSession _session = new();
    private readonly List<HttpResponse> _clients = [];
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private FileSystemWatcher? _watcher;
    private Timer? _debounce;
    private volatile Shown _shown = new([], ShownBuild.None);
    private string _basePath = "/";
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
        _editor = new EditorEndpoint(_site, port, () => _basePath);
    }

    /// <summary>
    /// The folder the preview is built into and served from (inside <see cref="PrivateFolder"/>); while the site does not
    /// build, a newer good build in output/ may be served instead.
    /// </summary>
    public string OutputFolder => _output;

    /// <summary>The port served on.</summary>
    public int Port { get; }

    /// <summary>The preview's home address.</summary>
    public string Url => $"http://127.0.0.1:{Port}{_basePath}";

    /// <summary>Builds once, starts serving and watching.</summary>
    public async Task StartAsync()
    {
        await RebuildAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, Port));
        _server = builder.Build();
        _server.Run(RespondAsync);
        await _server.StartAsync(_stop.Token);
        _watcher = new FileSystemWatcher(_site) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.EnableRaisingEvents = true;
        _log.WriteLine($"Serving {Url} (Ctrl+C to stop). Watching site.yml, content/, static/ and themes/.");
        _log.WriteLine($"Edit in the browser at http://127.0.0.1:{Port}{EditorEndpoint.Root}; missing and outdated translations: http://127.0.0.1:{Port}{EditorEndpoint.TranslationsPath}");
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
    }

    private void OnChange(object sender, FileSystemEventArgs change)
    {
        var relative = Path.GetRelativePath(_site, change.FullPath).Replace('\\', '/');
        var watched = relative == "site.yml" || relative.StartsWith("content/", StringComparison.Ordinal)
                      || relative.StartsWith("static/", StringComparison.Ordinal) || relative.StartsWith("themes/", StringComparison.Ordinal);
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
                : _shown.Build is { Folder: not null, Marker: null } asBuilt ? asBuilt
                : ShownBuild.Newest(_site, _output, _siteOutput);
            var shown = new Shown(problems, build);
            _basePath = build.Marker?.BasePath ?? result.BasePath ?? _basePath;
            _shown = shown;
            foreach (var diagnostic in result.Diagnostics)
            {
                _log.WriteLine(diagnostic);
            }

            _log.WriteLine(result.Published ? $"Rebuilt {result.Pages} pages in {started.ElapsedMilliseconds} ms." : shown.Summary);
            await NotifyAsync("reload");
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task NotifyAsync(string message)
    {
        HttpResponse[] clients;
        lock (_clients)
        {
            clients = [.. _clients];
        }

        foreach (var client in clients)
        {
            try
            {
                await client.WriteAsync($"data: {message}\n\n");
                await client.Body.FlushAsync();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
            {
                lock (_clients)
                {
                    _clients.Remove(client);
                }
            }
        }
    }

    private async Task RespondAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var path = request.Path.Value ?? "/";
        if (path == EventsPath)
        {
            // Held open until the page goes away: each rebuild sends "reload".
            response.ContentType = "text/event-stream";
            response.Headers.CacheControl = "no-cache";
            await response.WriteAsync("data: connected\n\n");
            await response.Body.FlushAsync();
            lock (_clients)
            {
                _clients.Add(response);
            }

            try
            {
                await Task.Delay(Timeout.Infinite, CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stop.Token).Token);
            }
            catch (OperationCanceledException)
            {
            }

            lock (_clients)
            {
                _clients.Remove(response);
            }

            return;
        }

        if (EditorEndpoint.Serves(path))
        {
            await _editor.RespondAsync(context);
            return;
        }

        if (path == "/" && _basePath != "/")
        {
            response.Redirect(_basePath);
            return;
        }

        var shown = _shown;
        var folder = shown.Build.Folder;
        var file = folder is null ? null : Locate(folder, path);
        var found = file is not null;
        if (file is null)
        {
            response.StatusCode = 404;
            file = folder is not null && File.Exists(Path.Combine(folder, SiteUrls.NotFound)) ? Path.Combine(folder, SiteUrls.NotFound) : null;
        }

        response.Headers.CacheControl = "no-store";
        if (file is null)
        {
            if (shown.Problems.Count > 0)
            {
                // Nothing to serve, but the problems are worth a page of their own.
                response.ContentType = "text/html; charset=utf-8";
                await response.WriteAsync(Decorate(NothingToShow, found, shown), Encoding.UTF8, context.RequestAborted);
            }

            return;
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, context.RequestAborted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Replaced by a rebuild while being read: the reload that follows asks again.
            response.StatusCode = 503;
            return;
        }

        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            bytes = Encoding.UTF8.GetBytes(Decorate(Encoding.UTF8.GetString(bytes), found, shown));
            response.ContentType = "text/html; charset=utf-8";
        }
        else
        {
            response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        }

        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private string? Locate(string folder, string path)
    {
        if (!path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            return null;
        }

        // Whole segments: a prefix test would let /…/site-evil pass for /…/site.
        var full = Path.GetFullPath(Path.Combine(folder, path[_basePath.Length..]));
        if (full != folder && !full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
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

    /// <summary>
    /// Adds the reload script and, after a failed build, the problems at the top of the page: which build is shown
    /// (<see cref="Shown.Summary"/>, as the terminal says it), whether this page is in it, and each error, with a link
    /// to its page in the browser editor where the editor can open it.
    /// </summary>
    private static string Decorate(string html, bool found, Shown shown)
    {
        var notice = new StringBuilder();
        if (shown.Problems.Count > 0)
        {
            notice.Append("<div role=\"alert\" class=\"preview-problems\">")
                .Append("<p><strong>").Append(WebUtility.HtmlEncode(shown.Summary)).Append("</strong></p>");
            if (!found && shown.Build.Folder is not null)
            {
                notice.Append("<p>This page is not in the build shown.</p>");
            }

            notice.Append("<ul>");
            foreach (var problem in shown.Problems.Take(MaxListed))
            {
                notice.Append("<li>").Append(WebUtility.HtmlEncode(problem.ToString()));
                if (EditorLink.For(problem.File) is { } editor)
                {
                    notice.Append(" <a href=\"").Append(WebUtility.HtmlEncode(editor)).Append("\">Open ")
                        .Append(WebUtility.HtmlEncode(Path.GetFileName(problem.File))).Append(" in the editor</a>");
                }

                notice.Append("</li>");
            }

            notice.Append("</ul>");
            if (shown.Problems.Count > MaxListed)
            {
                notice.Append("<p>").Append(shown.Problems.Count - MaxListed).Append(" more in the terminal.</p>");
            }

            notice.Append("</div>");

            // In the head, so the page stays valid HTML; the links' focus is drawn here, not left to a theme's colours.
            var head = html.IndexOf("</head>", StringComparison.Ordinal);
            if (head >= 0)
            {
                html = html.Insert(head, BannerStyle);
            }
        }

        var body = html.IndexOf("<body>", StringComparison.Ordinal);
        if (body >= 0)
        {
            html = html.Insert(body + "<body>".Length, notice.ToString());
        }

        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        return end >= 0 ? html.Insert(end, ReloadScript) : html + ReloadScript;
    }

    /// <summary>The problems of the newest build and the build served meanwhile (an immutable pair, swapped whole).</summary>
    private sealed record Shown(IReadOnlyList<Diagnostic> Problems, ShownBuild Build)
    {
        /// <summary>The terminal's line and the banner's heading: how many errors, and which build is shown from when.</summary>
        public string Summary => $"Build failed with {Problems.Count} error(s). {Build.Sentence}";
    }
}

using System.Net;
using System.Text;
using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Model;
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
/// on a change and tells open pages to reload by server-sent events. When a build fails the previous preview
/// stays up and every page shows the problems at its top. <c>/admin/</c> is the browser editor (<see cref="EditorEndpoint"/>).
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>The address pages listen on for reload events.</summary>
    public const string EventsPath = "/__actionplan/events";

    private const string ReloadScript =
        "<script>(function(){var e=new EventSource(\"" + EventsPath + "\");e.onmessage=function(m){if(m.data===\"reload\"){location.reload();}};})();</script>";

    private readonly string _site;
    private readonly string _output;
    private readonly bool _drafts;
    private readonly TextWriter _log;
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private WebApplication? _server;
    private readonly BuildSession _session = new();
    private readonly List<HttpResponse> _clients = [];
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private FileSystemWatcher? _watcher;
    private Timer? _debounce;
    private IReadOnlyList<Diagnostic> _problems = [];
    private bool _hasGoodBuild;
    private bool _failedBuildWritten;
    private string _basePath = "/";
    private readonly EditorEndpoint _editor;

    /// <summary>Creates a server for a site on a loopback port; call <see cref="StartAsync"/>.</summary>
    public PreviewServer(string siteDirectory, int port, bool includeDrafts, TextWriter log)
    {
        _site = Path.GetFullPath(siteDirectory);
        _output = Path.Combine(PrivateFolder(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(_site)))[..12], "site");
        _drafts = includeDrafts;
        _log = log;
        Port = port;
        _editor = new EditorEndpoint(_site, port, () => _basePath);
    }

    /// <summary>The folder the preview is built into and served from (inside <see cref="PrivateFolder"/>).</summary>
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
            _problems = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            _hasGoodBuild |= result.Published;

            // A build whose only errors are found in what it wrote (broken template links) did write its pages; one that
            // stopped earlier wrote nothing, so what is served is still whatever was written last.
            _failedBuildWritten = !result.Published && (result.Pages > 0 || _failedBuildWritten);
            _basePath = result.BasePath ?? _basePath;
            foreach (var diagnostic in result.Diagnostics)
            {
                _log.WriteLine(diagnostic);
            }

            _log.WriteLine(result.Published
                ? $"Rebuilt {result.Pages} pages in {started.ElapsedMilliseconds} ms."
                : $"Build failed with {result.ErrorCount} error(s); still showing the last good build, with the problems on every page.");
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

        var file = Locate(path);
        var found = file is not null;
        if (file is null)
        {
            response.StatusCode = 404;
            file = File.Exists(Path.Combine(_output, SiteUrls.NotFound)) ? Path.Combine(_output, SiteUrls.NotFound) : null;
        }

        response.Headers.CacheControl = "no-store";
        if (file is null)
        {
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
            bytes = Encoding.UTF8.GetBytes(Decorate(Encoding.UTF8.GetString(bytes), found));
            response.ContentType = "text/html; charset=utf-8";
        }
        else
        {
            response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        }

        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private string? Locate(string path)
    {
        if (!path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            return null;
        }

        // Whole segments: a prefix test would let /…/site-evil pass for /…/site.
        var full = Path.GetFullPath(Path.Combine(_output, path[_basePath.Length..]));
        if (full != _output && !full.StartsWith(_output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
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
    /// Adds the reload script and, after a failed build, the problems at the top of the page, saying truly what is
    /// shown: the previous version (the page as the last good build made it), the failed build's own page, or no page.
    /// </summary>
    private string Decorate(string html, bool found)
    {
        var notice = new StringBuilder();
        if (_problems.Count > 0)
        {
            var what = !found ? "The last change did not build, and this page is not in the last good build."
                : _failedBuildWritten ? "The last change has problems; this page shows it as built."
                : _hasGoodBuild ? "The last change did not build. This is the previous version."
                : "The site did not build yet.";
            notice.Append("<div role=\"alert\" class=\"preview-problems\" style=\"background:#a1260d;color:#fff;padding:1rem;font:1rem/1.4 system-ui,sans-serif\">")
                .Append("<strong>").Append(what).Append("</strong><ul>");
            foreach (var problem in _problems.Take(20))
            {
                notice.Append("<li>").Append(WebUtility.HtmlEncode(problem.ToString())).Append("</li>");
            }

            notice.Append("</ul></div>");
        }

        var body = html.IndexOf("<body>", StringComparison.Ordinal);
        if (body >= 0)
        {
            html = html.Insert(body + "<body>".Length, notice.ToString());
        }

        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        return end >= 0 ? html.Insert(end, ReloadScript) : html + ReloadScript;
    }
}

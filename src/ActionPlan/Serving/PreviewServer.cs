using System.Net;
using System.Text;
using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Model;
using ActionPlan.Rendering;

namespace ActionPlan.Serving;

/// <summary>
/// Live preview for editors: builds the site into a preview folder, serves it on 127.0.0.1 under the base
/// path, watches site.yml, content/, static/ and themes/, rebuilds on a change and tells open pages to
/// reload. When a build fails the previous preview stays up and every page shows the problems at its top.
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
    private readonly HttpListener _listener = new();
    private readonly TemplateCache _templates = new();
    private readonly Checking.LinkScanCache _linkScans = new();
    private readonly Output.PreviewOutput _preview = new();
    private readonly List<StreamWriter> _clients = [];
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private FileSystemWatcher? _watcher;
    private Timer? _debounce;
    private IReadOnlyList<Diagnostic> _problems = [];
    private bool _hasGoodBuild;
    private bool _failedBuildWritten;
    private string _basePath = "/";

    /// <summary>Creates a server for a site on a loopback port; call <see cref="StartAsync"/>.</summary>
    public PreviewServer(string siteDirectory, int port, bool includeDrafts, TextWriter log)
    {
        _site = Path.GetFullPath(siteDirectory);
        _output = Path.Combine(PrivateFolder(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(_site)))[..12], "site");
        _drafts = includeDrafts;
        _log = log;
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
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
        _listener.Start();
        _ = Task.Run(ServeAsync);
        _watcher = new FileSystemWatcher(_site) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.EnableRaisingEvents = true;
        _log.WriteLine($"Serving {Url} (Ctrl+C to stop). Watching site.yml, content/, static/ and themes/.");
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

        _listener.Close();
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
            var result = await SiteBuilder.BuildAsync(new BuildOptions(_site, _output)
            {
                Publishing = PublishingRules.Default with { IncludeDrafts = _drafts },
                Templates = _templates,
                LinkScans = _linkScans,
                Preview = _preview,
            });
            _problems = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            _hasGoodBuild |= result.Published;

            // A build whose only errors are found in what it wrote (broken template links) did write its pages; one that
            // stopped earlier wrote nothing, so what is served is still whatever was written last.
            _failedBuildWritten = !result.Published && (result.Pages > 0 || _failedBuildWritten);
            _basePath = SiteConfigBasePath() ?? _basePath;
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

    private string? SiteConfigBasePath() =>
        Configuration.SiteConfigReader.Read(_site, new DiagnosticBag())?.BasePath;

    private async Task NotifyAsync(string message)
    {
        StreamWriter[] clients;
        lock (_clients)
        {
            clients = [.. _clients];
        }

        foreach (var client in clients)
        {
            try
            {
                await client.WriteAsync($"data: {message}\n\n");
                await client.FlushAsync();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or HttpListenerException)
            {
                lock (_clients)
                {
                    _clients.Remove(client);
                }
            }
        }
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            if (path == EventsPath)
            {
                response.ContentType = "text/event-stream";
                response.Headers["Cache-Control"] = "no-cache";
                var writer = new StreamWriter(response.OutputStream, new UTF8Encoding(false));
                await writer.WriteAsync("data: connected\n\n");
                await writer.FlushAsync();
                lock (_clients)
                {
                    _clients.Add(writer);
                }

                return;
            }

            if (path == "/" && _basePath != "/")
            {
                response.Redirect(_basePath);
                response.Close();
                return;
            }

            var file = Locate(path);
            var found = file is not null;
            var status = 200;
            if (file is null)
            {
                status = 404;
                file = File.Exists(Path.Combine(_output, "404.html")) ? Path.Combine(_output, "404.html") : null;
            }

            response.StatusCode = status;
            response.Headers["Cache-Control"] = "no-store";
            if (file is null)
            {
                response.Close();
                return;
            }

            var bytes = await File.ReadAllBytesAsync(file);
            if (file.EndsWith(".html", StringComparison.Ordinal))
            {
                bytes = Encoding.UTF8.GetBytes(Decorate(Encoding.UTF8.GetString(bytes), found));
                response.ContentType = "text/html; charset=utf-8";
            }
            else
            {
                response.ContentType = ContentType(file);
            }

            await response.OutputStream.WriteAsync(bytes);
            response.Close();
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException)
        {
            response.Abort();
        }
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

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".css" => "text/css",
        ".js" => "text/javascript",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".xml" => "application/xml",
        ".txt" => "text/plain; charset=utf-8",
        ".pdf" => "application/pdf",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        _ => "application/octet-stream",
    };
}

using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActionPlan.Admin;
using ActionPlan.Build;
using ActionPlan.Editing;
using ActionPlan.Loading;
using ActionPlan.Translations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ActionPlan.Serving;

/// <summary>
/// The preview server's <c>/admin/</c>: the browser editor (Decap CMS, served from the copy installed with the tool),
/// its configuration made from the kinds' schemas and site.yml, its backend over content/ (<see cref="ContentBackend"/>)
/// and the translation overview. Only the preview has it; the built site never does.
/// </summary>
internal sealed class EditorEndpoint
{
    /// <summary>Where the editor is served.</summary>
    public const string Root = EditorLink.Root;

    /// <summary>The editor's backend endpoint, below <see cref="Root"/>.</summary>
    public const string ApiPath = Root + "api/v1";

    /// <summary>The overview of missing twins, twins behind their source and drafts.</summary>
    public const string TranslationsPath = Root + "translations/";

    /// <summary>The writing overview: each page's readability (LIX), hardest first.</summary>
    public const string WritingPath = Root + "writing/";

    private static readonly string Installed = Path.Combine(AppContext.BaseDirectory, "decap-cms");
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] Reading = [HttpMethods.Get, HttpMethods.Head];
    private readonly string _site;
    private readonly int _port;
    private readonly Func<PreviewState> _state;
    private readonly bool _drafts;
    private readonly ContentBackend _backend;

    /// <summary>
    /// The editor of the site in <paramref name="site"/>, served on <paramref name="port"/>, reading the preview's last
    /// build from <paramref name="state"/>; <paramref name="drafts"/> says whether the preview builds drafts too.
    /// </summary>
    public EditorEndpoint(string site, int port, Func<PreviewState> state, bool drafts)
    {
        _site = site;
        _port = port;
        _state = state;
        _drafts = drafts;
        // A save is checked as `build` would check it (drafts left out), so what the editor saves never fails CI.
        _backend = new ContentBackend(site, ChangeChecker.For(site));
    }

    private string Origin => $"http://127.0.0.1:{_port}";

    /// <summary>
    /// Maps the editor's routes: its page, its configuration, the translation overview, the backend and the installed
    /// editor's files; anything else below <see cref="Root"/> is not found. Each answers only this preview's own pages.
    /// </summary>
    public void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapMethods(Root, Reading, OnlyFromThisPreview(IndexAsync));
        routes.MapMethods(Root + "config.yml", Reading, OnlyFromThisPreview(context => WriteAsync(context.Response, "text/yaml; charset=utf-8", Config())));
        routes.MapMethods(TranslationsPath, Reading, OnlyFromThisPreview(TranslationsPageAsync));
        routes.MapMethods(WritingPath, Reading, OnlyFromThisPreview(WritingPageAsync));
        routes.Map(ApiPath, OnlyFromThisPreview(BackendAsync));
        routes.MapMethods(Root + "{file}", Reading, OnlyFromThisPreview(context => InstalledFileAsync(context, (string)context.GetRouteValue("file")!)));
        routes.Map(Root + "{**rest}", OnlyFromThisPreview(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }));
    }

    /// <summary>
    /// Only pages of this server may use the editor: not another site open in the same browser (its requests carry its
    /// own Origin), nor one reached under another host name that points here (DNS rebinding).
    /// </summary>
    private RequestDelegate OnlyFromThisPreview(RequestDelegate handler) => context =>
    {
        var request = context.Request;
        context.Response.Headers.CacheControl = "no-store";
        if (request.Host.Value is not { } host || (host != $"127.0.0.1:{_port}" && host != $"localhost:{_port}")
            || (request.Headers.Origin is { Count: > 0 } from && from.ToString() != Origin && from.ToString() != $"http://localhost:{_port}"))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return handler(context);
    };

    // At /admin without its slash, the page's relative addresses (config.yml, decap-cms.js) would miss the editor.
    private Task IndexAsync(HttpContext context)
    {
        if (context.Request.Path.Value?.EndsWith('/') != true)
        {
            context.Response.Redirect(Root);
            return Task.CompletedTask;
        }

        return WriteAsync(context.Response, "text/html; charset=utf-8", IndexPage());
    }

    private async Task BackendAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;

        // JSON only: a form another page posts here cannot be JSON without the browser first asking this server, which never agrees.
        if (request.Method != "POST" || request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            response.StatusCode = 415;
            return;
        }

        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            response.StatusCode = 400;
            return;
        }

        var (status, answer) = _backend.Handle(body);
        response.StatusCode = status;
        await WriteAsync(response, "application/json; charset=utf-8", answer?.ToJsonString() ?? "null");
    }

    // Text fields open in Markdown mode, as their hint writes links (rich text escapes a typed '[' into '\['); the
    // editor's own switch to rich text stays, and the CMS remembers whichever the editor chose last.
    private string IndexPage()
    {
        var config = _state().Site?.Config;
        var title = WebUtility.HtmlEncode(config?.Title.For(config.DefaultLanguage) ?? "the site");
        return $"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>Editor – {title}</title>
            <link href="config.yml" type="text/yaml" rel="cms-config-url">
            </head>
            <body>
            <noscript>The editor needs JavaScript. Without it, edit the Markdown files in content/; the preview is at <a href="/">the site's home</a>, and missing and outdated translations are listed at <a href="translations/">translations</a>.</noscript>
            <script>if (!localStorage.getItem("cms.md-mode")) localStorage.setItem("cms.md-mode", "raw");</script>
            <script src="decap-cms.js"></script>
            </body>
            </html>
            """;
    }

    private string Config()
    {
        var state = _state();
        if (state.Site?.Config is not { } config)
        {
            // The editor shows what it could not load; the preview's own page shows the same error.
            return JsonSerializer.Serialize(new { error = string.Join("; ", state.Problems.Select(d => d.ToString())) });
        }

        var content = Path.Combine(_site, ContentScanner.ContentFolder);
        var sections = Directory.Exists(content)
            ? Directory.EnumerateDirectories(content).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith('.') && !n.StartsWith('_')).ToList()
            : [];
        var cms = CmsConfig.For(config, sections, config.EditorBackend?.Decap() ?? CmsConfig.LocalBackend(Origin + ApiPath));
        cms["site_url"] = Origin + _state().BasePath;
        cms["display_url"] = Origin + _state().BasePath;
        return cms.ToJsonString(Indented);
    }

    /// <summary>The translation overview, from the preview's last build; a change shows once the rebuild it sets off is done.</summary>
    private async Task TranslationsPageAsync(HttpContext context)
    {
        var state = _state();
        var overview = state.Site is { } site ? TranslationOverview.Of(site, ChangeTimes.Read(_site, site.Written.Select(p => p.Source.Path))) : null;
        var html = await AdminPageRenderer.RenderAsync<TranslationsPage>(context.RequestServices, new Dictionary<string, object?>
        {
            [nameof(TranslationsPage.Overview)] = overview,
            [nameof(TranslationsPage.Errors)] = state.Problems,
            [nameof(TranslationsPage.BasePath)] = state.BasePath,
            [nameof(TranslationsPage.DraftsShown)] = _drafts,
        });
        await WriteAsync(context.Response, "text/html; charset=utf-8", html);
    }

    /// <summary>The writing overview, from the preview's last build that got as far as measuring the pages.</summary>
    private async Task WritingPageAsync(HttpContext context)
    {
        var state = _state();
        var html = await AdminPageRenderer.RenderAsync<WritingPage>(context.RequestServices, new Dictionary<string, object?>
        {
            [nameof(WritingPage.Report)] = state.Writing,
            [nameof(WritingPage.BasePath)] = state.BasePath,
        });
        await WriteAsync(context.Response, "text/html; charset=utf-8", html);
    }

    /// <summary>A file of the installed editor, kept gzip-compressed and sent as it is to browsers that take gzip.</summary>
    private static async Task InstalledFileAsync(HttpContext context, string name)
    {
        var response = context.Response;
        var file = Path.Combine(Installed, name + ".gz");
        if (name.Contains('/') || name.Contains('\\') || name.StartsWith('.') || !File.Exists(file))
        {
            response.StatusCode = 404;
            return;
        }

        response.ContentType = name.EndsWith(".wasm", StringComparison.Ordinal) ? "application/wasm" : "text/javascript; charset=utf-8";
        response.Headers.CacheControl = "max-age=3600";
        var bytes = await File.ReadAllBytesAsync(file, context.RequestAborted);
        if (context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.Ordinal))
        {
            response.Headers.ContentEncoding = "gzip";
            await response.Body.WriteAsync(bytes, context.RequestAborted);
            return;
        }

        await using var unzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        await unzip.CopyToAsync(response.Body, context.RequestAborted);
    }

    private static Task WriteAsync(HttpResponse response, string type, string text)
    {
        response.ContentType = type;
        return response.WriteAsync(text, Encoding.UTF8);
    }
}

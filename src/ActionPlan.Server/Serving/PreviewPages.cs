using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace ActionPlan.Serving;

/// <summary>
/// Serves the HTML pages of the build shown with the <see cref="ProblemsOverlay"/> added (the reload script, and the
/// problems after a failed build); every other file is left to ASP.NET's static files.
/// </summary>
internal sealed class PreviewPages(RequestDelegate next, Func<PreviewState> state, ShownFiles files)
{
    /// <summary>Answers a GET or HEAD for an HTML page that the build shown has; passes anything else on.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.Path.Value?.EndsWith(".html", StringComparison.Ordinal) != true
            || files.GetFileInfo(request.Path.Value) is not { Exists: true, IsDirectory: false } page)
        {
            return next(context);
        }

        context.Response.Headers.CacheControl = "no-store";
        return WriteAsync(context, page, found: true, state());
    }

    /// <summary>Writes <paramref name="page"/> with the overlay; a page replaced by a rebuild while it is read is asked for again by the reload that follows.</summary>
    public static async Task WriteAsync(HttpContext context, IFileInfo page, bool found, PreviewState state)
    {
        string html;
        try
        {
            await using var stream = page.CreateReadStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            html = await reader.ReadToEndAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        await WriteAsync(context, ProblemsOverlay.Decorate(html, found, state));
    }

    /// <summary>Writes an HTML page in UTF-8 with its length, so a HEAD request is told it too.</summary>
    public static Task WriteAsync(HttpContext context, string html)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }
}

using Microsoft.AspNetCore.Http;

namespace ActionPlan.Serving;

/// <summary>Sends a request for the server's root to the site's home under its base path (<c>/</c> → <c>/international/</c>).</summary>
internal sealed class RootRedirect(RequestDelegate next, Func<PreviewState> state)
{
    /// <summary>Redirects <c>/</c> when the base path is another; passes anything else on.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var basePath = state().BasePath;
        if (context.Request.Path.Value == "/" && basePath != "/")
        {
            context.Response.Redirect(basePath);
            return Task.CompletedTask;
        }

        return next(context);
    }
}

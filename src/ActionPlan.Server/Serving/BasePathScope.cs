using Microsoft.AspNetCore.Http;

namespace ActionPlan.Serving;

/// <summary>
/// Passes on only requests under the site's base path, with the base path moved to <see cref="HttpRequest.PathBase"/>
/// so what follows sees the path inside the built folder; anything else is not found.
/// </summary>
internal sealed class BasePathScope(RequestDelegate next, Func<PreviewState> state, NotFoundPage notFound)
{
    /// <summary>Rebases a request under the base path and passes it on, else answers with the 404 page.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var basePath = state().BasePath;
        if (basePath == "/")
        {
            return next(context);
        }

        // Whole segments and exact case, as the published site's host would compare them.
        var request = context.Request;
        if (!request.Path.StartsWithSegments(basePath.TrimEnd('/'), StringComparison.Ordinal, out var inside))
        {
            return notFound.WriteAsync(context);
        }

        request.PathBase = request.PathBase.Add(basePath.TrimEnd('/'));
        request.Path = inside;
        return next(context);
    }
}

using ActionPlan.Model;
using Microsoft.AspNetCore.Http;

namespace ActionPlan.Serving;

/// <summary>
/// The answer for an address the build shown does not have: 404, with the site's own 404 page; when a build failed and
/// there is nothing to show, a page of its own that lists the problems.
/// </summary>
internal sealed class NotFoundPage(Func<PreviewState> state, ShownFiles files)
{
    /// <summary>Answers 404, with the page the preview has for it.</summary>
    public async Task WriteAsync(HttpContext context)
    {
        var shown = state();
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.Headers.CacheControl = "no-store";
        var page = files.GetFileInfo(SiteUrls.NotFound);
        if (page.Exists)
        {
            await PreviewPages.WriteAsync(context, page, found: false, shown);
        }
        else if (shown.Problems.Count > 0)
        {
            await PreviewPages.WriteAsync(context, ProblemsOverlay.Decorate(ProblemsOverlay.NothingToShow, found: false, shown));
        }
    }
}

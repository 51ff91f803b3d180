using Microsoft.AspNetCore.Http;

namespace ActionPlan.Serving;

/// <summary>
/// Live reload: open pages listen at <see cref="Path"/> for server-sent events, and each rebuild sends them "reload".
/// </summary>
internal sealed class ReloadEvents(CancellationToken stopping)
{
    /// <summary>The address pages listen on.</summary>
    public const string Path = "/__actionplan/events";

    /// <summary>The script the preview adds to every page it serves, which reloads the page when told to.</summary>
    public const string Script =
        "<script>(function(){var e=new EventSource(\"" + Path + "\");e.onmessage=function(m){if(m.data===\"reload\"){location.reload();}};})();</script>";

    private readonly List<HttpResponse> _listeners = [];

    /// <summary>Holds a page's request open until the page goes away or the server stops; each rebuild sends "reload".</summary>
    public async Task ListenAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        await response.WriteAsync("data: connected\n\n");
        await response.Body.FlushAsync();
        lock (_listeners)
        {
            _listeners.Add(response);
        }

        try
        {
            using var open = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            await Task.Delay(Timeout.Infinite, open.Token);
        }
        catch (OperationCanceledException)
        {
        }

        lock (_listeners)
        {
            _listeners.Remove(response);
        }
    }

    /// <summary>Tells every open page to reload; a page that has gone away is forgotten.</summary>
    public async Task ReloadAsync()
    {
        HttpResponse[] listeners;
        lock (_listeners)
        {
            listeners = [.. _listeners];
        }

        foreach (var listener in listeners)
        {
            try
            {
                await listener.WriteAsync("data: reload\n\n");
                await listener.Body.FlushAsync();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
            {
                lock (_listeners)
                {
                    _listeners.Remove(listener);
                }
            }
        }
    }
}

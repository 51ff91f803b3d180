using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace ActionPlan.Checking;

/// <summary>
/// Checks addresses on other sites politely: a limit on requests in flight, one request at a time per host
/// with a gap between them, a time-out per request, retries with doubling waits, 429 answers waited out as
/// their Retry-After asks, redirects followed, and a cache file so a second run asks only what it must.
/// </summary>
public sealed class ExternalLinkChecker : IDisposable
{
    private readonly ExternalCheckOptions _options;
    private readonly HttpClient _http;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastRequest = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _time;

    /// <summary>Creates a checker.</summary>
    public ExternalLinkChecker(ExternalCheckOptions options, TimeProvider? time = null)
    {
        _options = options;
        _time = time ?? TimeProvider.System;
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 10, UseCookies = false })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("ActionPlan-link-check/1.0");
    }

    /// <summary>Checks each distinct address once; results in the order of the distinct addresses, sorted ordinally.</summary>
    public async Task<IReadOnlyList<ExternalLinkResult>> CheckAsync(IEnumerable<string> urls, CancellationToken cancellation = default)
    {
        var distinct = urls.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var cache = ReadCache();
        var now = _time.GetUtcNow();
        var results = new ConcurrentDictionary<string, ExternalLinkResult>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(distinct, new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = cancellation }, async (url, token) =>
        {
            if (cache.TryGetValue(url, out var cached) && cached.Ok && now - cached.Checked < _options.CacheLifetime)
            {
                results[url] = new ExternalLinkResult(url, true, cached.Status, null, FromCache: true);
                return;
            }

            results[url] = await CheckOneAsync(url, token);
        });

        foreach (var result in results.Values.Where(r => !r.FromCache))
        {
            cache[result.Url] = new CacheEntry(result.Ok, result.Status, now);
        }

        WriteCache(cache);
        return distinct.Select(u => results[u]).ToList();
    }

    /// <summary>Disposes the HTTP client.</summary>
    public void Dispose() => _http.Dispose();

    private async Task<ExternalLinkResult> CheckOneAsync(string url, CancellationToken cancellation)
    {
        var host = new Uri(url).Authority;
        var gate = _hosts.GetOrAdd(host, _ => new SemaphoreSlim(1, 1));
        var wait = TimeSpan.FromMilliseconds(200);
        string problem = "no answer";
        var status = 0;
        for (var attempt = 0; attempt <= _options.Retries; attempt++)
        {
            TimeSpan? retryAfter = null;
            await gate.WaitAsync(cancellation);
            try
            {
                await KeepGapAsync(host, cancellation);
                (status, retryAfter, problem) = await RequestAsync(url, cancellation);
            }
            finally
            {
                _lastRequest[host] = _time.GetUtcNow();
                gate.Release();
            }

            if (status is >= 200 and < 400)
            {
                return new ExternalLinkResult(url, true, status, null, FromCache: false);
            }

            var transient = status == 0 || status >= 500 || status == 429;
            if (!transient || attempt == _options.Retries)
            {
                break;
            }

            if (status == 429)
            {
                var asked = retryAfter ?? wait;
                if (asked > _options.RetryAfterLimit)
                {
                    problem = $"the site asks to wait {asked.TotalSeconds:0} s (429), longer than {_options.RetryAfterLimit.TotalSeconds:0} s";
                    break;
                }

                await Task.Delay(asked, _time, cancellation);
            }
            else
            {
                await Task.Delay(wait, _time, cancellation);
                wait *= 2;
            }
        }

        return new ExternalLinkResult(url, false, status, problem, FromCache: false);
    }

    private async Task KeepGapAsync(string host, CancellationToken cancellation)
    {
        if (_lastRequest.TryGetValue(host, out var last))
        {
            var due = last + _options.Gap - _time.GetUtcNow();
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, _time, cancellation);
            }
        }
    }

    private async Task<(int Status, TimeSpan? RetryAfter, string Problem)> RequestAsync(string url, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var response = head;
            HttpResponseMessage? get = null;

            // Some servers refuse HEAD; ask again with GET before calling the link broken.
            if (head.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotImplemented or HttpStatusCode.Forbidden)
            {
                get = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                response = get;
            }

            using (get)
            {
                var status = (int)response.StatusCode;
                var retryAfter = response.Headers.RetryAfter is { } after
                    ? after.Delta ?? (after.Date is { } date ? date - _time.GetUtcNow() : null)
                    : null;
                return (status, retryAfter, $"the site answers {status} {response.ReasonPhrase}");
            }
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return (0, null, $"no answer within {_options.RequestTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return (0, null, $"the request failed: {e.Message}");
        }
    }

    private Dictionary<string, CacheEntry> ReadCache()
    {
        if (_options.CachePath is null || !File.Exists(_options.CachePath))
        {
            return new Dictionary<string, CacheEntry>(StringComparer.Ordinal);
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, CacheEntry>>(File.ReadAllText(_options.CachePath)) ?? [];
        }
        catch (JsonException)
        {
            // A damaged cache only costs time: start afresh.
            return new Dictionary<string, CacheEntry>(StringComparer.Ordinal);
        }
    }

    private void WriteCache(Dictionary<string, CacheEntry> cache)
    {
        if (_options.CachePath is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_options.CachePath))!);
        var sorted = new SortedDictionary<string, CacheEntry>(cache, StringComparer.Ordinal);
        File.WriteAllText(_options.CachePath, JsonSerializer.Serialize(sorted, new JsonSerializerOptions { WriteIndented = true }));
    }

    private sealed record CacheEntry(bool Ok, int Status, DateTimeOffset Checked);
}

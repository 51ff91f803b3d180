namespace ActionPlan.Checking;

/// <summary>How the external link check behaves.</summary>
/// <param name="Concurrency">Requests in flight at most, over all hosts (default 8).</param>
/// <param name="Timeout">How long one request may take (default 10 s).</param>
/// <param name="Retries">Further tries after a time-out, a failed connection or a 5xx answer (default 2), with doubling waits.</param>
/// <param name="HostDelay">The least time between two requests to one host, which never gets two at once (default 250 ms).</param>
/// <param name="MaxRetryAfter">The longest a 429 answer's Retry-After is waited for (default 30 s); longer counts as a failure.</param>
/// <param name="CachePath">A file keeping results between runs, or null for none.</param>
/// <param name="CacheFor">How long a good result is trusted from the cache (default 1 day); failures are always checked again.</param>
public sealed record ExternalCheckOptions(
    int Concurrency = 8,
    TimeSpan? Timeout = null,
    int Retries = 2,
    TimeSpan? HostDelay = null,
    TimeSpan? MaxRetryAfter = null,
    string? CachePath = null,
    TimeSpan? CacheFor = null)
{
    /// <summary>The request time-out in force.</summary>
    public TimeSpan RequestTimeout => Timeout ?? TimeSpan.FromSeconds(10);

    /// <summary>The per-host gap in force.</summary>
    public TimeSpan Gap => HostDelay ?? TimeSpan.FromMilliseconds(250);

    /// <summary>The longest Retry-After honoured.</summary>
    public TimeSpan RetryAfterLimit => MaxRetryAfter ?? TimeSpan.FromSeconds(30);

    /// <summary>How long a cached good result holds.</summary>
    public TimeSpan CacheLifetime => CacheFor ?? TimeSpan.FromDays(1);
}

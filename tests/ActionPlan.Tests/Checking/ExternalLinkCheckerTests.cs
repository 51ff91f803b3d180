using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ActionPlan.Build;
using ActionPlan.Checking;
using ActionPlan.Diagnostics;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Checking;

/// <summary>The external link check against a real HTTP server on 127.0.0.1 that the test starts; never the internet.</summary>
public sealed class ExternalLinkCheckerTests : IAsyncDisposable
{
    private readonly HttpListener _server = new();
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private readonly ConcurrentQueue<DateTime> _starts = new();
    private readonly string _cache = Path.Combine(Scratch.NewFolder(), "cache.json");
    private int _inFlight;
    private int _mostInFlight;

    public ExternalLinkCheckerTests()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _server.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _server.Start();
        _ = Task.Run(ServeAsync);
    }

    private int Port { get; }

    private string Url(string path) => $"http://127.0.0.1:{Port}/{path}";

    public ValueTask DisposeAsync()
    {
        _server.Close();
        return ValueTask.CompletedTask;
    }

    private async Task ServeAsync()
    {
        while (_server.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _server.GetContextAsync();
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
        var now = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _mostInFlight, now);
        _starts.Enqueue(DateTime.UtcNow);
        var path = context.Request.Url!.AbsolutePath.Trim('/');
        var hit = _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        var response = context.Response;
        try
        {
            switch (path)
            {
                case "ok":
                    response.StatusCode = 200;
                    break;
                case "moved":
                    response.StatusCode = 301;
                    response.RedirectLocation = Url("ok");
                    break;
                case "slow":
                    await Task.Delay(3000);
                    response.StatusCode = 200;
                    break;
                case "busy":
                    response.StatusCode = hit == 1 ? 429 : 200;
                    if (hit == 1)
                    {
                        response.Headers["Retry-After"] = "1";
                    }

                    break;
                case "long-wait":
                    response.StatusCode = 429;
                    response.Headers["Retry-After"] = "120";
                    break;
                case "flaky":
                    response.StatusCode = hit == 1 ? 503 : 200;
                    break;
                case "no-head":
                    response.StatusCode = context.Request.HttpMethod == "HEAD" ? 405 : 200;
                    break;
                default:
                    await Task.Delay(50);
                    response.StatusCode = 404;
                    break;
            }

            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private ExternalLinkChecker Checker(int retries = 2) =>
        new(new ExternalCheckOptions(Concurrency: 4, Timeout: TimeSpan.FromMilliseconds(500), Retries: retries, HostDelay: TimeSpan.FromMilliseconds(100), MaxRetryAfter: TimeSpan.FromSeconds(5), CachePath: _cache));

    [Fact]
    public async Task Reports_404_and_timeout_follows_redirects_and_retries_5xx_and_head_refusals()
    {
        using var checker = Checker();

        var results = (await checker.CheckAsync([Url("ok"), Url("missing"), Url("slow"), Url("moved"), Url("flaky"), Url("no-head")], TestContext.Current.CancellationToken))
            .ToDictionary(r => r.Url[(r.Url.LastIndexOf('/') + 1)..]);

        Assert.True(results["ok"].Ok);
        Assert.Equal((false, 404, "the site answers 404 Not Found"), (results["missing"].Ok, results["missing"].Status, results["missing"].Problem));
        Assert.Equal(1, _hits["missing"]);
        Assert.False(results["slow"].Ok);
        Assert.Equal("no answer within 0.5 s", results["slow"].Problem);
        Assert.Equal(3, _hits["slow"]);
        Assert.Equal((true, 200), (results["moved"].Ok, results["moved"].Status));
        Assert.True(results["flaky"].Ok);
        Assert.Equal(2, _hits["flaky"]);
        Assert.True(results["no-head"].Ok);
    }

    [Fact]
    public async Task Honours_retry_after_on_429_and_gives_up_when_it_asks_too_long()
    {
        using var checker = Checker();
        var clock = Stopwatch.StartNew();

        var results = await checker.CheckAsync([Url("busy"), Url("long-wait")], TestContext.Current.CancellationToken);

        Assert.True(results.Single(r => r.Url.EndsWith("busy", StringComparison.Ordinal)).Ok);
        Assert.Equal(2, _hits["busy"]);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), $"waited only {clock.Elapsed}");
        var refused = results.Single(r => r.Url.EndsWith("long-wait", StringComparison.Ordinal));
        Assert.False(refused.Ok);
        Assert.Equal("the site asks to wait 120 s (429), longer than 5 s", refused.Problem);
        Assert.Equal(1, _hits["long-wait"]);
    }

    [Fact]
    public async Task Asks_one_host_one_thing_at_a_time_with_a_gap_whatever_the_concurrency()
    {
        using var checker = Checker();

        await checker.CheckAsync(Enumerable.Range(0, 6).Select(i => Url($"page-{i}")), TestContext.Current.CancellationToken);

        Assert.Equal(1, _mostInFlight);
        var starts = _starts.Order().ToList();
        Assert.All(starts.Zip(starts.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(90), $"{(pair.Second - pair.First).TotalMilliseconds} ms apart"));
    }

    [Fact]
    public async Task A_second_run_takes_good_results_from_the_cache_and_checks_failures_again()
    {
        using (var first = Checker(retries: 0))
        {
            await first.CheckAsync([Url("ok"), Url("missing")], TestContext.Current.CancellationToken);
        }

        using var second = Checker(retries: 0);
        var results = await second.CheckAsync([Url("ok"), Url("missing")], TestContext.Current.CancellationToken);

        Assert.True(results.Single(r => r.Url.EndsWith("ok", StringComparison.Ordinal)).FromCache);
        Assert.Equal(1, _hits["ok"]);
        Assert.Equal(2, _hits["missing"]);
        Assert.True(File.Exists(_cache));
    }

    [Fact]
    public async Task Broken_external_links_are_reported_at_their_markdown_lines()
    {
        using var site = TestSite.FromFixture("small");
        site.Write("content/projects/links.en.md", $"---\ntitle: Links\nas_of: 2008\n---\nGood [one]({Url("ok")}) and a [bad one]({Url("missing")}#part).\n");
        var diagnostics = new DiagnosticBag();
        var model = SiteBuilder.LoadSite(site.Root, diagnostics, cancellation: TestContext.Current.CancellationToken)!;
        var places = ExternalLinks.Find(model);
        using var checker = Checker();

        ExternalLinks.Report(places, await checker.CheckAsync(places.Keys, TestContext.Current.CancellationToken), diagnostics);

        Assert.Equal($"content/projects/links.en.md:5:{20 + Url("ok").Length}: error: the link to {Url("missing")} is broken: the site answers 404 Not Found. [external-link]",
            Assert.Single(diagnostics.ToSortedList()).ToString());
    }
}

using System.Net;
using ActionPlan.Serving;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Serving;

/// <summary>The preview server for real: a free loopback port, HTTP requests, a file changed on disk, the reload event.</summary>
public sealed class PreviewServerTests
{
    private static async Task<string> NextEventAsync(StreamReader events, CancellationToken cancellation)
    {
        while (true)
        {
            var line = await events.ReadLineAsync(cancellation) ?? throw new IOException("the event stream ended");
            if (line.StartsWith("data: ", StringComparison.Ordinal) && line != "data: connected")
            {
                return line["data: ".Length..];
            }
        }
    }

    [Fact]
    public async Task A_changed_page_is_served_anew_and_open_pages_are_told_to_reload_and_a_broken_change_shows_its_errors()
    {
        using var site = TestSite.FromFixture("small");
        var log = new StringWriter();
        await using var server = await StartedAsync(site, TextWriter.Synchronized(log));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));

        var page = await http.GetStringAsync($"{server.Url}en/networks/eurocities/", timeout.Token);
        Assert.Contains("More than 120 cities.", page, StringComparison.Ordinal);
        Assert.Contains(PreviewServer.EventsPath, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"{server.Url}en/nowhere/", timeout.Token)).StatusCode);

        using var stream = await http.GetStreamAsync($"http://127.0.0.1:{server.Port}{PreviewServer.EventsPath}", timeout.Token);
        using var events = new StreamReader(stream);
        Assert.Equal("data: connected", await events.ReadLineAsync(timeout.Token));

        site.Write("content/networks/eurocities.en.md", TestSite.Page("Eurocities", "## Members\n\nMore than 130 cities.\n", "kind: page"));
        Assert.Equal("reload", await NextEventAsync(events, timeout.Token));
        Assert.Contains("More than 130 cities.", await http.GetStringAsync($"{server.Url}en/networks/eurocities/", timeout.Token), StringComparison.Ordinal);

        site.Write("content/networks/eurocities.en.md", TestSite.Page("Eurocities", "## Members\n\nSee [gone](gone.md).\n", "kind: page"));
        Assert.Equal("reload", await NextEventAsync(events, timeout.Token));
        var broken = await http.GetStringAsync($"{server.Url}en/networks/eurocities/", timeout.Token);
        Assert.Contains("role=\"alert\"", broken, StringComparison.Ordinal);
        Assert.Contains("content/networks/eurocities.en.md:7:5: error: &#39;gone.md&#39; does not match a page", broken, StringComparison.Ordinal);
        Assert.Contains("More than 130 cities.", broken, StringComparison.Ordinal);
        Assert.Contains("Showing the last good build, from ", broken, StringComparison.Ordinal);
        Assert.Contains("UTC (the preview&#39;s own folder).", broken, StringComparison.Ordinal);
        Assert.Contains("content/networks/eurocities.en.md:7:5: error:", log.ToString(), StringComparison.Ordinal);

        // A page that the last good build did not have is not called its previous version.
        site.Write("content/networks/pompidou.en.md", TestSite.Page("Pompidou group", "", "kind: page"));
        Assert.Equal("reload", await NextEventAsync(events, timeout.Token));
        var missing = await http.GetAsync($"{server.Url}en/networks/pompidou/", timeout.Token);
        var missingText = await missing.Content.ReadAsStringAsync(timeout.Token);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("This page is not in the build shown.", missingText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edited_word_list_or_terms_file_rebuilds_and_the_writing_warnings_follow_it()
    {
        using var site = TestSite.FromFixture("small");
        var log = new StringWriter();
        await using var server = await StartedAsync(site, TextWriter.Synchronized(log));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        using var stream = await http.GetStreamAsync($"http://127.0.0.1:{server.Port}{PreviewServer.EventsPath}", timeout.Token);
        using var events = new StreamReader(stream);
        Assert.Equal("data: connected", await events.ReadLineAsync(timeout.Token));
        const string warning = "write 'Eurocities', not 'cities'";
        Assert.DoesNotContain(warning, log.ToString(), StringComparison.Ordinal);

        // A terms file beside site.yml is read by the next build: its variant on the Eurocities page is a warning
        site.Write("terms.en.yml", "Eurocities: [cities]\n");
        Assert.Equal("reload", await NextEventAsync(events, timeout.Token));
        var once = log.ToString().Split(warning).Length - 1;
        Assert.True(once > 0, log.ToString());

        // and a word list is watched alike: the build it starts gives the same warnings again
        site.Write("words.en.txt", "Eurocities\n");
        Assert.Equal("reload", await NextEventAsync(events, timeout.Token));
        Assert.Equal(2 * once, log.ToString().Split(warning).Length - 1);
    }

    [Fact]
    public async Task An_alias_redirects_within_the_preview_not_to_the_sites_public_host()
    {
        // Given a page with an old address, previewed on 127.0.0.1 (base_url names another host)
        using var site = TestSite.FromFixture("small");
        site.Write("content/projects/moved.en.md", TestSite.Page("Moved project", "Here now.\n", "aliases: [en/projects/old-name/]"));
        await using var server = await StartedAsync(site, TextWriter.Null);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };

        // When the old address is asked for and its redirect followed as a browser would
        var old = new Uri($"{server.Url}en/projects/old-name/");
        var redirect = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await http.GetStringAsync(old, TestContext.Current.CancellationToken));
        var refresh = redirect.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content")!;
        var target = new Uri(old, refresh[(refresh.IndexOf("url=", StringComparison.Ordinal) + 4)..]);
        var link = new Uri(old, redirect.QuerySelector("main a")!.GetAttribute("href")!);

        // Then both lead to the page in the preview itself
        Assert.Equal(new Uri($"{server.Url}en/projects/moved/"), target);
        Assert.Equal(target, link);
        Assert.Contains("Here now.", await http.GetStringAsync(target, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_serves_only_its_own_private_folder()
    {
        using var site = TestSite.FromFixture("small");
        await using var server = await StartedAsync(site, TextWriter.Null);
        var sibling = server.OutputFolder + "-evil";
        Directory.CreateDirectory(sibling);
        await File.WriteAllTextAsync(Path.Combine(sibling, "secret.txt"), "not for the web", TestContext.Current.CancellationToken);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };

        var escape = await http.GetAsync($"{server.Url}..%2F{Path.GetFileName(sibling)}%2Fsecret.txt", TestContext.Current.CancellationToken);
        var own = await http.GetAsync($"{server.Url}en/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, escape.StatusCode);
        Assert.DoesNotContain("not for the web", await escape.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.StartsWith(PreviewServer.PrivateFolder() + Path.DirectorySeparatorChar, server.OutputFolder, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(PreviewServer.PrivateFolder()));
        }

        Directory.Delete(sibling, recursive: true);
    }

    [Fact]
    public async Task Kestrel_serves_each_file_with_its_content_type_and_the_root_leads_to_the_base_path()
    {
        using var site = TestSite.FromFixture("small");
        await using var server = await StartedAsync(site, TextWriter.Null);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(60) };
        var cancellation = TestContext.Current.CancellationToken;
        var stylesheet = System.Text.RegularExpressions.Regex.Match(await http.GetStringAsync($"{server.Url}en/", cancellation), "href=\"[^\"]*/(assets/site\\.[0-9a-f]+\\.css)\"").Groups[1].Value;

        async Task<string?> TypeOf(string path) => (await http.GetAsync(server.Url + path, cancellation)).Content.Headers.ContentType?.ToString();

        Assert.Equal("text/html; charset=utf-8", await TypeOf("en/"));
        Assert.Equal("text/css", await TypeOf(stylesheet));
        Assert.Equal("image/svg+xml", await TypeOf("assets/favicon.svg"));
        Assert.Equal("text/xml", await TypeOf("sitemap.xml"));
        Assert.Equal("text/plain", await TypeOf("robots.txt"));
        var root = await http.GetAsync($"http://127.0.0.1:{server.Port}/", cancellation);
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal(new Uri(server.Url).AbsolutePath, root.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_HEAD_request_is_told_the_pages_type_and_length_and_an_address_outside_the_base_path_is_the_404_page()
    {
        // Given a preview of the small site, served under /international/
        using var site = TestSite.FromFixture("small");
        await using var server = await StartedAsync(site, TextWriter.Null);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(60) };
        var cancellation = TestContext.Current.CancellationToken;

        // When a page is asked for with HEAD, then with GET
        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"{server.Url}en/"), cancellation);
        var page = await http.GetByteArrayAsync($"{server.Url}en/", cancellation);

        // Then HEAD is told what GET is sent (the page with the reload script), without the page
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/html; charset=utf-8", head.Content.Headers.ContentType?.ToString());
        Assert.Equal(page.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(cancellation));
        using var headOfFile = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"{server.Url}robots.txt"), cancellation);
        Assert.Equal(HttpStatusCode.OK, headOfFile.StatusCode);
        Assert.Equal("text/plain", headOfFile.Content.Headers.ContentType?.ToString());

        // And an address outside the base path, or of another case, is not found and gets the site's 404 page
        foreach (var outside in new[] { "/elsewhere/en/", "/International/en/" })
        {
            var missing = await http.GetAsync($"http://127.0.0.1:{server.Port}{outside}", cancellation);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Contains(PreviewServer.EventsPath, await missing.Content.ReadAsStringAsync(cancellation), StringComparison.Ordinal);
        }

        // And a folder's address without its slash leads to the folder's page, as a web server does
        var folder = await http.GetAsync($"{server.Url}en", cancellation);
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal(new Uri($"{server.Url}en/"), new Uri(new Uri(server.Url), folder.Headers.Location!));
    }

    /// <summary>A preview of the site, started, with the run's compiled templates.</summary>
    private static async Task<PreviewServer> StartedAsync(TestSite site, TextWriter log)
    {
        TestSite.ShareCompiledTemplates(site.Root);
        var server = new PreviewServer(site.Root, Loopback.FreePort(), includeDrafts: false, log);
        try
        {
            await server.StartAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }
}

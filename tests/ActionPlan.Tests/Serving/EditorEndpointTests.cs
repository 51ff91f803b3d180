using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ActionPlan.Editing;
using ActionPlan.Serving;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Serving;

/// <summary>The preview's /admin/ over real HTTP: the editor and its script from the tool, its configuration, its backend's guards, the translation overview.</summary>
/// <remarks>The tests share one preview of the small site, started once for the class: none of them changes what another looks at.</remarks>
public sealed class EditorEndpointTests(EditorEndpointTests.Preview preview) : IClassFixture<EditorEndpointTests.Preview>
{
    /// <summary>A preview of the small site, without drafts, for the whole class.</summary>
    public sealed class Preview : IAsyncLifetime
    {
        internal TestSite Site { get; } = TestSite.FromFixture("small");

        internal PreviewServer Server { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            TestSite.ShareCompiledTemplates(Site.Root);
            Server = new PreviewServer(Site.Root, Loopback.FreePort(), includeDrafts: false, TextWriter.Null);
            await Server.StartAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            Site.Dispose();
        }
    }

    [Fact]
    public async Task Admin_serves_the_editor_its_script_from_the_tool_and_a_configuration_for_this_preview()
    {
        var server = preview.Server;
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { Timeout = TimeSpan.FromSeconds(60) };
        var cancellation = TestContext.Current.CancellationToken;
        var admin = $"http://127.0.0.1:{server.Port}/admin/";

        var page = await http.GetStringAsync(admin, cancellation);
        Assert.Contains("<script src=\"decap-cms.js\"></script>", page, StringComparison.Ordinal);
        Assert.Contains("rel=\"cms-config-url\"", page, StringComparison.Ordinal);
        Assert.Contains("<title>Editor – International work</title>", page, StringComparison.Ordinal);
        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, admin), cancellation);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        using var http2 = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var bare = await http2.GetAsync($"http://127.0.0.1:{server.Port}/admin", cancellation);
        Assert.Equal(HttpStatusCode.Redirect, bare.StatusCode);
        Assert.Equal("/admin/", bare.Headers.Location!.OriginalString);

        using var request = new HttpRequestMessage(HttpMethod.Get, admin + "decap-cms.js");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var script = await http.SendAsync(request, cancellation);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("gzip", Assert.Single(script.Content.Headers.ContentEncoding));
        await using var unzipped = new GZipStream(await script.Content.ReadAsStreamAsync(cancellation), CompressionMode.Decompress);
        var text = await new StreamReader(unzipped).ReadToEndAsync(cancellation);
        Assert.True(text.Length > 1_000_000, "the whole script");

        // Without gzip the same script, uncompressed.
        var plain = await http.GetStringAsync(admin + "decap-cms.js", cancellation);
        Assert.Equal(text, plain);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(admin + "..%2F..%2Fsite.yml", cancellation)).StatusCode);

        var config = JsonNode.Parse(await http.GetStringAsync(admin + "config.yml", cancellation))!;
        Assert.Equal($"http://127.0.0.1:{server.Port}/admin/api/v1", (string?)config["backend"]!["proxy_url"]);
        Assert.Equal(["networks", "projects", CmsConfig.SectionPagesName], config["collections"]!.AsArray().Select(c => (string?)c!["name"]));
        Assert.Equal($"http://127.0.0.1:{server.Port}/international/", (string?)config["site_url"]);
    }

    [Fact]
    public async Task The_backend_answers_only_the_previews_own_pages_with_JSON()
    {
        var (site, server) = (preview.Site, preview.Server);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var cancellation = TestContext.Current.CancellationToken;
        var api = $"http://127.0.0.1:{server.Port}/admin/api/v1";
        const string info = """{"action":"info","params":{}}""";

        async Task<HttpStatusCode> PostAsync(string body, string type, string? origin = null, string? host = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, api) { Content = new StringContent(body, Encoding.UTF8, type) };
            if (origin is not null)
            {
                request.Headers.Add("Origin", origin);
            }

            if (host is not null)
            {
                request.Headers.Host = host;
            }

            using var response = await http.SendAsync(request, cancellation);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await PostAsync(info, "application/json", $"http://127.0.0.1:{server.Port}"));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(info, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(info, "application/json", "https://evil.example"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(info, "application/json", host: $"evil.example:{server.Port}"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, await PostAsync(info, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync("{not json", "application/json"));

        // What another site posts as a form (which needs no permission from this server) writes nothing, with or without its origin.
        var write = """{"action":"persistEntry","params":{"dataFiles":[{"path":"content/projects/planted.en.md","slug":"x","raw":"x"}],"assets":[],"options":{"newEntry":true}}}""";
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(write, "text/plain", "https://evil.example"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, await PostAsync(write, "text/plain"));
        Assert.False(File.Exists(Path.Combine(site.Root, "content/projects/planted.en.md")));
    }

    [Fact]
    public async Task The_translation_overview_shows_the_last_builds_pages_and_an_edit_once_its_rebuild_is_done()
    {
        var (site, server) = (preview.Site, preview.Server);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        var overview = $"http://127.0.0.1:{server.Port}/admin/translations/";

        // Given the overview of the small site, whose ECACP page is only in Danish
        var page = await http.GetStringAsync(overview, timeout.Token);
        Assert.Contains("<td><code>content/networks/ecacp.da.md</code></td><td>English</td>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/international/da/netvaerk/ecacp/\">the page</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/admin/#/collections/networks/entries/ecacp\">write it in the editor</a>", page, StringComparison.Ordinal);
        Assert.Contains("This preview leaves drafts out", page, StringComparison.Ordinal);
        Assert.DoesNotContain("content/projects/street.en.md", page, StringComparison.Ordinal);

        // When a page in English only is added, and the rebuild it sets off tells open pages to reload
        using var stream = await http.GetStreamAsync($"http://127.0.0.1:{server.Port}{PreviewServer.EventsPath}", timeout.Token);
        using var events = new StreamReader(stream);
        Assert.Equal("data: connected", await events.ReadLineAsync(timeout.Token));
        site.Write("content/projects/street.en.md", TestSite.Page("Street work", "Text."));
        while (await events.ReadLineAsync(timeout.Token) is { } line && line != "data: reload")
        {
        }

        // Then the overview lists it as missing its Danish twin
        page = await http.GetStringAsync(overview, timeout.Token);
        Assert.Contains("<td><code>content/projects/street.en.md</code></td><td>Dansk</td>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/international/en/projects/street/\">the page</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_built_site_has_no_editor()
    {
        using var site = TestSite.FromFixture("small");
        var result = await site.BuildAsync();
        Assert.True(result.Published);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "admin")));
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("decap", StringComparison.OrdinalIgnoreCase));
    }
}

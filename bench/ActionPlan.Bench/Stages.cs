using ActionPlan.Checking;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Loading;
using ActionPlan.Markup;
using BenchmarkDotNet.Attributes;

namespace ActionPlan.Bench;

/// <summary>
/// The hot stages on one generated page and a 222-page corpus: front matter, Markdown, Razor rendering (templates
/// compiled once, as in a build), scanning one page for the link check, and the whole link check.
/// </summary>
[MemoryDiagnoser]
public class Stages
{
    private SourceFile _source = null!;
    private ParsedSource _parsed = null!;
    private string _corpus = null!;
    private SiteConfig _config = null!;
    private Rendering.PageRenderer _renderer = null!;
    private Model.Site _site = null!;
    private Rendering.ProductViews _products = null!;
    private Rendering.AssetManifest _assets = null!;
    private string _pageHtml = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Path.Combine(Path.GetTempPath(), "actionplan-bench-stages");
        if (!Directory.Exists(_corpus))
        {
            CorpusGenerator.Write(_corpus, 100);
        }

        var site = Path.Combine(_corpus, "actionplan");
        _config = SiteConfigReader.Read(site, new DiagnosticBag())!;
        var text = File.ReadAllText(Path.Combine(site, "content", "s1", "p1.en.md"));
        _source = new SourceFile("content/s1/p1.en.md", "s1", "p1", _config.FindLanguage("en")!, text);
        _parsed = FrontMatterReader.Read(_source, new DiagnosticBag())!;
        var output = Path.Combine(_corpus, "out");
        if (!Directory.Exists(output))
        {
            Build.SiteBuilder.BuildAsync(new Build.BuildOptions(site, output) { BuiltInThemeDirectory = Path.Combine(AppContext.BaseDirectory, "themes", "default") }).GetAwaiter().GetResult();
        }

        _pageHtml = File.ReadAllText(Path.Combine(output, "en", "s1", "p1", "index.html"));
        var diagnostics = new DiagnosticBag();
        var model = Build.SiteBuilder.LoadSite(site, diagnostics)!;
        var theme = new Rendering.ThemeFiles([Path.Combine(AppContext.BaseDirectory, "themes", "default")]);
        _site = model;
        _products = Products.SiteProducts.ViewsOf(model, new HashSet<string>());
        _assets = Rendering.AssetManifest.Create(theme, model.Assets, diagnostics);
        _renderer = new Rendering.PageRenderer(theme);
        RenderPages();
    }

    [Benchmark]
    public ParsedSource? FrontMatter() => FrontMatterReader.Read(_source, new DiagnosticBag());

    [Benchmark]
    public ParsedMarkdown Markdown() => MarkupParser.Parse(_parsed.Body, _parsed.BodyLine);

    /// <summary>Every page of the corpus through the Razor layouts, kept in memory (nothing written).</summary>
    [Benchmark]
    public int RenderPages()
    {
        var count = 0;
        _renderer.RenderAsync(_site, _products, _assets, new DiagnosticBag(), _ => { }, _ => Interlocked.Increment(ref count)).GetAwaiter().GetResult();
        return count;
    }

    [Benchmark]
    public int ScanOnePage() => PageScanner.Scan(_pageHtml).References.Count;

    [Benchmark]
    public int LinkCheck222Pages() =>
        LinkChecker.CheckFolder(Path.Combine(_corpus, "out"), _config, new Dictionary<string, LinkOrigin>(), "out", new DiagnosticBag());
}

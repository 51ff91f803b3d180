using ActionPlan.Checking;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Loading;
using ActionPlan.Markup;
using BenchmarkDotNet.Attributes;

namespace ActionPlan.Bench;

/// <summary>The hot stages on one generated page and a 200-page corpus: front matter, Markdown, link check.</summary>
[MemoryDiagnoser]
public class Stages
{
    private SourceFile _source = null!;
    private ParsedSource _parsed = null!;
    private string _corpus = null!;
    private SiteConfig _config = null!;

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
        _source = new SourceFile("content/s1/p1.en.md", "s1", "p1", "en", text);
        _parsed = FrontMatterReader.Read(_source, new DiagnosticBag())!;
        var output = Path.Combine(_corpus, "out");
        if (!Directory.Exists(output))
        {
            Build.SiteBuilder.BuildAsync(new Build.BuildOptions(site, output) { BuiltInThemeDirectory = Path.Combine(AppContext.BaseDirectory, "themes", "default") }).GetAwaiter().GetResult();
        }
    }

    [Benchmark]
    public ParsedSource? FrontMatter() => FrontMatterReader.Read(_source, new DiagnosticBag());

    [Benchmark]
    public ParsedMarkdown Markdown() => MarkupParser.Parse(_parsed.Body, _parsed.BodyLine);

    [Benchmark]
    public int LinkCheck200Pages() =>
        LinkChecker.CheckFolder(Path.Combine(_corpus, "out"), _config, new Dictionary<string, LinkOrigin>(), "out", new DiagnosticBag());
}

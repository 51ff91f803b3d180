using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Loading;
using ActionPlan.Markup;
using ActionPlan.Model;
using ActionPlan.Products;
using ActionPlan.Rendering;

namespace ActionPlan.Build;

/// <summary>
/// The phases up to the whole site, which write nothing: load (site.yml, the theme, the sources), parse (front matter
/// and Markdown, in parallel), model (the written site, its pages placed, checked and linked) and plan (each product's
/// pages, their addresses claimed once).
/// </summary>
internal static class SiteLoader
{
    /// <summary>
    /// The whole site, its theme, how many sources there are and what of them any page can show
    /// (<see cref="Caching.RenderMemory.ContentKey"/>); null when site.yml or the theme cannot be used.
    /// Content errors are in <paramref name="diagnostics"/>. A body whose parse <paramref name="parses"/> has kept is
    /// not parsed again (and tells how many were).
    /// </summary>
    // Optimised from the first call: a method that runs once would otherwise keep every local alive to its end.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static (Site Site, ThemeFiles Theme, int Sources, byte[] ContentKey)? Load(
        string siteDirectory, DiagnosticBag diagnostics, PublishingRules? publishing, CancellationToken cancellation, IProgress<BuildProgress>? progress, string builtInTheme,
        Action<SiteConfig, ThemeFiles>? themeLocated = null, Func<SiteSources, SiteSources>? edit = null, Task<Caching.ParseMemory>? parses = null,
        Caching.FileDigests? digests = null, Task<Caching.FrontMatterMemory>? fronts = null)
    {
        progress?.Report(new BuildProgress(BuildStage.Reading));
        var config = SiteConfigReader.Read(siteDirectory, diagnostics);
        if (config is null || SiteBuilder.LocateTheme(siteDirectory, config, builtInTheme, diagnostics) is not { } theme)
        {
            return null;
        }

        themeLocated?.Invoke(config, theme);
        SiteSources? sources = ContentScanner.Scan(siteDirectory, config, diagnostics, digests);
        sources = edit is null ? sources : edit(sources);
        var (unparsed, assets) = (sources.Pages.ToArray<SourceFile?>(), sources.Assets);
        sources = null;
        var parsed = Parse(unparsed, config, fronts?.GetAwaiter().GetResult() ?? new Caching.FrontMatterMemory(),
            parses?.GetAwaiter().GetResult() ?? new Caching.ParseMemory(), diagnostics, cancellation, progress);
        var contentKey = Caching.RenderMemory.ContentKey(parsed);

        progress?.Report(new BuildProgress(BuildStage.Modelling));
        var rules = publishing ?? PublishingRules.Default;
        var (published, withheld) = Withhold(parsed, rules, diagnostics);
        var written = SiteModelBuilder.Build(config, published, assets, diagnostics, withheld, theme.LayoutIds(),
            () => PublicationHistory.Read(siteDirectory), theme.StaticFiles(), rules.Today);
        SiteProducts.Check(written.Site, diagnostics);
        return (written.Complete(SiteProducts.Plan(written.Site), diagnostics), theme, parsed.Count, contentKey);
    }

    /// <summary>
    /// Reads every source's front matter (unless <paramref name="fronts"/> kept it) and parses its Markdown (unless
    /// <paramref name="parses"/> kept it), in parallel,
    /// kept in path order. Each file (and so its text) is let go as soon as it is parsed (the body keeps what is needed),
    /// so a large site never holds every text and every syntax tree at once.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static List<(ParsedSource Source, ParsedMarkdown Markdown)> Parse(
        SourceFile?[] unparsed, SiteConfig config, Caching.FrontMatterMemory fronts, Caching.ParseMemory parses, DiagnosticBag diagnostics,
        CancellationToken cancellation, IProgress<BuildProgress>? progress)
    {
        var parsed = new (ParsedSource, ParsedMarkdown)?[unparsed.Length];
        var codes = config.Languages.Select(l => l.Code).ToList();
        var done = 0;
        Parallel.For(0, unparsed.Length, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            var path = unparsed[i]!.Path;
            var source = FrontMatterReader.Read(unparsed[i]!, diagnostics, codes, (digest, read) =>
                Caching.FrontMatterMemory.KeyOf(digest, path, codes) is var key && fronts.Recall(key) is { } kept ? kept : fronts.Keep(key, read()));
            unparsed[i] = null;
            parsed[i] = (source, ParseBody(source, config, parses, diagnostics));
            progress?.Report(new BuildProgress(BuildStage.Parsing, Interlocked.Increment(ref done), parsed.Length));
        });
        return parsed.OfType<(ParsedSource, ParsedMarkdown)>().ToList();
    }

    private static ParsedMarkdown ParseBody(ParsedSource source, SiteConfig config, Caching.ParseMemory parses, DiagnosticBag diagnostics)
    {
        var culture = source.Source.Language.Culture;
        var key = Caching.ParseMemory.KeyOf(source.Source.Digest, culture, config.AllowedHtml);
        if (parses.Recall(key) is { } kept)
        {
            return MarkupParser.Later(kept, () => source.Body, config.AllowedHtml) with { HeadingsKnown = source.BodyKnown };
        }

        try
        {
            return parses.Keep(key, MarkupParser.Parse(source.Body, source.BodyLine, culture, config.AllowedHtml)) with { HeadingsKnown = source.BodyKnown };
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.Ordinal))
        {
            // Markdig refuses absurd nesting rather than overflow the stack; tell the editor where. The page still
            // exists (with an empty body), so links to it are not reported too. Not kept: the next build says it again.
            diagnostics.Error("markdown-depth", source.Source.Path, source.BodyLine, 1,
                "the Markdown nests too deeply (quotes or lists inside each other hundreds of times); simplify it.");
            return MarkupParser.Parse("", source.BodyLine) with { HeadingsKnown = false };
        }
    }

    /// <summary>
    /// The pages the rules publish, and why each other page is withheld. A page waiting for its day is said once, at its
    /// date, whether or not anything links to it (a link to it is reported at the link, as another problem): otherwise
    /// it would be missing from the site without a word.
    /// </summary>
    private static (List<(ParsedSource, ParsedMarkdown)> Published, Dictionary<(string TwinKey, string Language), string> Withheld) Withhold(
        List<(ParsedSource Source, ParsedMarkdown Markdown)> all, PublishingRules rules, DiagnosticBag diagnostics)
    {
        var withheld = all.Where(p => rules.WithheldBecause(p.Source.FrontMatter) is not null)
            .ToDictionary(p => (p.Source.Source.TwinKey, p.Source.Source.Language.Code), p => rules.WithheldBecause(p.Source.FrontMatter)!);
        foreach (var (source, _) in all.Where(p => rules.PublishesLater(p.Source.FrontMatter) is not null))
        {
            var day = rules.PublishesLater(source.FrontMatter)!.Value;
            diagnostics.Warning("future-page", source.Source.Path, source.FrontMatter.LineOf(PageFields.Date.Key), 1,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"this page publishes on {day:yyyy-MM-dd} (its 'date:'), so this build leaves it out everywhere until then; to publish it now, set 'date:' to today or earlier."));
        }

        return (all.Where(p => !withheld.ContainsKey((p.Source.Source.TwinKey, p.Source.Source.Language.Code))).ToList(), withheld);
    }
}

namespace ActionPlan.Loading;

/// <summary>Everything the loading stage found: the Markdown files and the assets, each in ordinal path order.</summary>
public sealed record SiteSources(IReadOnlyList<SourceFile> Pages, IReadOnlyList<AssetFile> Assets)
{
    /// <summary>The sources with <paramref name="changed"/> in place of the pages at their paths, new ones added, in path order.</summary>
    public SiteSources With(IReadOnlyList<SourceFile> changed)
    {
        var paths = changed.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        return this with { Pages = [.. Pages.Where(p => !paths.Contains(p.Path)).Concat(changed).OrderBy(p => p.Path, StringComparer.Ordinal)] };
    }
}

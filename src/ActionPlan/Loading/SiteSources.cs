namespace ActionPlan.Loading;

/// <summary>Everything the loading stage found: the Markdown files and the assets, each in ordinal path order.</summary>
public sealed record SiteSources(IReadOnlyList<SourceFile> Pages, IReadOnlyList<AssetFile> Assets);

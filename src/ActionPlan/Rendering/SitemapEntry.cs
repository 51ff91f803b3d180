namespace ActionPlan.Rendering;

/// <summary>A rendered page as the sitemap lists it: its canonical address and its hreflang alternates.</summary>
public sealed record SitemapEntry(string Canonical, IReadOnlyList<AlternateView> Alternates);

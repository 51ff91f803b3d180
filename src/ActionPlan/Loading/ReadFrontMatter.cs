using ActionPlan.Diagnostics;

namespace ActionPlan.Loading;

/// <summary>A page's front matter read and checked, and what reading it reported (all at the page's file).</summary>
/// <param name="FrontMatter">The front matter.</param>
/// <param name="Diagnostics">The problems found in it, sorted.</param>
public sealed record ReadFrontMatter(PageFrontMatter FrontMatter, IReadOnlyList<Diagnostic> Diagnostics);

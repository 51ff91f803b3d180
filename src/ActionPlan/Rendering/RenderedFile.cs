using ActionPlan.Model;

namespace ActionPlan.Rendering;

/// <summary>A rendered HTML file and the page it came from (null for pages the build makes itself).</summary>
public sealed record RenderedFile(string OutputPath, string Html, Page? Page);

namespace ActionPlan.Loading;

/// <summary>A source file split into its front matter and its Markdown body.</summary>
/// <param name="Source">The file, without its text: the body below holds what is needed of it, and a large site
/// should not keep every page's text twice.</param>
/// <param name="FrontMatter">The front matter, read and checked.</param>
/// <param name="Body">The Markdown after the front matter.</param>
/// <param name="BodyLine">The file line (one-based) the body starts on, so Markdown positions map back to the file.</param>
public sealed record ParsedSource(SourceFile Source, PageFrontMatter FrontMatter, string Body, int BodyLine)
{
    /// <summary>False when the body could not be told from the front matter (it never ends): its headings are then unknown.</summary>
    public bool BodyKnown { get; init; } = true;
}

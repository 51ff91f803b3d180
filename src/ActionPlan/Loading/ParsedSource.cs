namespace ActionPlan.Loading;

/// <summary>A source file split into its front matter and its Markdown body.</summary>
/// <param name="Source">The file, without its text: the body below holds what is needed of it, and a large site
/// should not keep every page's text twice.</param>
/// <param name="FrontMatter">The front matter, read and checked.</param>
/// <param name="Body">The Markdown after the front matter.</param>
/// <param name="BodyLine">The file line (one-based) the body starts on, so Markdown positions map back to the file.</param>
public sealed record ParsedSource(SourceFile Source, PageFrontMatter FrontMatter, string Body, int BodyLine)
{
    private Lazy<string>? _later;

    /// <summary>The Markdown after the front matter; read from the file when first asked for, where its head was read alone.</summary>
    public string Body
    {
        get => _later?.Value ?? field;
        init;
    } = Body;

    /// <summary>False when the body could not be told from the front matter (it never ends): its headings are then unknown.</summary>
    public bool BodyKnown { get; init; } = true;

    /// <summary>A source whose body is read by <paramref name="body"/> when first asked for (<see cref="SourceFile.Rest"/>).</summary>
    public static ParsedSource Later(SourceFile source, PageFrontMatter frontMatter, Func<string> body, int bodyLine) =>
        new(source, frontMatter, "", bodyLine) { _later = new Lazy<string>(body, LazyThreadSafetyMode.ExecutionAndPublication) };
}

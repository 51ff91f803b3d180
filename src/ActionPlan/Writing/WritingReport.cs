namespace ActionPlan.Writing;

/// <summary>What the writing phase found besides its diagnostics: each page's readability and each language's together.</summary>
/// <param name="Pages">Every written page's figures, by file (ordinal).</param>
/// <param name="Languages">Each language's figures over all its pages, by language code, in the site's order.</param>
public sealed record WritingReport(IReadOnlyList<PageReadability> Pages, IReadOnlyList<LanguageReadability> Languages)
{
    /// <summary>No report: the build did not get as far as the writing phase.</summary>
    public static WritingReport None { get; } = new([], []);
}

using ActionPlan.Diagnostics;

namespace ActionPlan.Build;

/// <summary>The outcome of a build: every diagnostic, in order, and what was produced.</summary>
/// <param name="Diagnostics">All problems found, sorted by file and line.</param>
/// <param name="Pages">Pages rendered (0 when the build stopped early).</param>
/// <param name="Assets">Files copied as they are.</param>
/// <param name="LinksChecked">Internal addresses the link check followed.</param>
/// <param name="Published">True when the output folder now holds this build.</param>
/// <param name="ConfigurationFailed">True when the build could not start (site.yml, theme or folders wrong).</param>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int Pages,
    int Assets,
    int LinksChecked,
    bool Published,
    bool ConfigurationFailed)
{
    /// <summary>How many published pages have no twin in some language (see <c>actionplan translations</c>).</summary>
    public int MissingTwins { get; init; }

    /// <summary>How many Razor templates were compiled; the others were loaded as compiled by an earlier run.</summary>
    public int TemplatesCompiled { get; init; }

    /// <summary>How many files were not written again because their bytes equal the previous output's.</summary>
    public int FilesUnchanged { get; init; }

    /// <summary>How many source pages' Markdown this build parsed (none when it repeated the last build).</summary>
    public int Parsed { get; init; }

    /// <summary>How many source pages' Markdown was not parsed again: what its parse gave was kept from an earlier build.</summary>
    public int ParsesKept { get; init; }

    /// <summary>How many of the <see cref="Pages"/> were taken from the previous output as they were, not rendered again (nothing they show had changed).</summary>
    public int PagesKept { get; init; }

    /// <summary>How many pages' writing this build read and spelled; the others' findings were kept from an earlier build.</summary>
    public int WritingRead { get; init; }

    /// <summary>
    /// True when nothing the build reads had changed since the last published build and its output was as that build
    /// left it: nothing was parsed, rendered or written, and this is that build's result again.
    /// </summary>
    public bool Repeated { get; init; }

    /// <summary>The path the site is served under (from site.yml), or null when the configuration could not be read.</summary>
    public string? BasePath { get; init; }

    /// <summary>Each page's and each language's readability; empty when the build stopped before its writing phase or left it out.</summary>
    public Writing.WritingReport Writing { get; init; } = ActionPlan.Writing.WritingReport.None;

    /// <summary>The number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>The number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>0 without errors (published, or checked only), 2 when the configuration or the command was wrong, 1 for content or link errors.</summary>
    public int ExitCode => ConfigurationFailed ? 2 : ErrorCount > 0 ? 1 : 0;
}

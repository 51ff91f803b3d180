namespace ActionPlan.Build;

/// <summary>The build's stages, in the order they run.</summary>
public enum BuildStage
{
    /// <summary>Finding and reading the site's files.</summary>
    Reading,

    /// <summary>Reading front matter and parsing Markdown, page by page.</summary>
    Parsing,

    /// <summary>Placing pages at their URLs, resolving links and references, computing reports and search indexes.</summary>
    Modelling,

    /// <summary>Compiling (or loading) the theme's templates.</summary>
    Compiling,

    /// <summary>Rendering pages with the theme and writing them, page by page.</summary>
    Rendering,

    /// <summary>Printing the status reports to PDF (<c>status_pdf</c>).</summary>
    Printing,

    /// <summary>Checking every internal link, asset and fragment, page by page.</summary>
    Checking,

    /// <summary>Putting the new output in place of the old.</summary>
    Publishing,
}

/// <summary>How far a build has come: its stage and, for stages that go page by page, how many of how many are done.</summary>
/// <param name="Stage">The stage running.</param>
/// <param name="Done">Items done in this stage.</param>
/// <param name="Total">Items this stage will do; 0 when the stage is not counted.</param>
public readonly record struct BuildProgress(BuildStage Stage, int Done = 0, int Total = 0);

namespace ActionPlan.Diagnostics;

/// <summary>How serious a diagnostic is; any error fails the build.</summary>
public enum Severity
{
    /// <summary>Worth fixing, but the site is still built.</summary>
    Warning,

    /// <summary>The site cannot be published until it is fixed.</summary>
    Error,

    /// <summary>Something the build could not do and says so once (a missing spelling dictionary); never changes the exit code.</summary>
    Note,
}

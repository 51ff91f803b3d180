namespace ActionPlan.Scaffolding;

/// <summary>What <see cref="PageMover"/> moves, where, and how it checks the site.</summary>
/// <param name="SiteDirectory">The site folder (holding site.yml and content/).</param>
/// <param name="From">The page to move: its path under content/ without language and extension (<c>projects/berlin</c>), or one twin's file path.</param>
/// <param name="To">Where it goes, written the same way (<c>projects/berlin-exchange</c>).</param>
public sealed record PageMoveOptions(string SiteDirectory, string From, string To)
{
    /// <summary>The default theme; default: the one installed with the tool.</summary>
    public string BuiltInThemeDirectory { get; init; } = Build.BuildOptions.InstalledTheme;

    /// <summary>Which pages are published, which decides which twins have a public address to keep; default: a build today.</summary>
    public Model.PublishingRules Publishing { get; init; } = Model.PublishingRules.Default;
}

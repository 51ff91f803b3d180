namespace ActionPlan.Build;

/// <summary>What to build and where.</summary>
/// <param name="SiteDirectory">The site folder (holding site.yml and content/).</param>
/// <param name="OutputDirectory">Where the built site goes; replaced only when the build succeeds.</param>
public sealed record BuildOptions(string SiteDirectory, string OutputDirectory)
{
    /// <summary>The default theme that ships with the tool; default: <c>themes/default</c> beside the program.</summary>
    public string BuiltInThemeDirectory { get; init; } = InstalledTheme;

    /// <summary>The default theme installed beside the program (<c>themes/default</c>).</summary>
    public static string InstalledTheme => Path.Combine(AppContext.BaseDirectory, "themes", "default");

    /// <summary>
    /// Told as each stage starts and as pages are parsed and rendered, from several threads, for a progress
    /// display; default: nobody.
    /// </summary>
    public IProgress<BuildProgress>? Progress { get; init; }

    /// <summary>
    /// Where compiled templates are kept between runs, so a cold build compiles only templates that changed;
    /// default: <c>.actionplan/templates</c> in the site folder. Several sites may share one folder.
    /// </summary>
    public string? CompiledTemplateFolder { get; init; }

    /// <summary>
    /// True to run every check the build runs (rendering too, for the addresses templates make) and write nothing:
    /// no staging folder, no output; <see cref="OutputDirectory"/> is then not used. Default: false.
    /// </summary>
    public bool CheckOnly { get; init; }

    /// <summary>False to build without printing the status reports to PDF where site.yml asks for them (<c>--no-pdf</c>): for a machine without Chromium.</summary>
    public bool PrintPdfs { get; init; } = true;

    /// <summary>Where resized images and printed PDFs are kept between builds; default: <c>.actionplan/</c> in the site folder.</summary>
    public string? CacheFolder { get; init; }

    /// <summary>
    /// Pages as a change would leave them (a new page among them), read in place of the files at their paths and
    /// never written: so a change can be checked before it is made. Default: none.
    /// </summary>
    public IReadOnlyList<Loading.SourceFile> Changes { get; init; } = [];

    /// <summary>
    /// False to leave out the writing phase (spelling and readability), for a build that looks only for errors, such as
    /// the check of a change before it is made: the phase reports no errors. Default: true.
    /// </summary>
    public bool CheckWriting { get; init; } = true;

    /// <summary>The spelling dictionaries to use; default: the process's own (<see cref="Writing.DictionaryShelf.Shared"/>).</summary>
    public Writing.DictionaryShelf Dictionaries { get; init; } = Writing.DictionaryShelf.Shared;

    /// <summary>Which pages are published (drafts, publication and expiry dates); default: today, without drafts.</summary>
    public Model.PublishingRules Publishing { get; init; } = Model.PublishingRules.Default;
}

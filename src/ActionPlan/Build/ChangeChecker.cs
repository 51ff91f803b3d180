using ActionPlan.Diagnostics;
using ActionPlan.Editing;
using ActionPlan.Loading;
using ActionPlan.Model;

namespace ActionPlan.Build;

/// <summary>
/// Checks a change before it is made, by the build itself: every check of a build (fields, references, twin facts,
/// links and fragments in the rendered pages) runs in memory over the site as the change would leave it, and the
/// errors it newly has are the change's. Errors the site has already are not the change's to answer for.
/// </summary>
public static class ChangeChecker
{
    /// <summary>The check for a site, publishing as <paramref name="publishing"/> says (the preview's drafts, say).</summary>
    public static ChangeCheck For(string siteDirectory, PublishingRules? publishing = null, string? builtInThemeDirectory = null) => changed =>
    {
        var options = new BuildOptions(siteDirectory, siteDirectory)
        {
            CheckOnly = true, PrintPdfs = false, Changes = changed, CheckWriting = false,
            Publishing = publishing ?? PublishingRules.Default,
            BuiltInThemeDirectory = builtInThemeDirectory ?? BuildOptions.InstalledTheme,
        };
        var after = Errors(options);
        if (after.Count == 0)
        {
            return [];
        }

        // Told apart by what they say, not where: a change moves the lines below it.
        var before = Errors(options with { Changes = [] }).Select(d => (d.Code, d.File, d.Message)).ToHashSet();
        return [.. after.Where(d => !before.Contains((d.Code, d.File, d.Message)))];
    };

    private static List<Diagnostic> Errors(BuildOptions options) =>
        [.. SiteBuilder.BuildAsync(options).GetAwaiter().GetResult().Diagnostics.Where(d => d.Severity == Severity.Error)];
}

using ActionPlan.Diagnostics;
using ActionPlan.Scaffolding;

namespace ActionPlan.Cli;

/// <summary>The <c>init</c> command: starts a new site in the given languages, ready to build.</summary>
internal static class InitCommand
{
    public static int Run(string site, string languages, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var codes = languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var written = SiteInitializer.Create(site, codes, ActionPlan.Build.BuildOptions.InstalledTheme, diagnostics);
        return FilesWritten.Report(diagnostics, written, [], $"Build it with 'actionplan build --site {site}', or preview it with 'actionplan serve --site {site}'. Then set base_url in site.yml, write the home page, and start pages with 'actionplan new'.", stdout, stderr);
    }
}

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
        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            stderr.WriteLine(diagnostic);
        }

        if (written is null)
        {
            return diagnostics.ToSortedList().Any(d => d.Code == "exists") ? 1 : 2;
        }

        foreach (var path in written)
        {
            stdout.WriteLine($"Created {path}");
        }

        stdout.WriteLine($"Build it with 'actionplan build --site {site}', or preview it with 'actionplan serve --site {site}'. Then set base_url in site.yml, write the home page, and start pages with 'actionplan new'.");
        return 0;
    }
}

using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Scaffolding;

namespace ActionPlan.Cli;

/// <summary>The <c>new</c> command: writes a page's twins from the kind's template.</summary>
internal static class NewCommand
{
    public static int Run(string site, string kind, string title, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigReader.Read(site, diagnostics);
        var theme = config is null ? null : ActionPlan.Build.SiteBuilder.LocateTheme(site, config, ActionPlan.Build.BuildOptions.InstalledTheme, diagnostics);
        var texts = theme is null ? null : ActionPlan.Rendering.UiStrings.ReadAll(theme, config!.Languages, diagnostics);
        var written = texts is null || diagnostics.HasErrors ? null : PageScaffolder.Create(site, config!, kind, title, DateOnly.FromDateTime(DateTime.UtcNow), texts, diagnostics);
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

        stdout.WriteLine("The pages are drafts: fill them in, translate them, and remove 'draft: true' to publish.");
        return 0;
    }
}

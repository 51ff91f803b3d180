using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Products;
using ActionPlan.Scaffolding;

namespace ActionPlan.Cli;

/// <summary>The <c>new</c> command: writes a page's twins from the kind's template, or starts a year's status or register edition.</summary>
internal static class NewCommand
{
    public static int Run(string site, string kind, string title, TextWriter stdout, TextWriter stderr)
    {
        if (SiteProducts.Starters.FirstOrDefault(s => s.Command == kind) is { } starter)
        {
            return RunYear(site, starter, title, stdout, stderr);
        }

        var diagnostics = new DiagnosticBag();
        var config = SiteConfigReader.Read(site, diagnostics);
        var theme = config is null ? null : ActionPlan.Build.SiteBuilder.LocateTheme(site, config, ActionPlan.Build.BuildOptions.InstalledTheme, diagnostics);
        var texts = theme is null ? null : ActionPlan.Rendering.UiStrings.ReadAll(theme, config!.Languages, diagnostics);
        var written = texts is null || diagnostics.HasErrors ? null : PageScaffolder.Create(site, config!, kind, title, DateOnly.FromDateTime(DateTime.UtcNow), texts, diagnostics);
        return FilesWritten.Report(diagnostics, written, [], "The pages are drafts: fill them in, translate them, and remove 'draft: true' to publish.", stdout, stderr);
    }

    /// <summary><c>new status 2009</c> and <c>new register 2009</c>: edit the site in place from its model, which must be free of errors.</summary>
    private static int RunYear(string site, IYearStarter starter, string yearText, TextWriter stdout, TextWriter stderr)
    {
        if (Years.Parse(yearText) is not { } year)
        {
            stderr.WriteLine($"actionplan: '{yearText}' is not a year: write it with four digits, e.g. 'actionplan new {starter.Command} 2009'.");
            return 2;
        }

        var diagnostics = new DiagnosticBag();
        var model = ActionPlan.Build.SiteBuilder.LoadSite(site, diagnostics);
        var config = model?.Config;
        var theme = config is null ? null : ActionPlan.Build.SiteBuilder.LocateTheme(site, config, ActionPlan.Build.BuildOptions.InstalledTheme, diagnostics);
        var texts = theme is null ? null : ActionPlan.Rendering.UiStrings.ReadAll(theme, config!.Languages, diagnostics);
        if (model is null || texts is null || diagnostics.HasErrors)
        {
            foreach (var diagnostic in diagnostics.ToSortedList())
            {
                stderr.WriteLine(diagnostic);
            }

            stderr.WriteLine($"actionplan: the content has errors; fix them before starting the {year} {starter.Command}, so nothing is written into a broken site.");
            return model is null ? 2 : 1;
        }

        var started = starter.Start(site, model, year, texts, diagnostics);
        return FilesWritten.Report(diagnostics, started?.Created, started?.Changed ?? [], started?.NextSteps ?? "", stdout, stderr);
    }
}

using ActionPlan.Products.Register;
using ActionPlan.Products.StatusReports;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Scaffolding;

namespace ActionPlan.Cli;

/// <summary>The <c>new</c> command: writes a page's twins from the kind's template, or starts a year's status or register edition.</summary>
internal static class NewCommand
{
    public static int Run(string site, string kind, string title, TextWriter stdout, TextWriter stderr)
    {
        if (kind is StatusYearStarter.Command or RegisterYearStarter.Command)
        {
            return RunYear(site, kind, title, stdout, stderr);
        }

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

    /// <summary><c>new status 2009</c> and <c>new register 2009</c>: edit the site in place from its model, which must be free of errors.</summary>
    private static int RunYear(string site, string what, string yearText, TextWriter stdout, TextWriter stderr)
    {
        if (yearText.Length != 4 || !int.TryParse(yearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
        {
            stderr.WriteLine($"actionplan: '{yearText}' is not a year: write it with four digits, e.g. 'actionplan new {what} 2009'.");
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

            stderr.WriteLine($"actionplan: the content has errors; fix them before starting the {year} {what}, so nothing is written into a broken site.");
            return model is null ? 2 : 1;
        }

        var written = what == StatusYearStarter.Command
            ? StatusYearStarter.Start(site, model, year, texts, diagnostics)
            : RegisterYearStarter.Start(site, model, year, diagnostics);
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
            stdout.WriteLine($"{(path.Contains($"/{StatusYearStarter.StatusId(year)}.", StringComparison.Ordinal) ? "Created" : "Changed")} {path}");
        }

        stdout.WriteLine(what == StatusYearStarter.Command
            ? $"Describe the {year} status document on its publication pages and remove 'draft: true'; then in each focus area confirm or change each goal's {year} line as the document says and remove its '# ' (a goal the document does not assess: delete its line). docs/editing.md, \"The next year\"."
            : $"Every network of the latest edition now has {year} in 'register:'. Take {year} out of a network that was left, add it to one that joined. docs/editing.md, \"The next year\".");
        return 0;
    }
}

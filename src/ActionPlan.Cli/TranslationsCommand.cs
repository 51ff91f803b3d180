using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Translations;

namespace ActionPlan.Cli;

/// <summary>The <c>translations</c> command: pages missing a twin, and twins that have fallen behind.</summary>
internal static class TranslationsCommand
{
    public static int Run(string site, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var model = SiteBuilder.LoadSite(site, diagnostics, Model.PublishingRules.Default with { IncludeDrafts = true });
        foreach (var diagnostic in diagnostics.ToSortedList().Where(d => d.Severity == Severity.Error))
        {
            stderr.WriteLine(diagnostic);
        }

        if (model is null)
        {
            return 2;
        }

        var missing = TranslationStatus.Missing(model);
        var times = ChangeTimes.Read(site, model.Written.Select(p => p.Source.Path));
        var stale = TranslationStatus.Stale(model, times);
        stdout.WriteLine($"Missing twins: {missing.Count}");
        foreach (var entry in missing)
        {
            stdout.WriteLine($"  {entry.Path}: no {entry.Language.Name} version");
        }

        stdout.WriteLine($"Behind their source ({(times.FromGit ? "from git history" : "from file times")}): {stale.Count}");
        foreach (var entry in stale)
        {
            stdout.WriteLine($"  {entry.Path}: its source {entry.Newer} changed after it; update it, or write 'translated: {DateTime.UtcNow:yyyy-MM-dd}' in it if it still says the same");
        }

        return diagnostics.HasErrors ? 1 : 0;
    }
}

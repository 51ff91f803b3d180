using ActionPlan.Build;
using ActionPlan.Checking;
using ActionPlan.Diagnostics;

namespace ActionPlan.Cli;

/// <summary>The <c>check</c> command: the content's own checks, and with <c>--external</c> the links to other sites.</summary>
internal static class CheckCommand
{
    public static async Task<int> RunAsync(string site, bool external, ExternalCheckOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        var diagnostics = new DiagnosticBag();
        var model = SiteBuilder.LoadSite(site, diagnostics, cancellation: cancellation);
        if (model is not null && external)
        {
            var places = ExternalLinks.Find(model);
            using var checker = new ExternalLinkChecker(options);
            var results = await checker.CheckAsync(places.Keys, cancellation);
            ExternalLinks.Report(places, results, diagnostics);
            stdout.WriteLine($"Checked {results.Count} external addresses ({results.Count(r => r.FromCache)} from the cache): {results.Count(r => !r.Ok)} broken.");
        }

        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            stderr.WriteLine(diagnostic);
        }

        return model is null ? 2 : diagnostics.HasErrors ? 1 : 0;
    }
}

using System.Globalization;
using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Reviews;

namespace ActionPlan.Cli;

/// <summary>The <c>review</c> command: the pages with review dates, past due first, grouped by owner, with file and day.</summary>
internal static class ReviewCommand
{
    public static int Run(string site, DateOnly today, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var model = SiteBuilder.LoadSite(site, diagnostics, Model.PublishingRules.Default with { Today = today });
        if (model is null)
        {
            foreach (var diagnostic in diagnostics.ToSortedList().Where(d => d.Severity == Severity.Error))
            {
                stderr.WriteLine(diagnostic);
            }

            return 2;
        }

        var entries = ReviewSchedule.Of(model, today);
        var pastDue = entries.Count(e => e.PastDue);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Pages with a review date: {entries.Count}, past due on {today:yyyy-MM-dd}: {pastDue}"));
        foreach (var (heading, group) in new[] { ("Past due", entries.Where(e => e.PastDue)), ("To review", entries.Where(e => !e.PastDue)) })
        {
            var list = group.ToList();
            if (list.Count == 0)
            {
                continue;
            }

            stdout.WriteLine($"{heading}:");
            foreach (var byOwner in list.GroupBy(e => e.Owner))
            {
                var first = byOwner.First();
                stdout.WriteLine(first.Owner is null ? "  no owner ('owner:' names none)" : $"  {first.Owner} ({first.OwnerTitle ?? "no such contact"})");
                foreach (var entry in byOwner)
                {
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {entry.Path}: review by {entry.Due:yyyy-MM-dd} ({entry.Title})"));
                }
            }
        }

        return 0;
    }
}

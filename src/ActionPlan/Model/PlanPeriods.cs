using ActionPlan.Diagnostics;
using ActionPlan.Domain;

namespace ActionPlan.Model;

/// <summary>The action plans (publications with a <c>period:</c>) by id, and the check that a focus area's <c>plan:</c> names one.</summary>
internal static class PlanPeriods
{
    /// <summary>Each plan's period by its id; a plan's twins share the period (a twin fact), so any language gives it.</summary>
    public static IReadOnlyDictionary<string, YearSpan> Collect(IReadOnlyList<Page> pages) =>
        pages.Where(p => p.Role == PageRole.Regular && p.FrontMatter.Facts is PublicationFacts { Period: not null })
            .OrderBy(p => p.Source.Path, StringComparer.Ordinal)
            .DistinctBy(p => p.Id)
            .ToDictionary(p => p.Id, p => ((PublicationFacts)p.FrontMatter.Facts).Period!, StringComparer.Ordinal);

    /// <summary>Reports a focus area whose <c>plan:</c> names a publication without a period (a missing one is a broken reference, reported already).</summary>
    public static void Check(IReadOnlyList<Page> pages, IReadOnlyDictionary<string, YearSpan> plans, IReadOnlySet<(string File, string Field)> brokenReferences, DiagnosticBag diagnostics)
    {
        var publications = pages.Where(p => p.Role == PageRole.Regular && p.Kind == ContentKind.Publication).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var page in pages.Where(p => p.FrontMatter.Facts.Plan is not null))
        {
            var plan = page.FrontMatter.Facts.Plan!;
            if (plans.ContainsKey(plan) || !publications.Contains(plan) || brokenReferences.Contains((page.Source.Path, ContentKind.PlanKey)))
            {
                continue;
            }

            var fact = page.FrontMatter.Facts.Facts.FirstOrDefault(f => f.Path == ContentKind.PlanKey);
            diagnostics.Error("plan-period", page.Source.Path, fact?.Line ?? page.FrontMatter.LineOf(ContentKind.PlanKey), fact?.Column ?? 1,
                $"'{plan}' is not an action plan: its publication page has no 'period:'. Add the years it covers to content/publications/{plan}.*.md (period: 2007-2009), or name the plan this focus area belongs to.");
        }
    }
}

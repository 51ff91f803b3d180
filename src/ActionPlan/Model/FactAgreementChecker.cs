using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Domain;

namespace ActionPlan.Model;

/// <summary>
/// Twins tell the same facts: their kind and every non-prose field (statuses, dates, numbers, ids,
/// references) must be equal. A disagreement is an error at the later language's file, naming both places.
/// </summary>
internal static class FactAgreementChecker
{
    public static void Check(IReadOnlyList<Page> pages, IReadOnlyList<Language> languages, DiagnosticBag diagnostics)
    {
        foreach (var twins in pages.GroupBy(p => p.Source.TwinKey, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var ordered = twins.OrderBy(p => languages.ToList().IndexOf(p.Language)).ToList();
            var first = ordered[0];
            foreach (var other in ordered.Skip(1))
            {
                if (other.Kind != first.Kind)
                {
                    diagnostics.Error("twin-facts", other.Source.Path, other.FrontMatter.LineOf("kind"), 1,
                        $"this page is a {ContentKinds.NameOf(other.Kind)} but its twin {first.Source.Path} is a {ContentKinds.NameOf(first.Kind)}; twins must be the same kind.");
                    continue;
                }

                Compare(first, other, diagnostics);
            }
        }
    }

    private static void Compare(Page first, Page other, DiagnosticBag diagnostics)
    {
        var mine = first.FrontMatter.Facts.Facts.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var theirs = other.FrontMatter.Facts.Facts.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var path in mine.Keys.Union(theirs.Keys).Order(StringComparer.Ordinal))
        {
            mine.TryGetValue(path, out var a);
            theirs.TryGetValue(path, out var b);
            if (a?.Value == b?.Value)
            {
                continue;
            }

            var here = b is null ? "missing here" : $"'{b.Value}' here";
            var there = a is null ? $"missing in {first.Source.Path}" : $"'{a.Value}' in {first.Source.Path}:{a.Line}";
            diagnostics.Error("twin-facts", other.Source.Path, b?.Line ?? 1, 1,
                $"'{path}' is {here} but {there}; statuses, dates, numbers and references must be the same in both languages.");
        }
    }
}

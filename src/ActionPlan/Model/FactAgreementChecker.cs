using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Domain;

namespace ActionPlan.Model;

/// <summary>
/// Twins tell the same facts: their kind and every non-prose value at every path (goals matched by id,
/// assessments by year, sets of ids and choices as wholes) must be equal, and an element in one twin must be in
/// the other. A disagreement is an error at the later language's file that names the other place too. Paths
/// whose value could not be read in either twin are not compared: that error is reported already.
/// </summary>
internal static class FactAgreementChecker
{
    private const string Rule = "statuses, dates, numbers and references must be the same in both languages";

    /// <summary>Compares every pair of twins; <paramref name="brokenReferences"/> are fields already reported as naming no page.</summary>
    public static void Check(IReadOnlyList<Page> pages, IReadOnlyList<Language> languages, IReadOnlySet<(string File, string Field)> brokenReferences, DiagnosticBag diagnostics)
    {
        foreach (var twins in pages.GroupBy(p => p.Source.TwinKey, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var ordered = twins.OrderBy(p => languages.ToList().IndexOf(p.Language)).ToList();
            var first = ordered[0];
            foreach (var other in ordered.Skip(1))
            {
                if (!first.FrontMatter.Facts.KindKnown || !other.FrontMatter.Facts.KindKnown)
                {
                    continue;
                }

                if (other.Kind != first.Kind)
                {
                    diagnostics.Add(new Diagnostic(Severity.Error, "twin-facts", other.Source.Path, other.FrontMatter.LineOf(Loading.PageFields.Kind.Key), 1,
                        $"this page is a {other.Kind.Name} but its twin {first.Source.Path} is a {first.Kind.Name}; twins must be the same kind.")
                    {
                        Also = new Location(first.Source.Path, first.FrontMatter.LineOf(Loading.PageFields.Kind.Key), 1),
                    });
                    continue;
                }

                Compare(first, other, brokenReferences, diagnostics);
            }
        }
    }

    private static void Compare(Page first, Page other, IReadOnlySet<(string File, string Field)> brokenReferences, DiagnosticBag diagnostics)
    {
        var unknown = first.FrontMatter.Facts.Unknown.Concat(other.FrontMatter.Facts.Unknown)
            .Concat(brokenReferences.Where(b => b.File == first.Source.Path || b.File == other.Source.Path).Select(b => b.Field)).ToList();
        bool Known(Fact fact) => !unknown.Any(u => u.Length == 0 || Fact.IsWithin(fact.Path, u));
        var mine = first.FrontMatter.Facts.Facts.Where(Known).ToDictionary(f => f.Path, StringComparer.Ordinal);
        var theirs = other.FrontMatter.Facts.Facts.Where(Known).ToDictionary(f => f.Path, StringComparer.Ordinal);

        // Elements first: one missing in a twin is one problem, and what lies below it is not compared again.
        var settled = new List<string>();
        foreach (var list in mine.Values.Concat(theirs.Values).Select(f => f.List).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (settled.Any(s => Fact.IsWithin(list, s)))
            {
                continue;
            }

            var onlyMine = mine.Values.Where(f => f.List == list && !theirs.ContainsKey(f.Path)).OrderBy(f => f.Line).ToList();
            var onlyTheirs = theirs.Values.Where(f => f.List == list && !mine.ContainsKey(f.Path)).OrderBy(f => f.Line).ToList();
            for (var i = 0; i < Math.Max(onlyMine.Count, onlyTheirs.Count); i++)
            {
                var a = i < onlyMine.Count ? onlyMine[i] : null;
                var b = i < onlyTheirs.Count ? onlyTheirs[i] : null;
                settled.AddRange(new[] { a?.Path, b?.Path }.OfType<string>());
                var what = Describe(list);
                if (a is not null && b is not null)
                {
                    Report(diagnostics, other, b, first, a, $"{what} '{b.Value}' here is '{a.Value}' in {first.Source.Path}:{a.Line}; {Rule}.");
                }
                else if (b is not null)
                {
                    var there = Parent(mine, list) ?? new Fact(list, "", first.FrontMatter.LineOf(Root(list)), 1);
                    Report(diagnostics, other, b, first, there, $"{what} '{b.Value}' is here but not in {first.Source.Path}; add it there or remove it here ({Rule}).");
                }
                else
                {
                    var here = Parent(theirs, list) ?? new Fact(list, "", other.FrontMatter.LineOf(Root(list)), 1);
                    Report(diagnostics, other, here, first, a!, $"{what} '{a!.Value}' in {first.Source.Path}:{a.Line} is missing here; add it here or remove it there ({Rule}).");
                }
            }
        }

        foreach (var path in mine.Keys.Union(theirs.Keys).Where(p => !settled.Any(s => Fact.IsWithin(p, s))).Order(StringComparer.Ordinal))
        {
            mine.TryGetValue(path, out var a);
            theirs.TryGetValue(path, out var b);
            if (a?.Value == b?.Value)
            {
                continue;
            }

            var here = b ?? Parent(theirs, path) ?? new Fact(path, "", other.FrontMatter.LineOf(Root(path)), 1);
            var there = a ?? Parent(mine, path) ?? new Fact(path, "", first.FrontMatter.LineOf(Root(path)), 1);
            var hereText = b is null ? "missing here" : $"'{b.Value}' here";
            var thereText = a is null ? $"missing in {first.Source.Path}" : $"'{a.Value}' in {first.Source.Path}:{a.Line}";
            Report(diagnostics, other, here, first, there, $"'{path}' is {hereText} but {thereText}; {Rule}.");
        }
    }

    private static void Report(DiagnosticBag diagnostics, Page page, Fact at, Page twin, Fact twinAt, string message) =>
        diagnostics.Add(new Diagnostic(Severity.Error, "twin-facts", page.Source.Path, at.Line, at.Column, message)
        {
            Also = new Location(twin.Source.Path, twinAt.Line, twinAt.Column),
        });

    /// <summary>The nearest element that holds a path (<c>goals[2]</c> for <c>goals[2].assessments[2008]</c>), if present.</summary>
    private static Fact? Parent(Dictionary<string, Fact> facts, string path)
    {
        for (var close = path.Length < 2 ? -1 : path.LastIndexOf(']', path.Length - 2); close > 0; close = path.LastIndexOf(']', close - 1))
        {
            if (facts.TryGetValue(path[..(close + 1)], out var parent))
            {
                return parent;
            }
        }

        return null;
    }

    private static string Root(string path) => path.Split('.', '[')[0];

    /// <summary>How an element of a list is named in a message: "the goal" for <c>goals</c>.</summary>
    private static string Describe(string list) => list.EndsWith("assessments", StringComparison.Ordinal)
        ? $"the assessment year of {list[..list.LastIndexOf('.')]}"
        : $"the {list.TrimEnd('s')} id";
}

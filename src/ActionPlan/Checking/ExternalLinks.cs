using ActionPlan.Diagnostics;
using ActionPlan.Model;

namespace ActionPlan.Checking;

/// <summary>Where content links to other sites, and their check's problems as diagnostics at the Markdown lines.</summary>
public static class ExternalLinks
{
    /// <summary>Every http(s) address the pages' bodies link to, with the places that link to it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<(string File, int Line, int Column)>> Find(Site site) =>
        site.Written
            .SelectMany(p => site.LinksOf(p).Where(l => l.Href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || l.Href.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                .Select(l => (Url: l.Href.Split('#')[0], Place: (p.Source.Path, l.Link.Line, l.Link.Column))))
            .GroupBy(x => x.Url, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(string, int, int)>)g.Select(x => x.Place).Distinct().ToList(), StringComparer.Ordinal);

    /// <summary>One error per place that links to an address that failed.</summary>
    public static void Report(
        IReadOnlyDictionary<string, IReadOnlyList<(string File, int Line, int Column)>> places,
        IReadOnlyList<ExternalLinkResult> results,
        DiagnosticBag diagnostics)
    {
        foreach (var result in results.Where(r => !r.Ok))
        {
            foreach (var (file, line, column) in places[result.Url])
            {
                diagnostics.Error("external-link", file, line, column, $"the link to {result.Url} is broken: {result.Problem}.");
            }
        }
    }
}

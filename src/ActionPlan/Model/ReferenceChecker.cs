using ActionPlan.Diagnostics;
using ActionPlan.Domain;

namespace ActionPlan.Model;

/// <summary>Every reference by id must name a page of the right kind; ids must be unique within a kind.</summary>
internal static class ReferenceChecker
{
    /// <summary>Checks every reference; returns the fields (per source file) that hold a broken one, whose value is then unknown.</summary>
    public static IReadOnlySet<(string File, string Field)> Check(IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        var broken = new HashSet<(string, string)>();
        var ids = new Dictionary<(ContentKind, string), string>();
        foreach (var page in pages.Where(p => p.Role == PageRole.Regular).OrderBy(p => p.Source.Path, StringComparer.Ordinal))
        {
            if (ids.TryGetValue((page.Kind, page.Id), out var twinKey) && twinKey != page.Source.TwinKey)
            {
                diagnostics.Error("duplicate-id", page.Source.Path, 1, 1,
                    $"another {page.Kind.Name} ({twinKey}) has the id '{page.Id}'; rename one of the files.");
                continue;
            }

            ids[(page.Kind, page.Id)] = page.Source.TwinKey;
        }

        foreach (var page in pages)
        {
            foreach (var reference in page.FrontMatter.Facts.References)
            {
                if (ids.ContainsKey((reference.Target, reference.Id)))
                {
                    continue;
                }

                var known = ids.Keys.Where(k => k.Item1 == reference.Target).Select(k => k.Item2).ToList();
                broken.Add((page.Source.Path, reference.Field));
                var near = Suggestions.Nearest(reference.Id, known, 3);
                var hint = near.Count > 0 ? $" Did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?" : "";
                var kind = reference.Target.Name;
                diagnostics.Error("reference", page.Source.Path, reference.Line, reference.Column,
                    $"'{reference.Field}' names '{reference.Id}', but there is no {kind} with that id (a file content/{reference.Target.Folder}/{reference.Id}.<lang>.md).{hint}");
            }
        }

        return broken;
    }
}

using ActionPlan.Diagnostics;
using ActionPlan.Domain;
using ActionPlan.Yaml;

namespace ActionPlan.Model;

/// <summary>Every reference by id must name a page of the right kind; ids must be unique within a kind.</summary>
internal static class ReferenceChecker
{
    public static void Check(IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        var ids = new Dictionary<(ContentKind, string), string>();
        foreach (var page in pages.Where(p => p.Role == PageRole.Regular).OrderBy(p => p.Source.Path, StringComparer.Ordinal))
        {
            if (ids.TryGetValue((page.Kind, page.Id), out var twinKey) && twinKey != page.Source.TwinKey)
            {
                diagnostics.Error("duplicate-id", page.Source.Path, 1, 1,
                    $"another {ContentKinds.NameOf(page.Kind)} ({twinKey}) has the id '{page.Id}'; rename one of the files.");
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
                var hint = KeySuggester.Nearest(reference.Id, known) is { } nearest ? $" Did you mean '{nearest}'?" : "";
                var kind = ContentKinds.NameOf(reference.Target);
                diagnostics.Error("reference", page.Source.Path, reference.Line, 1,
                    $"'{reference.Field}' names '{reference.Id}', but there is no {kind} with that id (a file content/{ContentKinds.FolderOf(reference.Target)}/{reference.Id}.<lang>.md).{hint}");
            }
        }
    }
}

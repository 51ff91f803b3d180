using System.Globalization;
using ActionPlan.Diagnostics;
using ActionPlan.Domain;
using ActionPlan.Loading;
using ActionPlan.Model;
using ActionPlan.Rendering;
using ActionPlan.Scaffolding;
using YamlDotNet.RepresentationModel;

namespace ActionPlan.Products.StatusReports;

/// <summary>
/// Starts a year's status in place, with lines added and nothing else changed: its document's publication pages, as
/// drafts, and in every focus area of a plan that covers the year, one commented-out assessment per goal showing its
/// last status, to confirm or change (<c>actionplan new status 2009</c>).
/// </summary>
public sealed class StatusYearStarter : IYearStarter
{
    /// <summary>What the editor writes: <c>actionplan new status 2009</c>.</summary>
    public string Command => "status";

    /// <summary>The publication id of a year's status document (<c>status-2009</c>).</summary>
    public static string StatusId(int year) => string.Create(CultureInfo.InvariantCulture, $"status-{year}");

    /// <summary>
    /// Starts a year's status: the status document's publication pages, and a line per goal in each focus area; null
    /// (with a diagnostic) when the year is already started or no plan covers it.
    /// </summary>
    public YearStarted? Start(string siteDirectory, Site site, int year, IReadOnlyDictionary<string, UiStrings> texts, DiagnosticBag diagnostics)
    {
        var id = StatusId(year);
        var areas = site.Written.Where(p => p.FrontMatter.Facts is FocusAreaFacts area && (site.PeriodOf(area) is not { } period || period.Contains(year)))
            .OrderBy(p => p.Source.Path, StringComparer.Ordinal).ToList();
        if (areas.Count == 0)
        {
            diagnostics.Error("usage", Command, 0, 0, $"no focus area belongs to a plan whose period covers {year}: give the plan's publication a 'period:' that covers it, or start a new plan (docs/editing.md, \"The next year\").");
            return null;
        }

        var assessed = areas.Where(p => ((FocusAreaFacts)p.FrontMatter.Facts).Goals.Any(g => g.Assessments.Any(a => a.Year == year))).ToList();
        var publications = site.Config.Languages.Select(l => $"{ContentScanner.ContentFolder}/{ContentKind.Publication.Folder}/{id}.{l.Code}.md").ToList();
        var existing = publications.Where(p => File.Exists(Path.Combine(siteDirectory, p))).Concat(assessed.Select(p => p.Source.Path)).ToList();
        if (existing.Count > 0)
        {
            foreach (var path in existing)
            {
                diagnostics.Error("exists", path, 0, 0, $"the {year} status is started here already (its publication, or an assessment for {year}); edit it instead.");
            }

            return null;
        }

        foreach (var (language, path) in site.Config.Languages.Zip(publications))
        {
            var t = texts[language.Code];
            var title = string.Format(CultureInfo.InvariantCulture, t["new_status_title"], year);
            PageScaffolder.Write(siteDirectory, path, string.Join('\n',
                "---",
                $"title: \"{title}\"",
                $"summary: \"{t["new_page_summary"]}\"",
                string.Create(CultureInfo.InvariantCulture, $"year: {year}"),
                $"draft: true   # {t["new_page_draft"]}",
                "---",
                t["new_page_body"]) + "\n");
        }

        var changed = new List<string>();

        foreach (var page in areas)
        {
            var t = texts[page.Language.Code];
            var full = Path.Combine(siteDirectory, page.Source.Path);
            var original = File.ReadAllBytes(full);
            var lines = SourceLines.Of(original);
            var edits = new List<(int AfterLine, string Text)>();
            foreach (var (goal, place) in GoalPlaces(lines, page))
            {
                var last = goal.Assessments.LastOrDefault();
                var note = last is null
                    ? t["new_status_none"]
                    : string.Format(CultureInfo.InvariantCulture, t["new_status_confirm"], last.Year, Choices.Name(last.Status));
                var status = last is null ? "?" : Choices.Name(last.Status);
                edits.Add((place.AfterLine, string.Create(CultureInfo.InvariantCulture,
                    $"{new string(' ', place.Indent)}# - {{ year: {year}, status: {status}, sources: [{id}] }}   # {note}{(place.EmptyFlow ? " " + t["new_status_empty_list"] : "")}")));
            }

            // From the bottom up, so earlier line numbers stay true.
            foreach (var (after, text) in edits.OrderByDescending(e => e.AfterLine))
            {
                lines.Insert(after + 1, text);
            }

            File.WriteAllBytes(full, ContentScanner.AsWritten(string.Join('\n', lines), original));
            changed.Add(page.Source.Path);
        }

        return new YearStarted(publications, changed,
            $"Describe the {year} status document on its publication pages and remove 'draft: true'; then in each focus area confirm or change each goal's {year} line as the document says and remove its '# ' (a goal the document does not assess: delete its line). docs/editing.md, \"The next year\".");
    }

    /// <summary>Where each goal's new assessment goes: after its last assessment (or its 'assessments:' line), indented as its items.</summary>
    private static IEnumerable<(Goal Goal, (int AfterLine, int Indent, bool EmptyFlow) Place)> GoalPlaces(List<string> lines, Page page)
    {
        if (SourceLines.FrontMatterNode(lines, FocusAreaFields.Goals.Key) is not YamlSequenceNode goals)
        {
            yield break;
        }

        var facts = (FocusAreaFacts)page.FrontMatter.Facts;
        foreach (var item in goals.Children.OfType<YamlMappingNode>())
        {
            var id = item.Children.TryGetValue(new YamlScalarNode(GoalsField.Id.Key), out var idNode) ? (idNode as YamlScalarNode)?.Value : null;
            if (facts.Goals.FirstOrDefault(g => g.Id == id) is not { } goal)
            {
                continue;
            }

            var key = item.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == GoalsField.Assessments.Key);
            if (key is null || item.Children[key] is not YamlSequenceNode assessments)
            {
                continue;
            }

            if (assessments.Style == YamlDotNet.Core.Events.SequenceStyle.Block && assessments.Children.Count > 0)
            {
                yield return (goal, (LastLine(assessments.Children[^1]), (int)assessments.Start.Column - 1, false));
            }
            else
            {
                yield return (goal, ((int)key.Start.Line, (int)key.Start.Column + 1, assessments.Children.Count == 0));
            }
        }
    }

    /// <summary>
    /// The 0-based file line a node's text ends on: the line of the last scalar in it (YamlDotNet's nodes carry where
    /// they start, not where they end). The YAML's line n is the file's 0-based line n, after the opening '---'.
    /// </summary>
    private static int LastLine(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.SelectMany(c => new[] { LastLine(c.Key), LastLine(c.Value) }).Append((int)node.Start.Line).Max(),
        YamlSequenceNode sequence => sequence.Children.Select(LastLine).Append((int)node.Start.Line).Max(),
        _ => (int)node.Start.Line,
    };
}

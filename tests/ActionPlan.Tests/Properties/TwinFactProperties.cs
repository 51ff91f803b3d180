using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Tests.Support;
using CsCheck;

namespace ActionPlan.Tests.Properties;

/// <summary>
/// Twins that differ in any one fact, anywhere in the front matter, always fail the build: exactly one twin-facts
/// error, at the Danish file's line of the difference, naming the English file and its line too.
/// </summary>
public sealed class TwinFactProperties
{
    private static readonly string[] Statuses = ["achieved", "in-progress", "not-achieved", "postponed", "dropped"];
    private static readonly string[] Aims = ["learning", "influential", "growing"];

    /// <summary>An assessment and a goal as written; each knows its file line once the file is laid out.</summary>
    private sealed record Assessment(int Year, string Status);

    private sealed record Goal(string Id, List<Assessment> Assessments);

    private sealed record Area(int Number, string Office, List<string> Aims, List<int> Objectives, List<string> Cities, List<Goal> Goals)
    {
        public Area Copy() => this with
        {
            Aims = [.. Aims], Objectives = [.. Objectives], Cities = [.. Cities],
            Goals = Goals.Select(g => g with { Assessments = [.. g.Assessments] }).ToList(),
        };
    }

    /// <summary>The file's text and the line of each fact: "number", "goals", "goals[1]", "goals[1].assessments[2008]".</summary>
    private static (string Text, Dictionary<string, int> Lines) Write(Area area, string title)
    {
        var lines = new List<string> { "---", $"title: {title}" };
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        void Line(string key, string text)
        {
            lines.Add(text);
            at[key] = lines.Count;
        }

        Line("number", $"number: {area.Number}");
        Line("office", $"office: {area.Office}");
        Line("aims", $"aims: [{string.Join(", ", area.Aims)}]");
        Line("objectives", $"objectives: [{string.Join(", ", area.Objectives)}]");
        if (area.Cities.Count > 0)
        {
            Line("cities", $"cities: [{string.Join(", ", area.Cities)}]");
        }

        Line("goals", "goals:");
        foreach (var goal in area.Goals)
        {
            Line($"goals[{goal.Id}]", $"  - id: \"{goal.Id}\"");
            lines.Add($"    text: Goal {goal.Id}");
            lines.Add(goal.Assessments.Count == 0 ? "    assessments: []" : "    assessments:");
            foreach (var assessment in goal.Assessments)
            {
                Line($"goals[{goal.Id}].assessments[{assessment.Year}]", $"      - {{ year: {assessment.Year}, status: {assessment.Status}, sources: [status-2008] }}");
            }
        }

        lines.Add(PlanSite.AsOf);
        lines.Add("---");
        return (string.Join('\n', lines) + "\n", at);
    }

    private static readonly Gen<Area> Areas =
        from number in Gen.Int[1, 12]
        from office in Gen.Int[0, 1].Select(i => i == 0 ? "project-office" : "coordinator")
        from aims in Gen.Shuffle(Aims, 1, Aims.Length)
        from objectives in Gen.Int[1, 6].HashSet[1, 3]
        from cities in Gen.Shuffle(new[] { "berlin", "malmo" }, 0, 2)
        from goalCount in Gen.Int[1, 3]
        from goals in Gen.Select(Gen.Int[2006, 2010].HashSet[1, 3], Gen.Int[0, Statuses.Length - 1].Select(i => Statuses[i])).Array[goalCount]
        select new Area(number, office, [.. aims], [.. objectives.Order()], [.. cities],
            goals.Select((g, i) => new Goal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                g.Item1.Order().Select(y => new Assessment(y, g.Item2)).ToList())).ToList());

    private const string Top = "(top of the file)";

    /// <summary>One change to the Danish twin, with the fact key of its line in the Danish file and in the English one.</summary>
    private static (Area Danish, string DanishKey, string EnglishKey) Plant(Area english, int choice, int pick)
    {
        var danish = english.Copy();
        var goal = danish.Goals[pick % danish.Goals.Count];
        var goalKey = $"goals[{goal.Id}]";
        switch (choice)
        {
            case 0:
                return (danish with { Number = english.Number % 12 + 1 }, "number", "number");
            case 1:
                return (danish with { Office = english.Office == "coordinator" ? "project-office" : "coordinator" }, "office", "office");
            case 2:
                return (danish with { Aims = english.Aims.Count < Aims.Length ? [.. danish.Aims, Aims.First(a => !english.Aims.Contains(a))] : danish.Aims[1..] }, "aims", "aims");
            case 3:
                return (danish with { Objectives = danish.Objectives.Count > 1 ? danish.Objectives[1..] : [danish.Objectives[0] % 6 + 1] }, "objectives", "objectives");
            case 4 when english.Cities.Count > 0:
                // With no city left the key is gone: the problem is then at the top of the Danish file.
                danish.Cities.RemoveAt(0);
                return (danish, danish.Cities.Count > 0 ? "cities" : Top, "cities");
            case 5:
            {
                var index = pick % goal.Assessments.Count;
                var old = goal.Assessments[index];
                goal.Assessments[index] = old with { Status = Statuses.First(s => s != old.Status) };
                var key = $"{goalKey}.assessments[{old.Year}]";
                return (danish, key, key);
            }

            case 6:
            {
                var index = pick % goal.Assessments.Count;
                var old = goal.Assessments[index];
                var year = Enumerable.Range(2000, 20).First(y => goal.Assessments.All(a => a.Year != y));
                goal.Assessments[index] = old with { Year = year };
                return (danish, $"{goalKey}.assessments[{year}]", $"{goalKey}.assessments[{old.Year}]");
            }

            case 7 when goal.Assessments.Count > 0:
            {
                var old = goal.Assessments[pick % goal.Assessments.Count];
                goal.Assessments.Remove(old);
                return (danish, goalKey, $"{goalKey}.assessments[{old.Year}]");
            }

            case 8:
            {
                var year = Enumerable.Range(2011, 20).First(y => goal.Assessments.All(a => a.Year != y));
                goal.Assessments.Add(new Assessment(year, "achieved"));
                return (danish, $"{goalKey}.assessments[{year}]", goalKey);
            }

            case 9 when danish.Goals.Count > 1:
                danish.Goals.Remove(goal);
                return (danish, "goals", goalKey);
            default:
                var added = new Goal("9", [new Assessment(2008, "postponed")]);
                danish.Goals.Add(added);
                return (danish, "goals[9]", "goals");
        }
    }

    [Fact]
    public void Twins_differing_in_any_single_fact_always_fail_naming_both_files_and_lines()
    {
        using var site = TestSite.Create(PlanSite.Files(
            ("content/cities/malmo.en.md", TestSite.Page("Malmö", "", "country: Sweden\n" + PlanSite.AsOf)),
            ("content/cities/malmo.da.md", TestSite.Page("Malmø", "", "country: Sverige\n" + PlanSite.AsOf)),
            // Assessments are generated up to 2030: a register edition that late keeps the register from being out of date.
            ("content/networks/ecacp.en.md", TestSite.Page("ECACP", "", "theme: Child poverty\ncontact: project-office\nregister: [2008, 2030]\n" + PlanSite.AsOf)),
            ("content/networks/ecacp.da.md", TestSite.Page("ECACP", "", "theme: Child poverty\ncontact: project-office\nregister: [2008, 2030]\n" + PlanSite.AsOf))));
        const string english = "content/focus-areas/fa-09.en.md";
        const string danish = "content/focus-areas/fa-09.da.md";
        Gen.Select(Areas, Gen.Int[0, 10], Gen.Int[0, 100]).Sample((area, choice, pick) =>
        {
            var (changed, danishKey, englishKey) = Plant(area, choice, pick);
            var (enText, enLines) = Write(area, "9. Area");
            var (daText, daLines) = Write(changed, "9. Område");
            daLines[Top] = 1;
            site.Write(english, enText);
            site.Write(danish, daText);
            var diagnostics = new DiagnosticBag();

            SiteBuilder.LoadSite(site.Root, diagnostics, cancellation: TestContext.Current.CancellationToken);

            var error = Assert.Single(diagnostics.ToSortedList());
            Assert.Equal(("twin-facts", danish, daLines[danishKey]), (error.Code, error.File, error.Line));
            Assert.Equal((english, enLines[englishKey]), (error.Also!.File, error.Also.Line));
            Assert.Contains(english, error.Message, StringComparison.Ordinal);
        }, iter: 150, threads: 1);
    }
}

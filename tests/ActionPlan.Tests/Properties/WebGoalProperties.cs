using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Reports;
using ActionPlan.Tests.Support;
using CsCheck;

namespace ActionPlan.Tests.Properties;

/// <summary>
/// Any set of projects, dated or not, in English or Danish only: the web goal counts each English page in the year
/// of its date, says "no record" for years nobody dated, and names every undated English page, and nothing else.
/// </summary>
public sealed class WebGoalProperties
{
    /// <summary>A project: its English date (null: none; absent when it has no English page) and whether it has a Danish twin.</summary>
    private sealed record Project(bool English, DateOnly? Date, bool Danish);

    private static readonly Gen<Project> Projects =
        from english in Gen.Bool
        from dated in Gen.Int[0, 3]
        from year in Gen.Int[2005, 2012]
        from month in Gen.Int[1, 12]
        from danish in Gen.Bool
        select new Project(english || !danish, dated == 0 ? null : new DateOnly(year, month, 1), danish);

    [Fact]
    public void Every_english_project_counts_once_in_its_year_and_every_undated_one_is_named()
    {
        Gen.Select(Projects.Array[0, 7], Gen.Int[2005, 2010]).Sample((projects, from) =>
        {
            var files = new List<(string, string)>();
            for (var i = 0; i < projects.Length; i++)
            {
                var date = (projects[i].Date is { } d ? $"date: {d:yyyy-MM-dd}\n" : "") + PlanSite.AsOf;
                if (projects[i].English)
                {
                    files.Add(($"content/projects/p{i}.en.md", TestSite.Page($"Project {i}", "", date)));
                }

                if (projects[i].Danish)
                {
                    files.Add(($"content/projects/p{i}.da.md", TestSite.Page($"Projekt {i}", "", date)));
                }
            }

            var measure = $"    measure: {{ count: project, language: en, from: {from}, per_year: 2 }}\n";
            var facts = PlanSite.Visibility.Replace("text: Two projects in English a year\n", "text: Two projects in English a year\n" + measure, StringComparison.Ordinal);
            // The plan site's own projects are replaced: only the generated ones are counted.
            using var site = TestSite.Create(PlanSite.Files([
                ("content/focus-areas/fa-02.en.md", TestSite.Page("2. Visibility", "", facts + "\n" + PlanSite.AsOf)),
                ("content/focus-areas/fa-02.da.md", TestSite.Page("2. Synlighed", "", facts + "\n" + PlanSite.AsOf)),
                .. files]));
            foreach (var planned in new[] { "housing", "outreach" })
            {
                File.Delete(Path.Combine(site.Root, "content", "projects", $"{planned}.en.md"));
                File.Delete(Path.Combine(site.Root, "content", "projects", $"{planned}.da.md"));
            }

            var diagnostics = new DiagnosticBag();
            var model = SiteBuilder.LoadSite(site.Root, diagnostics, cancellation: TestContext.Current.CancellationToken, builtInThemeDirectory: TestSite.BuiltInTheme)!;

            var undated = Enumerable.Range(0, projects.Length).Where(i => projects[i] is { English: true, Date: null }).Select(i => $"content/projects/p{i}.en.md");
            Assert.Equal(undated.Order(StringComparer.Ordinal), diagnostics.ToSortedList().Select(d => d.File));
            Assert.All(diagnostics.ToSortedList(), d => Assert.Equal(("publication-date", Severity.Error, 1, 1), (d.Code, d.Severity, d.Line, d.Column)));

            var dated = Enumerable.Range(0, projects.Length).Where(i => projects[i] is { English: true, Date: not null })
                .GroupBy(i => projects[i].Date!.Value.Year).ToDictionary(g => g.Key, g => g.Select(i => $"p{i}").Order(StringComparer.Ordinal).ToList());
            var goal = new SiteReports(model).MeasuredGoals("en").Single();
            var last = Math.Max(DateTime.UtcNow.Year, dated.Keys.DefaultIfEmpty(0).Max());
            Assert.Equal(from, goal.Years[0].Year);
            Assert.Equal(last, goal.Years[^1].Until);
            for (var year = from; year <= last; year++)
            {
                var row = goal.In(year)!;
                Assert.Equal(dated.ContainsKey(year), row.Recorded);
                Assert.Equal(dated.GetValueOrDefault(year) ?? [], row.Pages.Select(p => p.Id).Order(StringComparer.Ordinal));
                Assert.Equal(row.Recorded ? dated[year].Count >= 2 : null, row.Met);
            }
        }, iter: 60, threads: 1);
    }
}

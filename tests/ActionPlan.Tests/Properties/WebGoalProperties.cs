using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Products.StatusReports;
using ActionPlan.Tests.Support;
using CsCheck;

namespace ActionPlan.Tests.Properties;

/// <summary>
/// Any set of projects, dated or not, in English or Danish only, and any plan period: outside git the web goal counts
/// each English page in the year of its date, only over the plan's years from the goal's first; says "no record" for
/// years nobody dated, and for every year when an English page has no date (it could belong to any); reports
/// nothing; and shows every English page in the site's own record, the undated ones as undated.
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
    public void Every_english_project_counts_once_in_its_year_inside_the_plan_and_every_one_is_in_the_own_record()
    {
        Gen.Select(Projects.Array[0, 7], Gen.Int[2005, 2010], Gen.Int[2004, 2011], Gen.Int[0, 4]).Sample((projects, from, planFirst, planLength) =>
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
                .. PlanSite.Plan($"{planFirst}-{planFirst + planLength}"),
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

            Assert.Empty(diagnostics.ToSortedList());
            var english = Enumerable.Range(0, projects.Length).Where(i => projects[i].English).ToList();
            var anyUndated = english.Any(i => projects[i].Date is null);
            var dated = english.Where(i => projects[i].Date is not null)
                .GroupBy(i => projects[i].Date!.Value.Year).ToDictionary(g => g.Key, g => g.Select(i => $"p{i}").Order(StringComparer.Ordinal).ToList());
            var goal = StatusReportProduct.MeasuredGoals(model, model.In("en")).Single();
            var (first, last) = (Math.Max(from, planFirst), planFirst + planLength);
            Assert.Equal(first <= last ? new ActionPlan.Domain.YearSpan(first, last) : null, goal.Counted);
            Assert.Equal(first <= last ? last - first + 1 : 0, goal.Years.Sum(y => y.Until - y.Year + 1));
            for (var year = first; year <= last; year++)
            {
                var row = goal.In(year)!;
                var recorded = !anyUndated && dated.ContainsKey(year);
                Assert.Equal(recorded, row.Recorded);
                Assert.Equal(recorded ? dated[year] : [], row.Pages.Select(p => p.Id).Order(StringComparer.Ordinal));
                Assert.Equal(recorded ? dated[year].Count >= 2 : null, row.Met);
            }

            Assert.Null(goal.In(first - 1));
            Assert.Null(goal.In(last + 1));
            Assert.Equal(english.Select(i => $"p{i}").Order(StringComparer.Ordinal), goal.Own.Pages.Select(p => p.Id).Order(StringComparer.Ordinal));
            Assert.Equal(english.Count(i => projects[i].Date is null), goal.Own.Undated);
            Assert.Equal(dated.Keys.Order(), goal.Own.Years);
        }, iter: 60, threads: 1);
    }
}

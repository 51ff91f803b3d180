using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Model;
using ActionPlan.Tests.Support;
using CsCheck;

namespace ActionPlan.Tests.Properties;

/// <summary>
/// Any top-level folders, each with its section page weighted and titled differently in each language, some with a
/// section nested below and pages inside: the site's sections (the main navigation) are exactly the top-level section
/// pages of a language, by weight, then title; and every page inside one, nested or not, lies in that section.
/// </summary>
public sealed class SectionProperties
{
    /// <summary>A top-level folder: its section page's weight and title word per language, and whether it has a nested section.</summary>
    private sealed record Folder(int WeightEn, int WeightDa, string TitleEn, string TitleDa, bool Nested);

    private static readonly Gen<string> Words = Gen.OneOf("Aktiviteter", "Byer", "Cities", "Netværk", "Networks", "Ørsted", "Åbne", "Projects");

    private static readonly Gen<Folder> Folders =
        from weightEn in Gen.Int[-2, 2]
        from weightDa in Gen.Int[-2, 2]
        from titleEn in Words
        from titleDa in Words
        from nested in Gen.Bool
        select new Folder(weightEn, weightDa, titleEn, titleDa, nested);

    [Fact]
    public void The_sections_are_the_top_level_section_pages_by_weight_then_title_and_hold_every_page_below_them()
    {
        Folders.Array[1, 5].Sample(folders =>
        {
            var files = new List<(string, string)>
            {
                ("content/_index.en.md", TestSite.Page("Home")),
                ("content/_index.da.md", TestSite.Page("Forside")),
            };
            for (var i = 0; i < folders.Length; i++)
            {
                var f = folders[i];
                files.Add(($"content/s{i}/_index.en.md", TestSite.Page($"{f.TitleEn} {i}", "", $"weight: {f.WeightEn}")));
                files.Add(($"content/s{i}/_index.da.md", TestSite.Page($"{f.TitleDa} {i}", "", $"weight: {f.WeightDa}")));
                files.Add(($"content/s{i}/page.en.md", TestSite.Page("A page")));
                files.Add(($"content/s{i}/page.da.md", TestSite.Page("En side")));
                if (f.Nested)
                {
                    files.Add(($"content/s{i}/inner/_index.en.md", TestSite.Page("Inner", "", "weight: -9")));
                    files.Add(($"content/s{i}/inner/_index.da.md", TestSite.Page("Indre", "", "weight: -9")));
                    files.Add(($"content/s{i}/inner/deep.en.md", TestSite.Page("Deep")));
                }
            }

            using var site = TestSite.Create([.. files]);
            var model = SiteBuilder.LoadSite(site.Root, new DiagnosticBag(), cancellation: TestContext.Current.CancellationToken, builtInThemeDirectory: TestSite.BuiltInTheme)!;

            foreach (var (code, key) in new[] { ("en", (Func<Folder, int, (int, string)>)((f, i) => (f.WeightEn, $"{f.TitleEn} {i}"))), ("da", (f, i) => (f.WeightDa, $"{f.TitleDa} {i}")) })
            {
                // Titles in the language's own order (its collation is checked on its own in SiteModelBuilderTests), then by address.
                var collation = model.Config.FindLanguage(code)!.Collation;
                var expected = folders.Select((f, i) => (Key: key(f, i), Address: $"s{i}")).OrderBy(k => k.Key.Item1).ThenBy(k => k.Key.Item2, collation)
                    .ThenBy(k => k.Address, StringComparer.Ordinal).Select(k => k.Key.Item2);
                Assert.Equal(expected, model.SectionsOf(model.In(code)).Select(p => p.Title));
                foreach (var page in model.Written.Where(p => p.Language.Code == code && p.Role != PageRole.Home))
                {
                    var top = page.Source.Folder.Split('/')[0];
                    Assert.Same(model.Find($"{top}/_index", model.In(code)), model.TopSectionOf(page));
                }

                Assert.Null(model.TopSectionOf(model.Home(model.In(code))!));
            }
        }, iter: 25, threads: 1);
    }
}

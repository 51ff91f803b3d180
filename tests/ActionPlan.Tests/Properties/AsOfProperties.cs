using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Domain;
using ActionPlan.Model;
using ActionPlan.Tests.Support;
using CsCheck;

namespace ActionPlan.Tests.Properties;

/// <summary>
/// Any documents, dated to the year, month or day, and any page citing some of them, with or without its own
/// <c>as_of:</c>: the page holds as of its own date where it gives one, else as of the newest document it cites, the
/// same in both languages; and it is warned about exactly when it gives neither.
/// </summary>
public sealed class AsOfProperties
{
    /// <summary>A document: its year, and the month and day of its <c>issued</c> date where given (0: not given).</summary>
    private sealed record Document(int Year, int Month, int Day)
    {
        public PartialDate Date => Month == 0 ? new(Year, null, null) : new(Year, Month, Day == 0 ? null : Day);
    }

    private static readonly Gen<Document> Documents =
        from year in Gen.Int[2000, 2012]
        from month in Gen.Int[0, 12]
        from day in Gen.Int[0, 28]
        select new Document(year, month, month == 0 ? 0 : day);

    [Fact]
    public void A_page_is_as_of_its_own_date_else_its_newest_sources_and_is_warned_about_only_with_neither()
    {
        var gen = from documents in Documents.Array[1, 4]
                  from cited in Gen.Bool.Array[documents.Length]
                  from own in Documents.Select(d => d.Date).Null()
                  select (documents, cited, own);
        gen.Sample((documents, cited, own) =>
        {
            var files = new List<(string, string)>();
            for (var i = 0; i < documents.Length; i++)
            {
                var d = documents[i];
                var facts = $"year: {d.Year}" + (d.Month == 0 ? "" : $"\nissued: {d.Date}");
                files.Add(($"content/publications/doc-{i}.en.md", TestSite.Page($"Document {i}", "", facts)));
                files.Add(($"content/publications/doc-{i}.da.md", TestSite.Page($"Dokument {i}", "", facts)));
            }

            var ids = Enumerable.Range(0, documents.Length).Where(i => cited[i]).Select(i => $"doc-{i}").ToList();
            var project = (ids.Count == 0 ? "" : $"sources: [{string.Join(", ", ids)}]\n") + (own is null ? "" : $"as_of: {own}");
            files.Add(("content/projects/dated.en.md", TestSite.Page("Dated", "", project)));
            files.Add(("content/projects/dated.da.md", TestSite.Page("Dateret", "", project)));
            using var site = TestSite.Create(PlanSite.Files([.. files]));
            var diagnostics = new DiagnosticBag();

            var model = SiteBuilder.LoadSite(site.Root, diagnostics, cancellation: TestContext.Current.CancellationToken, builtInThemeDirectory: TestSite.BuiltInTheme)!;

            var expected = own ?? Enumerable.Range(0, documents.Length).Where(i => cited[i]).Select(i => documents[i].Date).Max();
            Assert.Equal(expected, model.AsOfOf(model.Find("projects/dated", model.In("en"))!));
            Assert.Equal(expected, model.AsOfOf(model.Find("projects/dated", model.In("da"))!));
            Assert.Equal(expected is null ? ["content/projects/dated.en.md:2:1: as-of"] : [],
                diagnostics.ToSortedList().Select(d => $"{d.Location}: {d.Code}"));
        }, iter: 40, threads: 1);
    }
}

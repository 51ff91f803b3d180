using ActionPlan.Build;
using ActionPlan.Diagnostics;
using ActionPlan.Tests.Support;
using CsCheck;

namespace ActionPlan.Tests.Properties;

/// <summary>
/// One clash planted at any page's address, written or made: a file of the site's, a file of the theme's, or an
/// alias. The build reports it once, at what has to change, with the code that fits what took the address first,
/// and nothing else.
/// </summary>
public sealed class AddressClashProperties
{
    private const string Berlin = "content/cities/berlin.en.md";

    private static IReadOnlyList<Diagnostic> Load((string Path, string Text)[] files, out ActionPlan.Model.Site? site)
    {
        using var test = TestSite.Create(files);
        var diagnostics = new DiagnosticBag();
        site = SiteBuilder.LoadSite(test.Root, diagnostics, cancellation: TestContext.Current.CancellationToken, builtInThemeDirectory: TestSite.BuiltInTheme);
        return diagnostics.ToSortedList();
    }

    [Fact]
    public void One_clash_at_any_pages_address_is_reported_once_at_what_has_to_change()
    {
        Assert.Empty(Load(PlanSite.Files(), out var clean));
        var pages = clean!.Pages;

        Gen.Select(Gen.Int[0, pages.Count - 1], Gen.Int[0, 2]).Sample((index, kind) =>
        {
            var page = pages[index];
            var (file, text) = kind switch
            {
                0 => ($"static/{page.OutputPath}", "<!doctype html><title>x</title>"),
                1 => ($"themes/default/static/{page.OutputPath}", "<!doctype html><title>x</title>"),
                _ => (Berlin, TestSite.Page("Berlin", "", $"country: Germany\naliases: [\"{page.UrlPath}\"]\n{PlanSite.AsOf}")),
            };

            var diagnostic = Assert.Single(Load(PlanSite.Files((file, text)), out _));

            if (kind < 2)
            {
                Assert.Equal(("file-clash", file, 0), (diagnostic.Code, diagnostic.File, diagnostic.Line));
                Assert.Contains($"/{page.OutputPath}", diagnostic.Message, StringComparison.Ordinal);
            }
            else
            {
                var code = page.IsWritten ? "alias-clash" : "url-clash";
                Assert.Equal((code, Berlin, 4), (diagnostic.Code, diagnostic.File, diagnostic.Line));
                Assert.Contains(page.IsWritten && page.Source.Path == Berlin ? "this page's own address" : page.UrlPath, diagnostic.Message, StringComparison.Ordinal);
            }
        }, iter: 40);
    }
}

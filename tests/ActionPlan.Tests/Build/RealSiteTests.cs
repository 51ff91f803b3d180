using System.Text.RegularExpressions;
using ActionPlan.Build;
using AngleSharp.Html.Parser;

namespace ActionPlan.Tests.Build;

/// <summary>Builds the repository's own site (site.yml and content/ at the top) as CI does, and checks what partners will read.</summary>
public sealed partial class RealSiteTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "actionplan-tests", Guid.NewGuid().ToString("N"), "output");

    public void Dispose()
    {
        if (Directory.Exists(Path.GetDirectoryName(_output)))
        {
            Directory.Delete(Path.GetDirectoryName(_output)!, recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ActionPlan.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("ActionPlan.sln not found above the test folder");
    }

    [Fact]
    public async Task The_real_site_builds_in_both_languages_without_errors_or_warnings_and_shows_no_personal_contact_details()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(RepositoryRoot(), _output), TestContext.Current.CancellationToken);

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Published);
        var english = Directory.EnumerateFiles(Path.Combine(_output, "en"), "index.html", SearchOption.AllDirectories).Count();
        var danish = Directory.EnumerateFiles(Path.Combine(_output, "da"), "index.html", SearchOption.AllDirectories).Count();
        Assert.True(english >= 30, $"only {english} English pages");
        Assert.Equal(english, danish);

        foreach (var file in Directory.EnumerateFiles(_output, "*.html", SearchOption.AllDirectories))
        {
            var text = new HtmlParser().ParseDocument(File.ReadAllText(file)).Body!.TextContent;
            Assert.False(Email().IsMatch(text), $"{file} shows an e-mail address: {Email().Match(text).Value}");
            Assert.False(Phone().IsMatch(text), $"{file} shows a phone number: {Phone().Match(text).Value}");
        }
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\d)(\d{2} \d{2} ?\d{2} ?\d{2}|\d{8})(?!\d)")]
    private static partial Regex Phone();
}

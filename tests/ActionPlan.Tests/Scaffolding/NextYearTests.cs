using System.Text.RegularExpressions;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Scaffolding;

/// <summary>
/// The next year, as an editor adds it (docs/editing.md, "The next year"): <c>new status 2009</c> starts the status
/// document's pages and one commented-out assessment per goal, showing its last status; <c>new register 2009</c>
/// carries the latest edition's networks over. Only lines are added (or a year put in a list); the editor confirms,
/// and the 2009 report and register edition are built in both languages.
/// </summary>
public sealed partial class NextYearTests
{
    /// <summary>Focus area 1 with its assessments written as block mappings, over several lines each.</summary>
    private const string BlockStyle = """
        number: 1
        office: project-office
        aims: [learning]
        objectives: [3]
        goals:
          - id: "1"
            text: A contact arrangement
            assessments:
              - year: 2007
                status: in-progress
                sources: [status-2008]
              - year: 2008
                status: achieved
                reason: In place
                sources: [status-2008]

            # a comment the editor wrote
          - id: "2"
            text: A working group
            assessments:
              - { year: 2008, status: postponed, sources: [status-2008] }
        plan: action-plan
        """;

    [GeneratedRegex(@"^(\s*)# (- \{ year: 2009, status: [a-z-]+, sources: \[status-2009\] \})   # .*$", RegexOptions.Multiline)]
    private static partial Regex StartedAssessment();

    [Fact]
    public async Task A_new_status_and_register_edition_are_started_in_place_confirmed_by_the_editor_and_built_in_both_languages()
    {
        // ECACP was left in 2008: it is not carried over into 2009.
        var left = "theme: Child poverty\ncontact: project-office\nregister: [2008]\ncities: [berlin]\nended: { year: 2008, sources: [status-2008] }\n" + PlanSite.AsOf;
        using var site = TestSite.Create(PlanSite.Files(
            ("content/networks/ecacp.en.md", TestSite.Page("ECACP", "", left)),
            ("content/networks/ecacp.da.md", TestSite.Page("ECACP", "", left)),
            ("content/focus-areas/fa-01.en.md", TestSite.Page("1. Homelessness", "", BlockStyle + "\n" + PlanSite.AsOf)),
            ("content/focus-areas/fa-01.da.md", TestSite.Page("1. Hjemløse", "", BlockStyle + "\n" + PlanSite.AsOf))));
        // An editor on Windows saved one network with its line ends: they stay as they are.
        var windows = Path.Combine(site.Root, "content/networks/eurocities.en.md");
        File.WriteAllText(windows, File.ReadAllText(windows).Replace("\n", "\r\n", StringComparison.Ordinal));
        var before = Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllLines);

        var (statusExit, statusOut, statusError) = await ToolInProcess.RunAsync(site.Root, "new", "status", "2009");
        var (registerExit, _, registerError) = await ToolInProcess.RunAsync(site.Root, "new", "register", "2009");
        var (againExit, _, againError) = await ToolInProcess.RunAsync(site.Root, "new", "status", "2009");

        Assert.Equal((0, "", 0, ""), (statusExit, statusError, registerExit, registerError));
        Assert.Contains("Created content/publications/status-2009.da.md", statusOut, StringComparison.Ordinal);
        Assert.Equal(1, againExit);
        Assert.Contains("the 2009 status is started here already", againError, StringComparison.Ordinal);

        // Each goal gets one line, after its last assessment, indented as its items, with its last status to confirm.
        var english = File.ReadAllText(Path.Combine(site.Root, "content/focus-areas/fa-01.en.md"));
        Assert.True(english.Contains("        sources: [status-2008]\n      # - { year: 2009, status: achieved, sources: [status-2009] }   # 2008: achieved. Confirm or change it as the document says, then remove the '# '.\n\n    # a comment the editor wrote\n", StringComparison.Ordinal), english);
        Assert.Contains("      - { year: 2008, status: postponed, sources: [status-2008] }\n      # - { year: 2009, status: postponed, sources: [status-2009] }   # 2008: postponed.", english, StringComparison.Ordinal);
        Assert.Contains("# - { year: 2009, status: postponed, sources: [status-2009] }   # 2008: postponed. Bekræft eller ret den efter dokumentet", File.ReadAllText(Path.Combine(site.Root, "content/focus-areas/fa-01.da.md")), StringComparison.Ordinal);
        Assert.Contains("register: [2007, 2008, 2009]\r\n", File.ReadAllText(windows), StringComparison.Ordinal);
        Assert.DoesNotContain("\n", File.ReadAllText(windows).Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("register: [2008]\n", File.ReadAllText(Path.Combine(site.Root, "content/networks/ecacp.da.md")), StringComparison.Ordinal);

        // Nothing else changed: every earlier line is still there, in order.
        foreach (var (file, lines) in before)
        {
            var now = File.ReadAllLines(file);
            var kept = 0;
            foreach (var line in now)
            {
                kept += kept < lines.Length && (line == lines[kept] || line.Replace(", 2009]", "]", StringComparison.Ordinal) == lines[kept]) ? 1 : 0;
            }

            Assert.True(kept == lines.Length, $"{file} lost or changed a line");
        }

        // The build still passes with the lines commented out, and publishes nothing for 2009 yet.
        var started = await site.BuildAsync();
        Assert.True(started.Published, string.Join("\n", started.Diagnostics));
        Assert.False(site.OutputExists("en/status/2009/index.html"));

        // The editor confirms one goal's status for 2009, describes the document and publishes it.
        foreach (var language in new[] { "en", "da" })
        {
            var path = $"content/focus-areas/fa-01.{language}.md";
            var text = File.ReadAllText(Path.Combine(site.Root, path));
            site.Write(path, StartedAssessment().Replace(text, m => m.Value.Contains("status: postponed", StringComparison.Ordinal) ? m.Groups[1].Value + m.Groups[2].Value.Replace("postponed", "achieved", StringComparison.Ordinal) : m.Value));
            var publication = $"content/publications/status-2009.{language}.md";
            site.Write(publication, Regex.Replace(File.ReadAllText(Path.Combine(site.Root, publication)), "draft: true[^\n]*\n", ""));
        }

        var result = await site.BuildAsync();
        var (_, figures, _) = await ToolInProcess.RunAsync(site.Root, "status", "--year", "2009");

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.True(site.OutputExists("en/status/2009/index.html") && site.OutputExists("da/status/2009/index.html"));
        Assert.True(site.OutputExists("en/networks/register/2009/index.html") && site.OutputExists("da/networks/register/2009/index.html"));
        Assert.Contains("Goals: 3 in 2 focus areas: 1 assessed in 2009, 2 carried over from earlier years (their latest status), 0 not yet assessed", figures, StringComparison.Ordinal);
        var report = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput("en/status/2009/index.html"));
        Assert.Equal(["status from 2008", "status from 2008"], report.QuerySelectorAll(".carried-over").Select(s => s.TextContent.Trim('(', ')')));
        Assert.Contains("1 of them were assessed in 2009; the status of 2 is carried over", report.QuerySelector("#goals + p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_site_takes_a_2009_status_and_register_edition_in_both_languages()
    {
        using var site = RealSite.Copy();

        Assert.Equal(0, (await ToolInProcess.RunAsync(site.Root, "new", "status", "2009")).ExitCode);
        Assert.Equal(0, (await ToolInProcess.RunAsync(site.Root, "new", "register", "2009")).ExitCode);
        var confirmed = 0;
        foreach (var path in Directory.EnumerateFiles(Path.Combine(site.Root, "content", "focus-areas"), "fa-*.md"))
        {
            var text = File.ReadAllText(path);
            // The editor confirms every carried status; goals never assessed are left out of the 2009 document.
            var edited = StartedAssessment().Replace(text, m => m.Groups[1].Value + m.Groups[2].Value);
            confirmed += StartedAssessment().Count(text);
            File.WriteAllText(path, Regex.Replace(edited, @"\n\s*# - \{ year: 2009, status: \?[^\n]*", ""));
        }

        foreach (var language in new[] { "en", "da" })
        {
            var publication = Path.Combine(site.Root, "content", "publications", $"status-2009.{language}.md");
            File.WriteAllText(publication, Regex.Replace(File.ReadAllText(publication), "draft: true[^\n]*\n", ""));
        }

        var result = await ActionPlan.Build.SiteBuilder.BuildAsync(
            new ActionPlan.Build.BuildOptions(site.Root, site.Output) { BuiltInThemeDirectory = TestSite.BuiltInTheme, CompiledTemplateFolder = TestSite.SharedTemplates, PrintPdfs = false },
            TestContext.Current.CancellationToken);

        Assert.True(confirmed > 20, $"{confirmed} goal lines");
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        foreach (var page in new[] { "en/status/2009/index.html", "da/status/2009/index.html", "en/networks/register/2009/index.html", "da/netvaerk/register/2009/index.html" })
        {
            Assert.True(site.OutputExists(page), page);
        }
    }
}

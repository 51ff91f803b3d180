using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Build;

/// <summary>
/// The project's own workflow (.github/workflows/site.yml) on the git host's default checkout, a clone of depth 1:
/// its first step builds the real site with annotations, and the site's own record, which decides no verdict, must
/// not stop it.
/// </summary>
public sealed class ShallowCloneTests
{
    [Fact]
    public async Task The_workflows_first_step_builds_the_real_site_in_a_clone_of_depth_one_without_a_problem()
    {
        using var site = TestSite.Create();
        var clone = Path.Combine(site.Root, "clone");
        TestGit.Run(site.Root, null, "clone", "-q", "--depth", "1", "file://" + RealSite.Folder, clone);
        var workflow = File.ReadAllText(Path.Combine(RealSite.Folder, ".github", "workflows", "site.yml"));
        var step = System.Text.RegularExpressions.Regex.Match(workflow, @"run: dotnet run --project src/ActionPlan.Cli -- (build[^\n]*)").Groups[1].Value;

        var (exitCode, output, error) = await ToolInProcess.RunAsync(clone, step.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal("true", TestGit.Run(clone, null, "rev-parse", "--is-shallow-repository").Trim());
        Assert.StartsWith("build --format github", step, StringComparison.Ordinal);
        Assert.True(exitCode == 0, output + error);
        Assert.DoesNotContain("::error", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("::warning", output + error, StringComparison.Ordinal);
    }
}

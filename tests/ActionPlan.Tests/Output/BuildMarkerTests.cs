using ActionPlan.Output;
using ActionPlan.Tests.Support;

namespace ActionPlan.Tests.Output;

/// <summary>The marker a good build leaves beside its output: which site, when, by which tool; never inside what is published.</summary>
public sealed class BuildMarkerTests
{
    [Fact]
    public async Task A_good_build_leaves_a_marker_beside_its_output_naming_the_site_and_a_failed_one_leaves_it_as_it_was()
    {
        // Given a site built once
        using var site = TestSite.FromFixture("small");
        var before = DateTimeOffset.UtcNow;
        Assert.True((await site.BuildAsync()).Published);
        var after = DateTimeOffset.UtcNow;

        // Then the marker beside output/ names the site, the time and the tool, and output/ itself holds nothing of it
        var marker = BuildMarker.Read(site.Output);
        Assert.NotNull(marker);
        Assert.True(marker.IsOf(site.Root));
        Assert.InRange(marker.BuiltAt, before, after);
        Assert.Equal(TimeSpan.Zero, marker.BuiltAt.Offset);
        Assert.Equal(BuildMarker.ToolVersion, marker.Tool);
        Assert.Equal("/international/", marker.BasePath);
        Assert.True(File.Exists(Path.Combine(site.Root, ".output.build")));
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains(site.Root, StringComparison.Ordinal));

        // When a later build fails, the marker still describes what output/ holds
        site.Write("content/networks/eurocities.en.md", TestSite.Page("Eurocities", "See [gone](gone.md).\n", "kind: page"));
        Assert.False((await site.BuildAsync()).Published);
        Assert.Equal(marker, BuildMarker.Read(site.Output));
    }

    [Fact]
    public void A_marker_of_another_site_or_one_that_cannot_be_read_is_not_taken_for_this_sites()
    {
        using var site = TestSite.Create();
        Directory.CreateDirectory(site.Output);
        new BuildMarker(site.Root + "-other", DateTimeOffset.UtcNow, "1.0", "/").Write(site.Output);
        Assert.False(BuildMarker.Read(site.Output)!.IsOf(site.Root));

        File.WriteAllText(Path.Combine(site.Root, ".output.build"), "built yesterday");
        Assert.Null(BuildMarker.Read(site.Output));

        BuildMarker.Remove(site.Output);
        Assert.Null(BuildMarker.Read(site.Output));
    }
}

using System.Globalization;
using ActionPlan.Tests.Support;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ActionPlan.Tests.Rendering;

/// <summary>The status report's chart reads on its own: short titles, a legend beside the bars, a pattern and a lightness per status.</summary>
public sealed class StatusChartTests(StatusChartTests.Built built) : IClassFixture<StatusChartTests.Built>
{
    /// <summary>The plan site with a short title for focus area 1 in each language (focus area 2 has none), built once.</summary>
    public sealed class Built() : BuiltSite(TestSite.Create(PlanSite.Files(
        ("content/focus-areas/fa-01.en.md", TestSite.Page("1. Homelessness", "", PlanSite.Homelessness + "\nshort_title: Homeless people\n" + PlanSite.AsOf)),
        ("content/focus-areas/fa-01.da.md", TestSite.Page("1. Hjemløse", "", PlanSite.Homelessness + "\nshort_title: Hjemløse borgere\n" + PlanSite.AsOf)))));

    private readonly TestSite _site = built.Site;

    private IElement Chart(string language, string layout) =>
        new HtmlParser().ParseDocument(_site.ReadOutput($"{language}/status/2008/index.html")).QuerySelector($"figure svg.chart--{layout}")!;

    private static double Number(IElement element, string attribute) => double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>The bars' segments: rectangles filled with a pattern, not the legend's 16-unit swatches.</summary>
    private static List<IElement> Segments(IElement chart) =>
        chart.QuerySelectorAll("rect[fill^='url(']").Where(r => r.GetAttribute("width") != "16").ToList();

    private static List<IElement> Swatches(IElement chart) => chart.QuerySelectorAll("rect[width='16']").ToList();

    [Theory]
    [InlineData("en", "wide", "1. Homeless people", "2. Visibility")]
    [InlineData("en", "narrow", "1. Homeless people", "2. Visibility")]
    [InlineData("da", "wide", "1. Hjemløse borgere", "2. Synlighed")]
    [InlineData("da", "narrow", "1. Hjemløse borgere", "2. Synlighed")]
    public void Each_bar_is_labelled_with_its_focus_areas_number_and_short_title_or_its_title_without_one(string language, string layout, string first, string second)
    {
        var chart = Chart(language, layout);

        Assert.Equal([first, second], chart.QuerySelectorAll("text.chart-label").Select(t => t.TextContent));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("da")]
    public void The_wide_drawing_sets_the_legend_beside_the_bars_and_the_narrow_one_above_them(string language)
    {
        var wide = Chart(language, "wide");
        var narrow = Chart(language, "narrow");

        var barsRight = Segments(wide).Max(r => Number(r, "x") + Number(r, "width"));
        Assert.All(Swatches(wide), s => Assert.True(Number(s, "x") > barsRight, $"a swatch at x={s.GetAttribute("x")} is not right of the bars (to {barsRight})"));
        Assert.True(Swatches(wide).Min(s => Number(s, "y")) < Segments(wide).Max(r => Number(r, "y")), "the legend starts beside the bars, not below them");
        var narrowBarsTop = Segments(narrow).Min(r => Number(r, "y"));
        Assert.All(Swatches(narrow), s => Assert.True(Number(s, "y") + 16 < narrowBarsTop));
        // On a phone each label lies above its bar, so the bars may take the whole width.
        Assert.All(narrow.QuerySelectorAll("text.chart-label"), t => Assert.Equal("0", t.GetAttribute("x")));
    }

    [Fact]
    public void Each_status_has_a_pattern_of_its_own_and_a_fill_a_step_lighter_than_the_one_before_and_the_legend_names_them_all()
    {
        var chart = Chart("en", "wide");

        var patterns = chart.QuerySelectorAll("defs pattern").ToList();
        Assert.Equal(7, patterns.Count);
        // Marks of five kinds; "achieved" is solid and "not yet assessed" empty (white).
        var marks = patterns.Select(p => p.QuerySelector("g")!.InnerHtml).ToList();
        Assert.Equal(5, marks.Skip(1).SkipLast(1).Where(m => m.Length > 0).Distinct().Count());
        Assert.Equal(["", ""], [marks[0], marks[^1]]);
        var lightness = patterns.Select(p => Luminance(p.QuerySelector("rect")!.GetAttribute("fill")!)).Order().ToList();
        for (var i = 1; i < lightness.Count; i++)
        {
            // A step of at least 1.4:1 in contrast, which stays apart in greyscale.
            Assert.True((lightness[i] + 0.05) / (lightness[i - 1] + 0.05) >= 1.4, $"two fills are too close in lightness: {lightness[i - 1]:F3} and {lightness[i]:F3}");
        }

        var ids = patterns.Select(p => $"url(#{p.Id})").ToHashSet();
        Assert.All(Segments(chart), s => Assert.Contains(s.GetAttribute("fill")!, ids));
        Assert.Equal(ids, Swatches(chart).Select(s => s.GetAttribute("fill")!).ToHashSet());
        Assert.Equal(
            ["Achieved: 1", "In progress: 0", "Not achieved: 1", "Postponed: 1", "Dropped: 0", "Changed: 0", "Not yet assessed: 0"],
            chart.QuerySelectorAll("text:not(.chart-label):not(.chart-count)").Select(t => t.TextContent));
        Assert.Equal(["1", "1", "1"], chart.QuerySelectorAll("text.chart-count").Select(t => t.TextContent));
    }

    [Theory]
    [InlineData("en", "Goals per focus area by status, 2008", "Total: Achieved 1, Not achieved 1, Postponed 1. 1. Homeless people: Achieved 1, Postponed 1. 2. Visibility: Not achieved 1.")]
    [InlineData("da", "Mål pr. fokusområde efter status, 2008", "I alt: Opnået 1, Ikke opnået 1, Udskudt 1. 1. Hjemløse borgere: Opnået 1, Udskudt 1. 2. Synlighed: Ikke opnået 1.")]
    public void Each_drawing_is_an_image_with_a_title_and_a_description_in_the_pages_language_and_the_table_stays(string language, string title, string description)
    {
        foreach (var layout in new[] { "wide", "narrow" })
        {
            var chart = Chart(language, layout);
            Assert.Equal("img", chart.GetAttribute("role"));
            Assert.Equal(title, chart.QuerySelector($"title#{chart.GetAttribute("aria-labelledby")}")!.TextContent);
            Assert.Equal(description, chart.QuerySelector($"desc#{chart.GetAttribute("aria-describedby")}")!.TextContent);
        }

        Assert.NotNull(Chart(language, "wide").Owner!.QuerySelector("table.figures"));
    }

    [Fact]
    public async Task A_short_title_longer_than_the_chart_has_room_for_fails_at_its_line()
    {
        using var site = TestSite.Create(PlanSite.Files(
            ("content/focus-areas/fa-01.en.md", TestSite.Page("1. Homelessness", "", PlanSite.Homelessness + "\nshort_title: Homeless people and rough sleepers\n" + PlanSite.AsOf))));

        var result = await site.BuildAsync();

        Assert.Equal(
            ["content/focus-areas/fa-01.en.md:18:14: error: 'short_title' has 34 characters; shorten it to 30 or fewer: it names the page where space is short (the main navigation, breadcrumbs, a chart's labels). [bad-value]"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    private static double Luminance(string hex)
    {
        static double Channel(string part)
        {
            var c = int.Parse(part, NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(hex[1..3])) + (0.7152 * Channel(hex[3..5])) + (0.0722 * Channel(hex[5..7]));
    }
}

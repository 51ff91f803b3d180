using System.Globalization;
using System.Net;
using System.Text;
using ActionPlan.Rendering;

namespace ActionPlan.Products.StatusReports;

/// <summary>
/// Draws a status report's goal fulfilment as inline SVG: one stacked bar per focus area, labelled with its number and
/// short title, a segment per status with its count written in it, each status a colour of its own lightness and a
/// pattern of its own, and a legend that names them. It is drawn twice: wide, with the legend beside the bars, and
/// narrow for phones, with each label above its bar, so that text is never drawn smaller than about 12 px; the
/// stylesheet shows one. The same figures are in the report's table.
/// </summary>
public static class StatusChart
{
    private const int FontSize = 14;

    // A generous estimate of a character's width at 14 px in a system sans-serif: layouts are sized from it, so a
    // text estimated too wide only leaves room, while one estimated too narrow would run into a bar.
    private const double CharWidth = 8.2;
    private const int LineHeight = 18;
    private const int BarHeight = 22;
    private const int Gap = 12;
    private const int Swatch = 16;
    private const int LegendRow = 24;
    private const int WideWidth = 740;
    private const int WideLabelMost = 280;
    private const int NarrowWidth = 320;

    /// <summary>
    /// Each status's fill, from dark to light in even steps of luminance (about 1.5:1 apart), so they stay apart in
    /// greyscale, in hues that colour-blind readers tell apart by lightness; the pattern over each tells them apart
    /// without colour. The marks are light on the dark fills and dark on the light ones.
    /// </summary>
    private static readonly (string Fill, string Mark, string Shape)[] Styles =
    [
        ("#1d5c31", "#ffffff", ""),                                       // achieved: solid
        ("#2b6cc4", "#ffffff", "<path d=\"M-2 2L2-2M0 8L8 0M6 10L10 6\" stroke-width=\"1.5\"/>"), // in progress: diagonal lines
        ("#e4643c", "#1a1a1a", "<path d=\"M0 0L8 8M8 0L0 8\" stroke-width=\"1\"/>"),              // not achieved: cross-hatch
        ("#f6d365", "#1a1a1a", "<circle cx=\"4\" cy=\"4\" r=\"1.5\" stroke=\"none\"/>"),          // postponed: dots
        ("#aaaaaa", "#1a1a1a", "<path d=\"M0 4H8\" stroke-width=\"1.5\"/>"),                      // dropped: horizontal lines
        ("#3b1f63", "#ffffff", "<path d=\"M4 0V8\" stroke-width=\"1.5\"/>"),                      // changed: vertical lines
        ("#ffffff", "#1a1a1a", ""),                                       // not yet assessed: empty
    ];

    /// <summary>Which of the two drawings: beside (wide) or stacked (narrow).</summary>
    private enum Layout
    {
        /// <summary>Labels left of the bars, the legend right of them.</summary>
        Wide,

        /// <summary>The legend above the bars, each label above its bar.</summary>
        Narrow,
    }

    /// <summary>Both drawings of the chart as SVG markup, labelled by the page's texts.</summary>
    public static string Render(StatusReport report, PageView view)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(view);
        return Render(report, view, Layout.Wide) + Render(report, view, Layout.Narrow);
    }

    /// <summary>One drawing of the chart as SVG markup, labelled by the page's texts.</summary>
    private static string Render(StatusReport report, PageView view, Layout layout)
    {
        var statuses = StatusReport.Statuses;
        var name = layout == Layout.Wide ? "wide" : "narrow";
        var most = Math.Max(1, report.FocusAreas.Select(f => f.Goals.Count).DefaultIfEmpty(1).Max());
        var legend = statuses.Select(s => $"{view.StatusName(s)}: {report.Count(s)}").ToList();
        var legendWidth = Swatch + 8 + legend.Max(Estimate);
        var wide = layout == Layout.Wide;
        var width = wide ? WideWidth : NarrowWidth;
        var labelWidth = wide ? Math.Min(WideLabelMost, report.FocusAreas.Select(a => Estimate(Label(a))).DefaultIfEmpty(0).Max()) : width;
        // A unit in from each edge on phones, where the bars span the drawing, so their outlines are not cut off.
        var barX = wide ? labelWidth + Gap : 1;
        var barWidth = wide ? width - barX - (2 * Gap) - legendWidth : width - 2;
        var columns = !wide && (2 * legendWidth) + Gap <= width ? 2 : 1;

        var body = new StringBuilder();
        var legendX = wide ? barX + barWidth + (2 * Gap) : 0;
        var legendRows = (statuses.Count + columns - 1) / columns;
        for (var i = 0; i < statuses.Count; i++)
        {
            var x = legendX + (i / legendRows * (legendWidth + Gap));
            var y = i % legendRows * LegendRow;
            body.Append(Invariant($"<rect x=\"{x}\" y=\"{y + 3}\" width=\"{Swatch}\" height=\"{Swatch}\" fill=\"url(#chart-{name}-{i})\" stroke=\"#1a1a1a\"/>"));
            body.Append(Invariant($"<text x=\"{x + Swatch + 8}\" y=\"{y + 16}\">{Encode(legend[i])}</text>"));
        }

        var top = wide ? 0 : (legendRows * LegendRow) + Gap;
        foreach (var area in report.FocusAreas)
        {
            var lines = Wrap(Label(area), (int)(labelWidth / CharWidth));
            var labelHeight = lines.Count * LineHeight;
            var rowHeight = wide ? Math.Max(labelHeight, BarHeight) + 10 : labelHeight + BarHeight + Gap;
            var labelTop = wide ? top + ((rowHeight - labelHeight) / 2) : top;
            var barY = wide ? top + ((rowHeight - BarHeight) / 2) : top + labelHeight + 2;
            body.Append(Invariant($"<text class=\"chart-label\" x=\"0\" y=\"{labelTop + 14}\">"));
            for (var l = 0; l < lines.Count; l++)
            {
                body.Append(l == 0 ? Encode(lines[l]) : Invariant($"<tspan x=\"0\" dy=\"{LineHeight}\">{Encode(lines[l])}</tspan>"));
            }

            body.Append("</text>");
            var before = 0;
            for (var i = 0; i < statuses.Count; i++)
            {
                var count = area.Count(statuses[i]);
                if (count == 0)
                {
                    continue;
                }

                // Each edge from the count before it, so the segments' rounding never adds up along the bar.
                var x = barX + (barWidth * before / most);
                var segment = barX + (barWidth * (before + count) / most) - x;
                before += count;
                body.Append(Invariant($"<rect x=\"{x}\" y=\"{barY}\" width=\"{segment}\" height=\"{BarHeight}\" fill=\"url(#chart-{name}-{i})\" stroke=\"#1a1a1a\"/>"));
                var digits = count.ToString(CultureInfo.InvariantCulture);
                var chip = (int)Math.Ceiling(digits.Length * CharWidth) + 8;
                if (segment >= chip + 6)
                {
                    // A white label in the segment: its count reads the same over every colour and pattern.
                    var middle = x + (segment / 2);
                    body.Append(Invariant($"<rect x=\"{middle - (chip / 2)}\" y=\"{barY + 2}\" width=\"{chip}\" height=\"{BarHeight - 4}\" rx=\"3\" fill=\"#ffffff\" stroke=\"#1a1a1a\" stroke-width=\"0.5\"/>"));
                    body.Append(Invariant($"<text class=\"chart-count\" x=\"{middle}\" y=\"{barY + 16}\" text-anchor=\"middle\" font-weight=\"700\">{digits}</text>"));
                }
            }

            top += rowHeight;
        }

        var height = Math.Max(top, wide ? legendRows * LegendRow : 0);
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"chart chart--{name}\" role=\"img\" aria-labelledby=\"chart-{name}-title\" aria-describedby=\"chart-{name}-desc\" viewBox=\"0 0 {width} {height}\" font-size=\"{FontSize}\" fill=\"#1a1a1a\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(Invariant($"<title id=\"chart-{name}-title\">{Encode(view.T("chart_title", report.Year))}</title>"));
        svg.Append(Invariant($"<desc id=\"chart-{name}-desc\">{Encode(Describe(report, view))}</desc>"));
        svg.Append("<defs>");
        for (var i = 0; i < Styles.Length; i++)
        {
            var (fill, mark, shape) = Styles[i];
            svg.Append(Invariant($"<pattern id=\"chart-{name}-{i}\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"{fill}\"/><g fill=\"{mark}\" stroke=\"{mark}\">{shape}</g></pattern>"));
        }

        svg.Append("</defs>").Append(body).Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A focus area's label: its number and short title, or its title where it has no short one.</summary>
    public static string Label(FocusAreaLine area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return area.Page.FrontMatter.ShortTitle is { } shortTitle ? $"{area.Facts.Number.ToString(CultureInfo.InvariantCulture)}. {shortTitle}" : area.Page.Title;
    }

    /// <summary>The chart in words, for screen readers: the totals per status, then each focus area's counts.</summary>
    private static string Describe(StatusReport report, PageView view)
    {
        string Counts(Func<Domain.GoalStatus?, int> count) =>
            string.Join(", ", StatusReport.Statuses.Where(s => count(s) > 0).Select(s => $"{view.StatusName(s)} {count(s).ToString(CultureInfo.InvariantCulture)}"));
        return string.Join(" ", report.FocusAreas.Select(a => $"{Label(a)}: {Counts(a.Count)}.").Prepend($"{view.T("total")}: {Counts(report.Count)}."));
    }

    private static int Estimate(string text) => (int)Math.Ceiling(text.Length * CharWidth);

    /// <summary>Splits a label into lines of at most <paramref name="most"/> characters at spaces (a longer word stays whole).</summary>
    private static List<string> Wrap(string text, int most)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > most)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return lines;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Net;
using System.Text;
using ActionPlan.Reports;

namespace ActionPlan.Rendering;

/// <summary>
/// Draws a status report's goal fulfilment as an inline SVG: one stacked bar per focus area, a segment per
/// status with its count written in it, and a legend that names each status. The same figures are in the
/// report's table, which is what screen readers and print rely on.
/// </summary>
public static class StatusChart
{
    private const int LabelWidth = 40;
    private const int BarWidth = 480;
    private const int RowHeight = 26;
    private const int LegendRow = 22;

    // Colours with at least 3:1 contrast against white and against their neighbours' text colour.
    private static readonly string[] Fills = ["#1b6e3a", "#0b4f9c", "#a1260d", "#7a4d00", "#4a4a4a", "#5b2a86", "#ffffff"];

    /// <summary>The chart as SVG markup, labelled by the page's texts.</summary>
    public static string Render(StatusReport report, PageView view)
    {
        var statuses = StatusReport.Statuses;
        var most = Math.Max(1, report.FocusAreas.Select(f => f.Goals.Count).DefaultIfEmpty(1).Max());
        var height = report.FocusAreas.Count * RowHeight + 10 + (statuses.Count * LegendRow);
        var svg = new StringBuilder();
        var title = WebUtility.HtmlEncode(view.T("chart_title", report.Year));
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 {LabelWidth + BarWidth + 10} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"chart-title\">{title}</title>");
        var y = 0;
        foreach (var area in report.FocusAreas)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 17}\" class=\"chart-label\">{area.Facts.Number}</text>");
            var x = LabelWidth;
            for (var i = 0; i < statuses.Count; i++)
            {
                var count = area.Count(statuses[i]);
                if (count == 0)
                {
                    continue;
                }

                var width = BarWidth * count / most;
                var textFill = i == statuses.Count - 1 ? "#1a1a1a" : "#ffffff";
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y + 2}\" width=\"{width}\" height=\"{RowHeight - 6}\" fill=\"{Fills[i]}\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 6}\" y=\"{y + 17}\" fill=\"{textFill}\">{count}</text>");
                x += width;
            }

            y += RowHeight;
        }

        y += 10;
        for (var i = 0; i < statuses.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"14\" height=\"14\" fill=\"{Fills[i]}\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + 22}\" y=\"{y + 15}\">{WebUtility.HtmlEncode(view.StatusName(statuses[i]))}: {report.Count(statuses[i])}</text>");
            y += LegendRow;
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}

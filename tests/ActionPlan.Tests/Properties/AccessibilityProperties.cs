using ActionPlan.Diagnostics;
using ActionPlan.Markup;
using ActionPlan.Tests.Markup;
using CsCheck;

namespace ActionPlan.Tests.Properties;

/// <summary>
/// Any page body of sound prose, links, headings, images and tables, with one accessibility fault of any kind planted
/// anywhere in it, in English or Danish: the checker reports exactly that fault, with its code, at its line and column.
/// </summary>
public sealed class AccessibilityProperties
{
    /// <summary>A fault: the lines it takes, and the code and column (on its first line) it is reported with.</summary>
    private sealed record Fault(string[] Lines, string Code, int Column, int LineOffset = 0);

    /// <summary>Blocks that are right: each a few lines, ending with a blank one.</summary>
    private static readonly string[][] Sound =
    [
        ["Read [the status report 2008](../publications/status-2008.md) and [Eurocities](https://eurocities.eu/).", ""],
        ["![A map of the partner cities](maps/partner-cities.png) ![](border.png \"decorative\")", ""],
        ["| Year | Goals |", "|------|-------|", "| 2008 | 3 |", ""],
        ["Write to <international@example.org> or see [kk.dk, the city's website](https://www.kk.dk/).", ""],
        ["- a list with [the networks](../networks/_index.md)", "- and **bold** text", ""],
    ];

    private static Gen<string> Cased(string text) =>
        Gen.OneOf(text, text.ToUpperInvariant(), char.ToUpperInvariant(text[0]) + text[1..])
            .SelectMany(t => Gen.OneOf("", ".", "…", "!", " »").Select(end => t + end));

    private static Gen<Fault> Faults(string language) => Gen.OneOf(
        // A link text that says nothing, in the page's language, in any case and with any punctuation.
        from prefix in Gen.OneOf("", "Text ", "Følg linket: ")
        from text in Gen.OneOf(VagueLinkTexts.BuiltIn[language].ToArray()).SelectMany(Cased)
        select new Fault([$"{prefix}[{text}](../projects/_index.md) and more words.", ""], "link-text", prefix.Length + 1),
        from prefix in Gen.OneOf("", "See ")
        from link in Gen.OneOf("[www.kk.dk](https://www.kk.dk/)", "<https://eurocities.eu/>", "https://example.org/report", "[kk.dk](http://kk.dk)")
        select new Fault([$"{prefix}{link} today.", ""], "link-address", prefix.Length + 1),
        Gen.Const(new Fault(["# A second title", ""], "heading-level", 1)),
        from level in Gen.Int[4, 6]
        select new Fault(["## Part", "", $"{new string('#', level)} Deep", ""], "heading-skip", 1, 2),
        // The name without its extension counts only where it is written as a file name, not as a word ("chart").
        from name in Gen.OneOf("chart.png", "IMG_2301.jpg", "berlin-map.png")
        from stem in Gen.Bool
        let alt = stem && name != "chart.png" ? Path.GetFileNameWithoutExtension(name) : name
        select new Fault([$"![{alt}](images/{name})", ""], "image-alt-file", 1),
        Gen.Const(new Fault(["[![](logo.png \"decorative\")](https://example.org/)", ""], "image-alt", 2)),
        Gen.Const(new Fault(["+---+---+", "| a | b |", "+---+---+", ""], "table-header", 1)),
        Gen.Const(new Fault(["| | |", "|-|-|", "| a | b |", ""], "table-header", 1)));

    [Fact]
    public void One_fault_planted_anywhere_in_either_language_is_the_one_warning_at_its_place()
    {
        var checker = new AccessibilityChecker(AccessibilityCheckerTests.Config());
        var gen =
            from language in Gen.OneOf("en", "da")
            from before in Gen.Int[0, Sound.Length - 1].List[0, 6]
            from fault in Faults(language)
            from after in Gen.Int[0, Sound.Length - 1].List[0, 6]
            from firstLine in Gen.Int[4, 20]
            select (language, before, fault, after, firstLine);
        gen.Sample(t =>
        {
            var (language, before, fault, after, firstLine) = t;
            // A heading first, so a planted deeper heading is judged against it, not the title.
            var lines = new List<string> { "## Start", "" };
            lines.AddRange(before.SelectMany(i => Sound[i]));
            var at = lines.Count + fault.LineOffset;
            lines.AddRange(fault.Lines);
            lines.AddRange(after.SelectMany(i => Sound[i]));
            var diagnostics = new DiagnosticBag();

            checker.Check("page.md", MarkupParser.Parse(string.Join('\n', lines), firstLine), language, diagnostics);

            Assert.Equal([$"page.md:{firstLine + at}:{fault.Column}: {fault.Code}"], diagnostics.ToSortedList().Select(d => $"{d.Location}: {d.Code}"));
        }, iter: 500);
    }
}

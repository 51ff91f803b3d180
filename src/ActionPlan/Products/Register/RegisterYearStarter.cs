using System.Globalization;
using ActionPlan.Diagnostics;
using ActionPlan.Domain;
using ActionPlan.Loading;
using ActionPlan.Model;
using ActionPlan.Rendering;
using ActionPlan.Scaffolding;

namespace ActionPlan.Products.Register;

/// <summary>
/// Starts a year's register edition in place, with lines added and nothing else changed: the year added to every
/// network of the latest edition, which the editor then takes from a network that left, or adds to one that joined
/// (<c>actionplan new register 2009</c>).
/// </summary>
public sealed class RegisterYearStarter : IYearStarter
{
    /// <summary>What the editor writes: <c>actionplan new register 2009</c>.</summary>
    public string Command => "register";

    /// <summary>
    /// Starts a year's register edition: the year added to each network of the latest earlier edition that has not
    /// ended before it (the files changed are the networks carried over); null (with a diagnostic) when there is no edition
    /// to carry over or the year has one already.
    /// </summary>
    public YearStarted? Start(string siteDirectory, Site site, int year, IReadOnlyDictionary<string, UiStrings> texts, DiagnosticBag diagnostics)
    {
        var networks = site.Written.Where(p => p.FrontMatter.Facts is NetworkFacts).OrderBy(p => p.Source.Path, StringComparer.Ordinal).ToList();
        if (networks.FirstOrDefault(p => ((NetworkFacts)p.FrontMatter.Facts).RegisterYears.Contains(year)) is { } already)
        {
            diagnostics.Error("exists", already.Source.Path, already.FrontMatter.LineOf(NetworkFields.Register.Key), 1, $"the {year} register edition is started already: this network is in it. Edit the networks' 'register:' lists instead.");
            return null;
        }

        var earlier = networks.SelectMany(p => ((NetworkFacts)p.FrontMatter.Facts).RegisterYears).Where(y => y < year).DefaultIfEmpty(0).Max();
        if (earlier == 0)
        {
            diagnostics.Error("usage", Command, 0, 0, $"there is no register edition before {year} to carry over: add {year} to the 'register:' list of each network in it.");
            return null;
        }

        var written = new List<string>();
        // A network whose end ('ended:') came before the year is not carried over: the administration had left it.
        foreach (var page in networks.Where(p => ((NetworkFacts)p.FrontMatter.Facts).RegisterYears.Contains(earlier) && !(p.FrontMatter.Facts.Ended?.Year < year)))
        {
            var path = Path.Combine(siteDirectory, page.Source.Path);
            var original = File.ReadAllBytes(path);
            var text = string.Join('\n', SourceLines.Of(original));
            if (Yaml.YamlListAppender.AppendToFrontMatter(text, NetworkFields.Register.Key, year.ToString(CultureInfo.InvariantCulture)) is not { } changed)
            {
                diagnostics.Error("usage", page.Source.Path, page.FrontMatter.LineOf(NetworkFields.Register.Key), 1, $"'register:' is written in a shape that cannot take {year} on its own line: add it by hand.");
                continue;
            }

            File.WriteAllBytes(path, ContentScanner.AsWritten(changed, original));
            written.Add(page.Source.Path);
        }

        return new YearStarted([], written,
            $"Every network of the latest edition now has {year} in 'register:'. Take {year} out of a network that was left, add it to one that joined. docs/editing.md, \"The next year\".");
    }
}

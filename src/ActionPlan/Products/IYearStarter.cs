using ActionPlan.Diagnostics;
using ActionPlan.Model;
using ActionPlan.Rendering;

namespace ActionPlan.Products;

/// <summary>
/// A yearly product's <c>actionplan new &lt;command&gt; YEAR</c>: starts the year's edition in the site's own files, in
/// place, with lines added and nothing else changed.
/// </summary>
public interface IYearStarter
{
    /// <summary>The word the editor writes after <c>new</c> (<c>status</c>, <c>register</c>).</summary>
    string Command { get; }

    /// <summary>
    /// Starts <paramref name="year"/> in the site at <paramref name="siteDirectory"/>, whose model <paramref name="site"/>
    /// is free of errors; null (with a diagnostic) when the year is started already or cannot be.
    /// </summary>
    YearStarted? Start(string siteDirectory, Site site, int year, IReadOnlyDictionary<string, UiStrings> texts, DiagnosticBag diagnostics);
}

/// <summary>What starting a year wrote, relative to the site folder, and what the editor does next.</summary>
/// <param name="Created">Files written new.</param>
/// <param name="Changed">Files changed in place.</param>
/// <param name="NextSteps">One paragraph: what to fill in or confirm, and where the editing guide says more.</param>
public sealed record YearStarted(IReadOnlyList<string> Created, IReadOnlyList<string> Changed, string NextSteps);

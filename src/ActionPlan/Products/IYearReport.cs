using ActionPlan.Model;

namespace ActionPlan.Products;

/// <summary>
/// A yearly product's figures for the terminal (<c>actionplan status [--year 2008]</c>), from the same computation as its
/// pages, in English whatever the site's languages.
/// </summary>
public interface IYearReport
{
    /// <summary>The command that prints it (<c>status</c>).</summary>
    string Command { get; }

    /// <summary>What the command prints, for <c>--help</c>.</summary>
    string Description { get; }

    /// <summary>The years the site has a report for, earliest first.</summary>
    IReadOnlyList<int> Years(Site site);

    /// <summary>Why a site has no report for any year, and what makes one.</summary>
    string NoYears { get; }

    /// <summary>Writes the report on <paramref name="year"/>, one of <see cref="Years"/>.</summary>
    void Write(Site site, int year, TextWriter output);
}

using System.Globalization;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Domain;

namespace ActionPlan.Model;

/// <summary>
/// Checks that the site says when: every page that states facts says as of when they hold, and no page is past its
/// review date. Each a warning, once per pair of twins.
/// </summary>
internal static class DatingChecker
{
    /// <summary>Checks the published written pages against the build's day, <paramref name="today"/>.</summary>
    public static void Check(SiteConfig config, IReadOnlyList<Page> pages, DateOnly today, DiagnosticBag diagnostics)
    {
        // One warning per pair of twins: the dates are facts they share, so the default language's page speaks for both.
        var twins = TwinGroups.Of(
            pages.Where(p => p.Role != PageRole.Paged && p.IsWritten && p.FrontMatter.Facts is { KindKnown: true } facts && !facts.Unknown.Contains("")),
            config.DefaultLanguage);
        foreach (var group in twins)
        {
            var page = group[0];
            var facts = page.FrontMatter.Facts;

            // A kind whose sources are required has an error already when it cites none, and twins of which one says
            // when have the twin-facts error: the warning would say it twice.
            if (page.Role == PageRole.Regular && ContentKind.StatingFacts.Contains(page.Kind) && !config.SourcesRequired.Contains(page.Kind)
                && group.All(p => p.FrontMatter.Facts is { AsOf: null, Citations.Count: 0 } f && !f.Unknown.Contains(KindBinder.SourcesKey) && !f.Unknown.Contains(KindBinder.AsOfKey)))
            {
                diagnostics.Warning("as-of", page.Source.Path, page.FrontMatter.LineOf(Loading.PageFields.Title.Key), 1,
                    $"this {page.Kind.Name} page does not say as of when its facts hold: cite the document they come from ('sources: [<publication id>]'), or add 'as_of: <year>' (a year, month or day, such as as_of: 2008).");
            }

            if (facts.ReviewBy is { } due && due < today)
            {
                var at = facts.Facts.FirstOrDefault(f => f.Path == KindBinder.ReviewByKey);
                var owner = facts.Owner is { } id ? $" (owner: {id})" : "";
                diagnostics.Warning("review-due", page.Source.Path, at?.Line ?? page.FrontMatter.LineOf(KindBinder.ReviewByKey), at?.Column ?? 1,
                    string.Create(CultureInfo.InvariantCulture, $"this page was to be reviewed by {due:yyyy-MM-dd}{owner}: check that it is still right in every language, then set 'review_by:' to the next date."));
            }
        }
    }
}

using ActionPlan.Model;

namespace ActionPlan.Rendering;

/// <summary>
/// Picks a page's layout. A written page's, most specific first: the front matter's <c>layout</c>, then the
/// section's own (<c>Layouts/&lt;section&gt;/single</c> or <c>/list</c>), then the theme's general one
/// (<c>Layouts/home</c>, <c>Layouts/list</c>, <c>Layouts/single</c>); a made page's is its kind's
/// (<c>Layouts/generated/&lt;kind&gt;</c>), and a listing's later page has its first page's.
/// </summary>
public static class LayoutSelector
{
    /// <summary>The template key of the root page that offers the languages.</summary>
    public const string LanguageChoice = "Layouts/language-choice";

    /// <summary>The layout keys to try for a page, in order.</summary>
    public static IReadOnlyList<string> Candidates(Page page)
    {
        if (page.Role == PageRole.Paged)
        {
            return Candidates(page.Parent!);
        }

        if (!page.IsWritten)
        {
            return [$"Layouts/generated/{page.Type!.Name}"];
        }

        var candidates = new List<string>();
        if (page.FrontMatter.Layout is { } layout)
        {
            candidates.Add($"Layouts/{layout}");
        }

        var role = page.Role == PageRole.Regular ? "single" : "list";
        if (page.Role == PageRole.Home)
        {
            candidates.Add("Layouts/home");
        }
        else
        {
            candidates.Add($"Layouts/{page.Section}/{role}");
        }

        candidates.Add($"Layouts/{role}");
        return candidates;
    }
}

using ActionPlan.Domain;
using ActionPlan.Model;
using ActionPlan.Reports;

namespace ActionPlan.Rendering;

/// <summary>
/// Picks a page's layout, most specific first: the front matter's <c>layout</c>, then the section's own
/// (<c>Layouts/&lt;section&gt;/single</c> or <c>/list</c>), then the theme's general one
/// (<c>Layouts/home</c>, <c>Layouts/list</c>, <c>Layouts/single</c>).
/// </summary>
public static class LayoutSelector
{
    /// <summary>The template key of the root page that offers the languages.</summary>
    public const string LanguageChoice = "Layouts/language-choice";

    /// <summary>The layout of a kind of generated page: <c>Layouts/generated/&lt;kind&gt;</c>.</summary>
    public static string For(GeneratedPageKind kind) => $"Layouts/generated/{Choices.Name(kind)}";

    /// <summary>The layout keys to try for a page, in order.</summary>
    public static IReadOnlyList<string> Candidates(Page page)
    {
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

namespace ActionPlan.Tests.Support;

/// <summary>The smallest complete bilingual site: home pages and a projects section in both languages.</summary>
internal static class Minimal
{
    public static (string Path, string Text)[] Files(params (string Path, string Text)[] more) =>
    [
        ("content/_index.en.md", TestSite.Page("Home", "Welcome.")),
        ("content/_index.da.md", TestSite.Page("Forside", "Velkommen.")),
        ("content/projects/_index.en.md", TestSite.Page("Projects")),
        ("content/projects/_index.da.md", TestSite.Page("Projekter")),
        .. more,
    ];
}

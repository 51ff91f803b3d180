namespace ActionPlan.Domain;

/// <summary>
/// The names editors write for kinds (<c>kind: best-practice</c>) and the convention that a top-level
/// folder gives its pages a kind: <c>projects/</c> holds projects, <c>cities/</c> cities, and so on.
/// </summary>
public static class ContentKinds
{
    private static readonly (ContentKind Kind, string Name, string Folder)[] Table =
    [
        (ContentKind.Page, "page", ""),
        (ContentKind.Project, "project", "projects"),
        (ContentKind.BestPractice, "best-practice", "best-practice"),
        (ContentKind.Network, "network", "networks"),
        (ContentKind.FocusArea, "focus-area", "focus-areas"),
        (ContentKind.Activity, "activity", "activities"),
        (ContentKind.Publication, "publication", "publications"),
        (ContentKind.Contact, "contact", "contacts"),
        (ContentKind.City, "city", "cities"),
    ];

    /// <summary>Every kind's name, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = Table.Select(t => t.Name).ToList();

    /// <summary>The name editors write for a kind.</summary>
    public static string NameOf(ContentKind kind) => Table.First(t => t.Kind == kind).Name;

    /// <summary>The kind with a name, or null.</summary>
    public static ContentKind? Parse(string name) => Table.Where(t => t.Name == name).Select(t => (ContentKind?)t.Kind).FirstOrDefault();

    /// <summary>The kind a top-level folder gives its pages (plain pages elsewhere).</summary>
    public static ContentKind ForFolder(string topFolder) =>
        Table.Where(t => t.Folder.Length > 0 && t.Folder == topFolder).Select(t => t.Kind).FirstOrDefault(ContentKind.Page);

    /// <summary>The top-level folder that holds a kind's pages by convention ('' for plain pages).</summary>
    public static string FolderOf(ContentKind kind) => Table.First(t => t.Kind == kind).Folder;
}

namespace ActionPlan.Tests.Support;

/// <summary>The repository's own site: site.yml and content/ beside ActionPlan.sln.</summary>
internal static class RealSite
{
    /// <summary>The repository's top folder, found upwards from the test program.</summary>
    public static string Folder { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ActionPlan.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("ActionPlan.sln not found above the test folder");
    }
}

namespace ActionPlan.Tests.Support;

/// <summary>The repository's own site: site.yml and content/ beside ActionPlan.sln.</summary>
internal static class RealSite
{
    /// <summary>The repository's top folder, found upwards from the test program.</summary>
    public static string Folder { get; } = Find();

    /// <summary>A new test site holding a copy of the real site's site.yml, word lists (words.*.txt) and content/.</summary>
    public static TestSite Copy()
    {
        var site = TestSite.Create();
        File.Copy(Path.Combine(Folder, "site.yml"), Path.Combine(site.Root, "site.yml"), overwrite: true);
        foreach (var list in Directory.EnumerateFiles(Folder, "words.*.txt"))
        {
            File.Copy(list, Path.Combine(site.Root, Path.GetFileName(list)), overwrite: true);
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(Folder, "content"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(site.Root, Path.GetRelativePath(Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        return site;
    }

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

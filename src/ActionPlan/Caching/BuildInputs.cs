using ActionPlan.Loading;

namespace ActionPlan.Caching;

/// <summary>
/// Everything a build reads, as one SHA-256: the site's own files (site.yml, word lists and terms at its top, every
/// file below content/, static/ and themes/), the default theme, the dictionaries (by file, size and time), the
/// site's git state (the commit and what is not committed), the day and the options. Two builds with the same digest
/// and the same previous output make the same output and the same findings. A file that is not an input only costs
/// a build that could have been skipped; an input left out would make a wrong one, so the list errs wide.
/// </summary>
internal static class BuildInputs
{

    /// <summary>
    /// The digest of the inputs of a build with <paramref name="options"/> of the site in <paramref name="site"/> into
    /// <paramref name="output"/>; null when the site folder cannot be read (the build then says what is wrong).
    /// </summary>
    public static byte[]? Digest(Build.BuildOptions options, string site, string output)
    {
        try
        {
            return DigestOf(options, site, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static byte[] DigestOf(Build.BuildOptions options, string site, string output)
    {
        var key = new KeyBuilder()
            .Add(options.PrintPdfs ? 1 : 0).Add(options.CheckWriting ? 1 : 0)
            .Add(options.Publishing.IncludeDrafts ? 1 : 0).Add(options.Publishing.Today.DayNumber)
            // Outside git the clock's year stands in for the year of first publication.
            .Add(DateTime.UtcNow.Year);
        if (Printing.PdfPrinter.FindChromium() is { } chromium)
        {
            key.AddFile(chromium);
        }


        // The output's own companions (its spare, scans, record and marker) lie beside it, maybe at the site's top.
        var companions = $".{Path.GetFileName(output.TrimEnd(Path.DirectorySeparatorChar))}.";
        AddFiles(key, site, Directory.EnumerateFiles(site).Where(f => !Path.GetFileName(f).StartsWith(companions, StringComparison.Ordinal)));
        foreach (var folder in new[] { ContentScanner.ContentFolder, ContentScanner.StaticFolder, "themes" })
        {
            var full = Path.Combine(site, folder);
            AddFiles(key, site, Below(full));
        }

        AddFiles(key, options.BuiltInThemeDirectory, Below(options.BuiltInThemeDirectory));
        foreach (var folder in options.Dictionaries.Folders)
        {
            key.Add(folder);
            foreach (var file in Below(folder).Order(StringComparer.Ordinal))
            {
                key.AddFile(file);
            }
        }

        // Dates come from the history of content/: the commit checked out, whether the clone is shallow, and what is not yet committed.
        if (Git.IsWorkTree(site))
        {
            key.Add(Git.Run(site, "rev-parse", "HEAD", "--is-shallow-repository") ?? "")
                .Add(Git.Run(site, "status", "--porcelain", "-z", "--untracked-files=all", "--", ContentScanner.ContentFolder) ?? "");
        }

        return key.Digest();
    }

    /// <summary>Every file and link below a folder, hidden ones too; links are listed, not followed (the build reports them).</summary>
    private static IEnumerable<string> Below(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        return new System.IO.Enumeration.FileSystemEnumerable<string>(folder, (ref System.IO.Enumeration.FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => !entry.IsDirectory || (entry.Attributes & FileAttributes.ReparsePoint) != 0,
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
    }

    private static void AddFiles(KeyBuilder key, string root, IEnumerable<string> files)
    {
        var ordered = files.Select(f => (Relative: Path.GetRelativePath(root, f), Full: f)).OrderBy(f => f.Relative, StringComparer.Ordinal).ToList();
        var digests = new byte[ordered.Count][];
        Parallel.For(0, ordered.Count, i => digests[i] = DigestOf(ordered[i].Full));
        key.Add(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            key.Add(ordered[i].Relative).Add(digests[i]);
        }
    }

    /// <summary>A file's bytes as a SHA-256; a link by where it points; a file that cannot be read as such (the build reports it).</summary>
    private static byte[] DigestOf(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.LinkTarget is { } target
                ? System.Text.Encoding.UTF8.GetBytes("link:" + target)
                : System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return System.Text.Encoding.UTF8.GetBytes("unreadable:" + e.GetType().Name);
        }
    }
}

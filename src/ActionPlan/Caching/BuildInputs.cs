using ActionPlan.Loading;

namespace ActionPlan.Caching;

/// <summary>
/// Everything a build reads, as SHA-256 digests: the site's own files (site.yml, word lists and terms at its top, every
/// file below content/, static/ and themes/), the default theme, the dictionaries (by file, size and time), the
/// site's git state (the commit and what is not committed), the day and the options. Two builds with the same
/// <see cref="All"/> and the same previous output make the same output and the same findings. A file that is not an
/// input only costs work that could have been skipped; an input left out would make a wrong build, so the list errs wide.
/// </summary>
/// <param name="All">The digest of every input.</param>
/// <param name="Shell">The digest of every input but the content's Markdown files: with each page's front matter and
/// headings, what the rendering of any page but a changed one depends on (<see cref="RenderMemory"/>).</param>
internal sealed record BuildInputs(byte[] All, byte[] Shell)
{
    /// <summary>
    /// The inputs of a build with <paramref name="options"/> of the site in <paramref name="site"/> into
    /// <paramref name="output"/>; null when the site folder cannot be read (the build then says what is wrong).
    /// </summary>
    public static BuildInputs? Read(Build.BuildOptions options, string site, string output, FileDigests files)
    {
        try
        {
            return ReadAll(options, site, output, files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static BuildInputs ReadAll(Build.BuildOptions options, string site, string output, FileDigests files)
    {
        var (all, shell) = (new KeyBuilder(), new KeyBuilder());
        void Both(Action<KeyBuilder> add)
        {
            add(all);
            add(shell);
        }

        Both(key => key.Add(options.PrintPdfs ? 1 : 0).Add(options.CheckWriting ? 1 : 0)
            .Add(options.Publishing.IncludeDrafts ? 1 : 0).Add(options.Publishing.Today.DayNumber)
            // Outside git the clock's year stands in for the year of first publication.
            .Add(DateTime.UtcNow.Year));
        if (Printing.PdfPrinter.FindChromium() is { } chromium)
        {
            Both(key => key.AddFile(chromium));
        }

        // The output's own companions (its spare, scans, record and marker) lie beside it, maybe at the site's top.
        var companions = $".{Path.GetFileName(output.TrimEnd(Path.DirectorySeparatorChar))}.";
        var digests = Digests(files, site, Directory.EnumerateFiles(site).Where(f => !Path.GetFileName(f).StartsWith(companions, StringComparison.Ordinal)))
            .Concat(new[] { ContentScanner.ContentFolder, ContentScanner.StaticFolder, "themes" }.SelectMany(folder => Digests(files, site, Below(Path.Combine(site, folder)))))
            .Concat(Digests(files, options.BuiltInThemeDirectory, Below(options.BuiltInThemeDirectory)).Select(f => ("default theme/" + f.Relative, f.Digest)))
            .ToList();
        foreach (var (relative, digest) in digests)
        {
            all.Add(relative).Add(digest);
            if (!(relative.StartsWith(ContentScanner.ContentFolder + "/", StringComparison.Ordinal) && relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase)))
            {
                shell.Add(relative).Add(digest);
            }
        }

        foreach (var folder in options.Dictionaries.Folders)
        {
            Both(key => key.Add(folder));
            foreach (var file in Below(folder).Order(StringComparer.Ordinal))
            {
                Both(key => key.AddFile(file));
            }
        }

        // Dates come from the history of content/: the commit checked out and whether the clone is shallow. What is not
        // yet committed dates nothing (a page is dated by its first commit) and its bytes are inputs already, so it is
        // left out of the rendering's part: otherwise the first edit of a committed file would render every page.
        if (Git.IsWorkTree(site))
        {
            var (head, status) = (Git.Run(site, "rev-parse", "HEAD", "--is-shallow-repository") ?? "",
                Git.Run(site, "status", "--porcelain", "-z", "--untracked-files=all", "--", ContentScanner.ContentFolder) ?? "");
            Both(key => key.Add(head));
            all.Add(status);
        }

        return new BuildInputs(all.Digest(), shell.Digest());
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

    /// <summary>Each file's path (relative to <paramref name="root"/>, '/'-separated) and digest, in path order.</summary>
    private static List<(string Relative, byte[] Digest)> Digests(FileDigests kept, string root, IEnumerable<string> files)
    {
        var ordered = files.Select(f => (Relative: Path.GetRelativePath(root, f).Replace('\\', '/'), Full: f)).OrderBy(f => f.Relative, StringComparer.Ordinal).ToList();
        var digests = new byte[ordered.Count][];
        Parallel.For(0, ordered.Count, i => digests[i] = DigestOf(kept, ordered[i].Full));
        return [.. ordered.Select((f, i) => (f.Relative, digests[i]))];
    }

    /// <summary>A file's bytes as a SHA-256; a link by where it points; a file that cannot be read as such (the build reports it).</summary>
    private static byte[] DigestOf(FileDigests kept, string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.LinkTarget is { } target
                ? System.Text.Encoding.UTF8.GetBytes("link:" + target)
                : kept.DigestOf(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return System.Text.Encoding.UTF8.GetBytes("unreadable:" + e.GetType().Name);
        }
    }
}

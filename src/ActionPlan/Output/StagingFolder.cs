using System.Collections.Concurrent;
using System.Text;

namespace ActionPlan.Output;

/// <summary>
/// A folder beside the output folder that a build writes into. Only <see cref="Publish"/> puts it in the output
/// folder's place, so a failed or killed build leaves the previous output exactly as it was.
/// <para>
/// Creating files and folders is the slow part of writing a site, so a build starts from the output before last
/// (kept beside the output as <c>.&lt;name&gt;.spare</c>) rather than from nothing: a file whose bytes are already
/// right stays, one whose bytes equal the current output's is linked to it, only the rest is written, and what
/// the build did not write is removed before the swap. A file is never changed in place: it may be the same file
/// as the one the public output holds.
/// </para>
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private const string StagingMarker = ".staging-";
    private const string RetiredMarker = ".retired-";
    private const string SpareMarker = "spare";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _output;
    private readonly string _spare;
    private readonly bool _hasPrevious;
    private readonly bool _recycled;
    private readonly ConcurrentDictionary<string, Lazy<string>> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _files = new(StringComparer.Ordinal);
    private bool _published;
    private int _written;
    private int _unchanged;

    private StagingFolder(string output, string spare, string path, bool recycled)
    {
        _output = output;
        _spare = spare;
        _hasPrevious = Directory.Exists(output);
        _recycled = recycled;
        Path = path;
    }

    /// <summary>The staging folder's full path.</summary>
    public string Path { get; }

    /// <summary>How many files were written because they are new or their bytes changed.</summary>
    public int Written => _written;

    /// <summary>How many files were not written because their bytes were already there (kept or linked).</summary>
    public int Unchanged => _unchanged;

    /// <summary>
    /// Creates a staging folder for an output folder: the spare one when there is one, else a new one. Folders
    /// left by an earlier, interrupted build are removed (or one of them serves as the spare).
    /// </summary>
    public static StagingFolder Create(string outputDirectory)
    {
        var output = System.IO.Path.GetFullPath(outputDirectory).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(output)!;
        var name = System.IO.Path.GetFileName(output);
        var spare = Beside(output, SpareMarker);
        Directory.CreateDirectory(parent);
        var leftovers = Directory.EnumerateDirectories(parent, $".{name}{StagingMarker}*")
            .Concat(Directory.EnumerateDirectories(parent, $".{name}{RetiredMarker}*"))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (!Directory.Exists(spare) && leftovers.Count > 0)
        {
            // Whatever an interrupted build left is as good a start as any: every file in it is checked anyway.
            Directory.Move(leftovers[^1], spare);
            leftovers.RemoveAt(leftovers.Count - 1);
        }

        foreach (var leftover in leftovers)
        {
            Directory.Delete(leftover, recursive: true);
        }

        var path = System.IO.Path.Combine(parent, $".{name}{StagingMarker}{Environment.ProcessId}-{Guid.NewGuid():N}");
        var recycled = Directory.Exists(spare);
        if (recycled)
        {
            Directory.Move(spare, path);
        }
        else
        {
            Directory.CreateDirectory(path);
        }

        return new StagingFolder(output, spare, path, recycled);
    }

    /// <summary>
    /// The path of a build's companion file or folder beside an output folder, <c>.&lt;name&gt;.&lt;what&gt;</c>: hidden,
    /// outside what is published, and kept with the output (the spare, the link check's scans).
    /// </summary>
    public static string Beside(string outputDirectory, string what)
    {
        var output = System.IO.Path.GetFullPath(outputDirectory).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(output)!, $".{System.IO.Path.GetFileName(output)}.{what}");
    }

    /// <summary>Writes a text file (UTF-8, no byte-order mark) at a '/'-separated path inside the folder; thread-safe.</summary>
    public void WriteText(string relativePath, string text)
    {
        var bytes = Utf8.GetBytes(text);
        Put(relativePath, file => FileBytes.Equal(file, bytes), target => File.WriteAllBytes(target, bytes));
    }

    /// <summary>
    /// Takes the previous output's file at a '/'-separated path, known to hold the page's bytes: linked, never read. A
    /// folder recycled from an older build has its file there replaced by the link, which costs less than reading it
    /// to compare. <paramref name="text"/> is read only where the link cannot be made; thread-safe.
    /// </summary>
    public void KeepPrevious(string relativePath, Func<string> text)
    {
        var previous = System.IO.Path.Combine(_output, relativePath);
        Put(relativePath, file => file == previous, target => File.WriteAllBytes(target, Utf8.GetBytes(text())));
    }

    /// <summary>Writes bytes at a '/'-separated path inside the folder; thread-safe.</summary>
    public void WriteBytes(string relativePath, byte[] bytes) =>
        Put(relativePath, file => FileBytes.Equal(file, bytes), target => File.WriteAllBytes(target, bytes));

    /// <summary>Copies a file to a '/'-separated path inside the folder; thread-safe.</summary>
    public void Copy(string sourcePath, string relativePath) =>
        Put(relativePath, file => FileBytes.Equal(file, sourcePath), target => File.Copy(sourcePath, target));

    private void Put(string relativePath, Func<string, bool> holdsTheBytes, Action<string> write)
    {
        var target = Resolve(relativePath);
        _files[target] = true;
        CreateFolderOf(target);
        if (_recycled)
        {
            if (holdsTheBytes(target))
            {
                Interlocked.Increment(ref _unchanged);
                return;
            }

            // Removed, never overwritten: the file may be the very one the public output holds.
            Remove(target);
        }

        var previous = System.IO.Path.Combine(_output, relativePath);
        if (_hasPrevious && holdsTheBytes(previous) && HardLink.TryCreate(previous, target))
        {
            Interlocked.Increment(ref _unchanged);
            return;
        }

        write(target);
        Interlocked.Increment(ref _written);
    }

    // Each folder once, and every writer into it waits until it exists: asking the file system for every file costs a call each time.
    private void CreateFolderOf(string target) =>
        _ = _folders.GetOrAdd(System.IO.Path.GetDirectoryName(target)!, folder => new Lazy<string>(() =>
        {
            if (_recycled && File.Exists(folder))
            {
                // The spare had a file where this build needs a folder.
                File.Delete(folder);
            }

            return Directory.CreateDirectory(folder).FullName;
        })).Value;

    private static void Remove(string target)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }
        else
        {
            File.Delete(target);
        }
    }

    /// <summary>The full path of a file inside the folder.</summary>
    public string Resolve(string relativePath)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relativePath));
        if (!full.StartsWith(Path + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write outside the output folder: {relativePath}");
        }

        return full;
    }

    /// <summary>
    /// Swaps the staging folder in as the output folder, after removing what the spare held that this build did
    /// not write; the old output becomes the spare for the next build.
    /// </summary>
    public void Publish()
    {
        if (_recycled)
        {
            RemoveUnwritten();
        }

        var parent = System.IO.Path.GetDirectoryName(_output)!;
        var retired = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(_output)}{RetiredMarker}{Guid.NewGuid():N}");
        if (Directory.Exists(_output))
        {
            Directory.Move(_output, retired);
        }

        Directory.Move(Path, _output);
        _published = true;
        if (Directory.Exists(retired))
        {
            if (Directory.Exists(_spare))
            {
                Directory.Delete(retired, recursive: true);
            }
            else
            {
                Directory.Move(retired, _spare);
            }
        }
    }

    /// <summary>Unless it was published, keeps the staging folder as the spare (or removes it when there is one).</summary>
    public void Dispose()
    {
        if (_published || !Directory.Exists(Path))
        {
            return;
        }

        if (Directory.Exists(_spare))
        {
            Directory.Delete(Path, recursive: true);
        }
        else
        {
            Directory.Move(Path, _spare);
        }
    }

    private void RemoveUnwritten()
    {
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var file in Directory.EnumerateFiles(Path, "*", options).Where(f => !_files.ContainsKey(f)).ToList())
        {
            File.Delete(file);
            emptied.Add(System.IO.Path.GetDirectoryName(file)!);
        }

        // Folders the removals left empty, deepest first, and their parents as they empty in turn; a folder already
        // removed as the parent of a deeper one is passed over.
        foreach (var folder in emptied.OrderByDescending(f => f.Length))
        {
            for (var current = folder; current.Length > Path.Length && Directory.Exists(current) && !Directory.EnumerateFileSystemEntries(current).Any(); current = System.IO.Path.GetDirectoryName(current)!)
            {
                Directory.Delete(current);
            }
        }
    }
}

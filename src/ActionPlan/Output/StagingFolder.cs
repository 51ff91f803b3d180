using System.Text;

namespace ActionPlan.Output;

/// <summary>
/// A fresh folder beside the output folder that a build writes into. Only <see cref="Publish"/> puts it in
/// the output folder's place, so a failed build leaves the previous output exactly as it was. A file whose
/// bytes equal the previous output's is not written again but linked to it: creating and writing files is the
/// slow part of a build, and linking costs next to nothing. The swap leaves the output whole either way.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private const string StagingMarker = ".staging-";
    private const string RetiredMarker = ".retired-";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _output;
    private readonly bool _hasPrevious;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<string>> _folders = new(StringComparer.Ordinal);
    private bool _published;
    private int _written;
    private int _unchanged;

    private StagingFolder(string output, string path)
    {
        _output = output;
        _hasPrevious = Directory.Exists(output);
        Path = path;
    }

    /// <summary>The staging folder's full path.</summary>
    public string Path { get; }

    /// <summary>How many files were written because they are new or their bytes changed.</summary>
    public int Written => _written;

    /// <summary>How many files were linked to the previous output's, whose bytes they equal.</summary>
    public int Unchanged => _unchanged;

    /// <summary>Creates a staging folder for an output folder, first removing any left by an earlier, interrupted build.</summary>
    public static StagingFolder Create(string outputDirectory)
    {
        var output = System.IO.Path.GetFullPath(outputDirectory).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(output)!;
        var name = System.IO.Path.GetFileName(output);
        Directory.CreateDirectory(parent);
        foreach (var leftover in Directory.EnumerateDirectories(parent, $".{name}{StagingMarker}*")
                     .Concat(Directory.EnumerateDirectories(parent, $".{name}{RetiredMarker}*")))
        {
            Directory.Delete(leftover, recursive: true);
        }

        var path = System.IO.Path.Combine(parent, $".{name}{StagingMarker}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return new StagingFolder(output, path);
    }

    /// <summary>Writes a text file (UTF-8, no byte-order mark) at a '/'-separated path inside the folder; thread-safe.</summary>
    public void WriteText(string relativePath, string text)
    {
        var bytes = Utf8.GetBytes(text);
        var target = Resolve(relativePath);
        CreateFolderOf(target);
        if (LinkedToPrevious(relativePath, target, previous => FileBytes.Equal(previous, bytes)))
        {
            return;
        }

        File.WriteAllBytes(target, bytes);
        Interlocked.Increment(ref _written);
    }

    /// <summary>Copies a file to a '/'-separated path inside the folder; thread-safe.</summary>
    public void Copy(string sourcePath, string relativePath)
    {
        var target = Resolve(relativePath);
        CreateFolderOf(target);
        if (LinkedToPrevious(relativePath, target, previous => FileBytes.Equal(previous, sourcePath)))
        {
            return;
        }

        File.Copy(sourcePath, target, overwrite: true);
        Interlocked.Increment(ref _written);
    }

    // Each folder once, and every writer into it waits until it exists: asking the file system for every file costs a call each time.
    private void CreateFolderOf(string target) =>
        _ = _folders.GetOrAdd(System.IO.Path.GetDirectoryName(target)!, folder => new Lazy<string>(() => Directory.CreateDirectory(folder).FullName)).Value;

    private bool LinkedToPrevious(string relativePath, string target, Func<string, bool> unchanged)
    {
        if (!_hasPrevious)
        {
            return false;
        }

        var previous = System.IO.Path.Combine(_output, relativePath);
        if (!unchanged(previous) || !HardLink.TryCreate(previous, target))
        {
            return false;
        }

        Interlocked.Increment(ref _unchanged);
        return true;
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

    /// <summary>Swaps the staging folder in as the output folder; the old output is removed only after the swap.</summary>
    public void Publish()
    {
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
            // Removing thousands of files and folders waits mostly on the file system: several at a time is faster.
            Parallel.ForEach(Directory.EnumerateDirectories(retired), folder => Directory.Delete(folder, recursive: true));
            Directory.Delete(retired, recursive: true);
        }
    }

    /// <summary>Removes the staging folder unless it was published.</summary>
    public void Dispose()
    {
        if (!_published && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}

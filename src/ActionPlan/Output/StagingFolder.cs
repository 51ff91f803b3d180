using System.Text;

namespace ActionPlan.Output;

/// <summary>
/// A fresh folder beside the output folder that a build writes into. Only <see cref="Publish"/> puts it in
/// the output folder's place, so a failed build leaves the previous output exactly as it was.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private const string StagingMarker = ".staging-";
    private const string RetiredMarker = ".retired-";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _output;
    private bool _published;

    private StagingFolder(string output, string path)
    {
        _output = output;
        Path = path;
    }

    /// <summary>The staging folder's full path.</summary>
    public string Path { get; }

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

    /// <summary>Writes a text file (UTF-8, no byte-order mark) at a '/'-separated path inside the folder.</summary>
    public void WriteText(string relativePath, string text)
    {
        var target = Resolve(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text, Utf8);
    }

    /// <summary>Copies a file to a '/'-separated path inside the folder.</summary>
    public void Copy(string sourcePath, string relativePath)
    {
        var target = Resolve(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.Copy(sourcePath, target, overwrite: true);
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

using System.Text;

namespace ActionPlan.Output;

/// <summary>
/// Writes a preview build straight into its folder, kept from one build to the next: only files whose bytes
/// changed are written and files no longer built are removed (on the first write, also what an earlier session left). Fast, but not atomic, so it is for preview
/// only; published builds go through <see cref="StagingFolder"/>. Not shared between threads.
/// </summary>
public sealed class PreviewOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Dictionary<string, string> _written = new(StringComparer.Ordinal);
    private bool _swept;

    /// <summary>Writes a build's files into <paramref name="folder"/>; returns how many were written.</summary>
    /// <param name="folder">The preview folder.</param>
    /// <param name="texts">Files made from text, by output path.</param>
    /// <param name="copies">Files copied, by output path → source path.</param>
    public int Write(string folder, IReadOnlyDictionary<string, string> texts, IReadOnlyDictionary<string, string> copies)
    {
        var root = Path.GetFullPath(folder);
        var written = 0;
        var now = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text) in texts)
        {
            now[path] = text;
        }

        foreach (var (path, source) in copies)
        {
            var info = new FileInfo(source);
            now[path] = $"copy:{source}:{info.Length}:{info.LastWriteTimeUtc.Ticks}";
        }

        foreach (var stale in _written.Keys.Where(p => !now.ContainsKey(p)).ToList())
        {
            File.Delete(Target(root, stale));
            _written.Remove(stale);
        }

        if (!_swept)
        {
            // The folder outlives the session: what an earlier one wrote (a page since renamed) must not be served as this build's.
            RemoveUnbuilt(root, now);
            _swept = true;
        }

        foreach (var (path, stamp) in now)
        {
            var target = Target(root, path);
            if (_written.TryGetValue(path, out var before) && string.Equals(before, stamp, StringComparison.Ordinal) && File.Exists(target))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (texts.TryGetValue(path, out var text))
            {
                File.WriteAllText(target, text, Utf8);
            }
            else
            {
                File.Copy(copies[path], target, overwrite: true);
            }

            _written[path] = stamp;
            written++;
        }

        return written;
    }

    private static void RemoveUnbuilt(string root, IReadOnlyDictionary<string, string> built)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        foreach (var file in Directory.EnumerateFiles(root, "*", options).ToList())
        {
            if (!built.ContainsKey(Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/')))
            {
                File.Delete(file);
            }
        }

        // Deepest first, so a folder emptied of its folders goes too.
        foreach (var folder in Directory.EnumerateDirectories(root, "*", options).OrderByDescending(f => f.Length).ToList())
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }

    private static string Target(string root, string path)
    {
        var full = Path.GetFullPath(Path.Combine(root, path));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException($"refusing to write outside the preview folder: {path}");
    }
}

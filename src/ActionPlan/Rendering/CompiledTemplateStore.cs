using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace ActionPlan.Rendering;

/// <summary>
/// Keeps compiled Razor templates on disk between runs, so a cold build loads them instead of starting
/// Roslyn (about 3 s). An entry is named by a hash of the template's text, its imports and the tool's own
/// build, so an edited template, a changed import or a new tool version compiles again; nothing else does.
/// Entries are shared by every site using the folder; one unused for <see cref="UnusedFor"/> is removed.
/// </summary>
public sealed class CompiledTemplateStore
{
    /// <summary>The folder a site's compiled templates are kept in, below the site folder.</summary>
    public const string DefaultFolder = ".actionplan/templates";

    // The compiled code binds to the tool's types, RazorLight's base classes and the runtime's assemblies.
    private static readonly string ToolStamp = string.Join('|',
        typeof(CompiledTemplateStore).Assembly.ManifestModule.ModuleVersionId,
        typeof(RazorLight.RazorLightEngine).Assembly.ManifestModule.ModuleVersionId,
        Environment.Version);

    /// <summary>How long an entry may go unused before <see cref="RemoveUnused"/> deletes it: a week.</summary>
    public static readonly TimeSpan UnusedFor = TimeSpan.FromDays(7);

    // A process that builds many times (a preview, the tests) loads each entry once: an assembly loaded is never unloaded,
    // and each load's code is compiled to machine code anew. An entry rewritten (a damaged one replaced) loads again.
    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Written), Assembly> Loaded = new();

    private readonly object _lock = new();

    /// <summary>Creates a store over a folder, made when the first template is saved.</summary>
    public CompiledTemplateStore(string folder)
    {
        Folder = Path.GetFullPath(folder);
    }

    /// <summary>The folder holding the compiled templates.</summary>
    public string Folder { get; }

    /// <summary>How many templates were compiled (and saved), since this store was made.</summary>
    public int Compiled { get; private set; }

    /// <summary>The name of a template's entry: a hash of the tool, the template's key, its text and its imports' texts.</summary>
    public static string StampOf(string key, string text, IEnumerable<string> imports)
    {
        var all = new StringBuilder(ToolStamp).Append('\0').Append(key).Append('\0').Append(text);
        foreach (var import in imports)
        {
            all.Append('\0').Append(import);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())));
    }

    /// <summary>The compiled template with this stamp, or null when there is none or it cannot be loaded.</summary>
    public Assembly? TryLoad(string stamp)
    {
        var file = new FileInfo(PathOf(stamp));
        if (!file.Exists)
        {
            return null;
        }

        try
        {
            // The file time says when the entry was last used; touched at most daily to spare the writes.
            if (file.LastWriteTimeUtc < DateTime.UtcNow.AddDays(-1))
            {
                file.LastWriteTimeUtc = DateTime.UtcNow;
            }

            return Loaded.GetOrAdd((file.FullName, file.Length, file.LastWriteTimeUtc), entry => Assembly.Load(File.ReadAllBytes(entry.Path)));
        }
        catch (Exception e) when (e is BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            // A damaged or unreadable entry is only a cache miss: the template compiles again and replaces it.
            return null;
        }
    }

    /// <summary>Saves a compiled template; a file that cannot be written only costs the next run a compile.</summary>
    public void Save(string stamp, byte[] assembly)
    {
        lock (_lock)
        {
            Compiled++;
        }

        try
        {
            Directory.CreateDirectory(Folder);
            var temporary = Path.Combine(Folder, $".{stamp}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            File.WriteAllBytes(temporary, assembly);

            // Renamed into place, so another build never reads half a file.
            File.Move(temporary, PathOf(stamp), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Removes entries unused for <see cref="UnusedFor"/> (old versions of edited templates), and stray temporary files.</summary>
    public void RemoveUnused()
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        var before = DateTime.UtcNow - UnusedFor;
        foreach (var file in Directory.EnumerateFiles(Folder).Where(f => File.GetLastWriteTimeUtc(f) < before))
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private string PathOf(string stamp) => Path.Combine(Folder, stamp + ".dll");
}

using System.Security.Cryptography;

namespace ActionPlan.Caching;

/// <summary>
/// One file of the build cache (under <c>.actionplan/build/</c>): a header naming what it holds and the tool that wrote
/// it, the payload, and a SHA-256 of the payload, so a damaged or truncated file is detected and never trusted. It is
/// replaced whole (written beside it, then moved), so a reader never sees half a file.
/// </summary>
public static class CacheFile
{
    /// <summary>The code of the note on a damaged cache file (written out where it is given, as every code is).</summary>
    public const string DamagedCode = "cache";

    /// <summary>What the note on a damaged cache file says.</summary>
    public const string DamagedMessage = "the build cache was damaged (cut short or changed by hand), so it was not used: this build did all its work again and saves a new one.";

    /// <summary>The cache's folder under a site's cache folder (<c>.actionplan</c>).</summary>
    public const string Folder = "build";

    /// <summary>
    /// What a cached result depends on besides its inputs: the code that made it. The assemblies are built
    /// deterministically, so their ids change exactly when their code does.
    /// </summary>
    public static string ToolStamp { get; } = string.Join('|', new[]
    {
        typeof(CacheFile), typeof(Markdig.Markdown), typeof(YamlDotNet.Core.Parser), typeof(WeCantSpell.Hunspell.WordList),
        typeof(RazorLight.RazorLightEngine), typeof(AngleSharp.Html.Parser.HtmlParser),
    }.Select(t => t.Assembly.ManifestModule.ModuleVersionId));

    /// <summary>How a cache file was found when read.</summary>
    public enum Found
    {
        /// <summary>Read and whole.</summary>
        Whole,

        /// <summary>There is none (a first build, or the folder was deleted).</summary>
        Missing,

        /// <summary>Written by another version of the tool: not used, nothing wrong.</summary>
        OtherVersion,

        /// <summary>Damaged or truncated: not used, and said.</summary>
        Damaged,
    }

    /// <summary>The payload of the file <paramref name="path"/> if it is whole and holds <paramref name="kind"/> from this tool.</summary>
    public static (Found Found, byte[] Payload) Read(string path, string kind)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (Found.Missing, []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (Found.Damaged, []);
        }

        try
        {
            // Another version of the tool may have written another layout under another kind: its stamp says so first.
            using var reader = new BinaryReader(new MemoryStream(bytes));
            var (written, stamp) = (reader.ReadString(), reader.ReadString());
            if (stamp != ToolStamp)
            {
                return (Found.OtherVersion, []);
            }

            if (written != kind)
            {
                return (Found.Damaged, []);
            }

            var length = reader.ReadInt32();
            var start = (int)reader.BaseStream.Position;
            if (length < 0 || (long)start + length + SHA256.HashSizeInBytes != bytes.Length)
            {
                return (Found.Damaged, []);
            }

            var payload = bytes.AsSpan(start, length);
            return SHA256.HashData(payload).AsSpan().SequenceEqual(bytes.AsSpan(start + length))
                ? (Found.Whole, payload.ToArray())
                : (Found.Damaged, []);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException)
        {
            return (Found.Damaged, []);
        }
    }

    /// <summary>Writes what <paramref name="write"/> writes as the file <paramref name="path"/> holding <paramref name="kind"/>; false when it could not be written.</summary>
    public static bool Write(string path, string kind, Action<BinaryWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return Write(path, kind, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Writes <paramref name="payload"/> as the file <paramref name="path"/> holding <paramref name="kind"/>; false when it could not be written.</summary>
    public static bool Write(string path, string kind, ReadOnlySpan<byte> payload)
    {
        var temporary = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var writer = new BinaryWriter(File.Create(temporary)))
            {
                writer.Write(kind);
                writer.Write(ToolStamp);
                writer.Write(payload.Length);
                writer.Write(payload);
                writer.Write(SHA256.HashData(payload));
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not saved: the next build does the work again, nothing else.
            File.Delete(temporary);
            return false;
        }
    }
}

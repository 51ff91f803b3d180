using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace ActionPlan.Output;

/// <summary>Compares a file's bytes with other bytes or another file's, reading no more than it must.</summary>
internal static class FileBytes
{
    private const int Chunk = 64 * 1024;

    /// <summary>True when the file exists and holds exactly <paramref name="bytes"/>.</summary>
    public static bool Equal(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = TryOpen(path);
        return handle is not null && Holds(handle, bytes);
    }

    /// <summary>True when both files exist and hold the same bytes.</summary>
    public static bool Equal(string path, string otherPath)
    {
        using var handle = TryOpen(path);
        var other = new FileInfo(otherPath);

        // Lengths first: a changed file seldom keeps its length, and then neither needs reading.
        return handle is not null && other.Exists && RandomAccess.GetLength(handle) == other.Length && Holds(handle, File.ReadAllBytes(otherPath));
    }

    // A missing file is the rare case (a new page); asking first would cost every file a call.
    private static SafeFileHandle? TryOpen(string path)
    {
        try
        {
            return File.OpenHandle(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool Holds(SafeFileHandle handle, ReadOnlySpan<byte> bytes)
    {
        if (RandomAccess.GetLength(handle) != bytes.Length)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(Chunk, Math.Max(bytes.Length, 1)));
        try
        {
            for (var offset = 0; offset < bytes.Length;)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, bytes.Length - offset)), offset);
                if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(bytes.Slice(offset, read)))
                {
                    return false;
                }

                offset += read;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

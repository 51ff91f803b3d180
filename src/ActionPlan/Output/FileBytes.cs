using System.Buffers;

namespace ActionPlan.Output;

/// <summary>Compares a file's bytes with other bytes or another file's, reading no more than it must.</summary>
internal static class FileBytes
{
    private const int Chunk = 64 * 1024;

    /// <summary>True when the file exists and holds exactly <paramref name="bytes"/>.</summary>
    public static bool Equal(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = TryOpen(path);
        if (handle is null)
        {
            return false;
        }

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

    // A missing file is the rare case (a new page); asking first would cost every file a call.
    private static Microsoft.Win32.SafeHandles.SafeFileHandle? TryOpen(string path)
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

    /// <summary>True when both files exist and hold the same bytes.</summary>
    public static bool Equal(string path, string otherPath)
    {
        if (!File.Exists(path) || !File.Exists(otherPath))
        {
            return false;
        }

        using var first = File.OpenHandle(path);
        using var second = File.OpenHandle(otherPath);
        var length = RandomAccess.GetLength(first);
        if (RandomAccess.GetLength(second) != length)
        {
            return false;
        }

        var buffers = ArrayPool<byte>.Shared.Rent(2 * Chunk);
        try
        {
            var a = buffers.AsSpan(0, Chunk);
            var b = buffers.AsSpan(Chunk, Chunk);
            for (long offset = 0; offset < length;)
            {
                var read = RandomAccess.Read(first, a, offset);
                if (read == 0 || RandomAccess.Read(second, b[..read], offset) != read || !a[..read].SequenceEqual(b[..read]))
                {
                    return false;
                }

                offset += read;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffers);
        }
    }
}

using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using ActionPlan.Diagnostics;

namespace ActionPlan.Loading;

/// <summary>
/// Reads a source known unchanged (by <see cref="Caching.FileDigests"/>) up to the end of its front matter only, and its
/// body when something asks for it: a build that keeps a body's parse and its page's HTML never needs the body, and
/// decoding every body was the largest part of a build after a one-page change.
/// </summary>
internal static class SourceHead
{
    /// <summary>
    /// The file's text up to the end of its front matter's closing line, exactly as <see cref="ContentScanner.ReadText"/>
    /// gives the start of the whole text, and a reader of the rest; null when the head cannot be told apart that way
    /// (no front matter, one that never ends, line ends other than '\n' in it, bytes that are not UTF-8), and then the
    /// file is read whole.
    /// </summary>
    public static (string Head, Func<string> Body)? Read(string fullPath, string sitePath, byte[] digest, Action changed, DiagnosticBag diagnostics)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            var filled = 0;
            while (true)
            {
                if (filled == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 4);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = stream.Read(buffer, filled, buffer.Length - filled);
                filled += read;
                if (Head(buffer.AsSpan(0, filled)) is var (head, length))
                {
                    return head is null ? null : (head, () => Rest(fullPath, sitePath, digest, length, changed, diagnostics));
                }

                if (read == 0)
                {
                    return null;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The head found in the bytes read so far and its length in bytes; (null, 0) when the file cannot be read this way;
    /// null while more bytes are needed.
    /// </summary>
    private static (string? Head, int Length)? Head(ReadOnlySpan<byte> bytes)
    {
        var bom = bytes.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var fence = "---"u8;
        if (bytes.Length - bom < fence.Length)
        {
            return null;
        }

        if (!bytes[bom..].StartsWith(fence))
        {
            return (null, 0);
        }

        // Whole lines only, so a line is never judged by its start.
        var lines = bytes.LastIndexOf((byte)'\n') + 1;
        if (lines <= bom)
        {
            return null;
        }

        string text;
        try
        {
            text = ContentScanner.StrictUtf8.GetString(bytes[bom..lines]);
        }
        catch (DecoderFallbackException)
        {
            return (null, 0);
        }

        // Any line end but '\n' would be changed by the reading of the whole text; such a file is read whole.
        if (text.AsSpan().IndexOfAny("\r\f\u0085\u2028\u2029") >= 0)
        {
            return (null, 0);
        }

        if (FrontMatterReader.Split(text) is not { } split)
        {
            return null;
        }

        var head = text[..split.BodyStart];
        return (head, bom + Encoding.UTF8.GetByteCount(head));
    }

    /// <summary>
    /// The text after the head, as the reading of the whole text gives it. The file is read whole to be sure it is still
    /// the one whose head was read; if it changed during the build, that is an error (the build is not published), and
    /// <paramref name="changed"/> is told, so the next build reads it whole.
    /// </summary>
    private static string Rest(string fullPath, string sitePath, byte[] digest, int headLength, Action changed, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bytes = [];
        }

        if (bytes.Length < headLength || !SHA256.HashData(bytes).AsSpan().SequenceEqual(digest))
        {
            changed();
            diagnostics.Error("changed-during-build", sitePath, 0, 0, "the file changed while the site was being built, so this build used part of the old text; build again.");
            return "";
        }

        return ContentScanner.StrictUtf8.GetString(bytes.AsSpan(headLength)).ReplaceLineEndings("\n");
    }
}

using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace ActionPlan.Images;

/// <summary>
/// Writes resized pixels back to a file of the original's format. PNG is written here, lossless, with .NET's zlib,
/// as Skia's bundled zlib picks its matches by processor and so gives other bytes on other machines; JPEG through
/// Skia (libjpeg-turbo, whose integer transforms give the same bytes with or without SIMD) at a set quality. No
/// metadata is written: no dates, no software names.
/// </summary>
internal static class ImageEncoder
{
    private static readonly uint[] CrcTable = MakeCrcTable();

    /// <summary>A PNG of the pixels: RGB when no pixel is transparent, else RGBA; each row with the filter that suits it best.</summary>
    public static byte[] Png(Pixels pixels)
    {
        var channels = pixels.Opaque ? 3 : 4;
        var stride = pixels.Width * channels;
        var raw = new byte[pixels.Height * (stride + 1)];
        var previous = new byte[stride];
        var current = new byte[stride];
        var candidate = new byte[stride];
        var best = new byte[stride];
        for (var y = 0; y < pixels.Height; y++)
        {
            for (var x = 0; x < pixels.Width; x++)
            {
                Buffer.BlockCopy(pixels.Rgba, ((y * pixels.Width) + x) * 4, current, x * channels, channels);
            }

            // The usual heuristic (libpng's): the filter whose output has the smallest sum of absolute values.
            var bestFilter = 0;
            var bestScore = long.MaxValue;
            for (var filter = 0; filter < 5; filter++)
            {
                long score = 0;
                for (var i = 0; i < stride; i++)
                {
                    int left = i >= channels ? current[i - channels] : 0;
                    int up = previous[i];
                    int upLeft = i >= channels ? previous[i - channels] : 0;
                    var predicted = filter switch { 0 => 0, 1 => left, 2 => up, 3 => (left + up) / 2, _ => Paeth(left, up, upLeft) };
                    candidate[i] = (byte)(current[i] - predicted);
                    score += Math.Abs((int)(sbyte)candidate[i]);
                }

                if (score < bestScore)
                {
                    (bestScore, bestFilter) = (score, filter);
                    candidate.CopyTo(best, 0);
                }
            }

            raw[y * (stride + 1)] = (byte)bestFilter;
            best.CopyTo(raw, (y * (stride + 1)) + 1);
            (previous, current) = (current, previous);
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, pixels.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), pixels.Height);
        header[8] = 8;
        header[9] = (byte)(channels == 3 ? 2 : 6);
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A baseline JPEG of the pixels (opaque: a JPEG has no transparency) at a quality from 1 to 100.</summary>
    public static byte[] Jpeg(Pixels pixels, int quality) =>
        WithSkia(pixels, pixmap => pixmap.Encode(new SKJpegEncoderOptions(quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)));

    /// <summary>A WebP of the pixels: lossy at the JPEG quality for a photograph, lossless for a PNG's pixels.</summary>
    public static byte[] Webp(Pixels pixels, int? quality) =>
        WithSkia(pixels, pixmap => pixmap.Encode(quality is { } lossy
            ? new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, lossy)
            : new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossless, 75)));

    // The pixels lent to Skia in place, pinned while it encodes them.
    private static byte[] WithSkia(Pixels pixels, Func<SKPixmap, SKData?> encode)
    {
        var handle = GCHandle.Alloc(pixels.Rgba, GCHandleType.Pinned);
        try
        {
            using var pixmap = new SKPixmap(new SKImageInfo(pixels.Width, pixels.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul), handle.AddrOfPinnedObject());
            using var data = encode(pixmap) ?? throw new InvalidOperationException("Skia could not encode the image");
            return data.ToArray();
        }
        finally
        {
            handle.Free();
        }
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var (toLeft, toUp, toUpLeft) = (Math.Abs(estimate - left), Math.Abs(estimate - up), Math.Abs(estimate - upLeft));
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        var crc = Crc(Crc(0xFFFFFFFFu, typeBytes), data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(number, crc);
        png.Write(number);
    }

    private static uint Crc(uint crc, byte[] bytes)
    {
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}

using SkiaSharp;

namespace ActionPlan.Images;

/// <summary>
/// An image's pixels, upright, as 8-bit RGBA (not premultiplied), and the one resampling the build does. The
/// arithmetic is ours and in whole numbers, so the same image gives the same pixels on every machine: Skia's own
/// scaling takes other code paths on other processors.
/// </summary>
internal sealed class Pixels(int width, int height, byte[] rgba)
{
    public int Width => width;

    public int Height => height;

    /// <summary>Four bytes per pixel, row by row.</summary>
    public byte[] Rgba => rgba;

    /// <summary>True when no pixel is transparent.</summary>
    public bool Opaque
    {
        get
        {
            for (var i = 3; i < rgba.Length; i += 4)
            {
                if (rgba[i] != 255)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Decodes an image file, turned upright as its camera recorded; null when it is not an image Skia reads.</summary>
    public static Pixels? Decode(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return null;
        }

        var (w, h) = (codec.Info.Width, codec.Info.Height);
        var stored = new byte[checked(w * h * 4)];
        var result = codec.GetPixels(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Unpremul), stored);
        return result is SKCodecResult.Success or SKCodecResult.IncompleteInput ? Upright(new Pixels(w, h, stored), codec.EncodedOrigin) : null;
    }

    /// <summary>The pixels as they are meant to be seen: EXIF orientations 2 to 8 are flips and quarter turns.</summary>
    private static Pixels Upright(Pixels stored, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft)
        {
            return stored;
        }

        var (w, h) = (stored.Width, stored.Height);
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (uw, uh) = turned ? (h, w) : (w, h);
        var upright = new byte[stored.Rgba.Length];
        for (var y = 0; y < uh; y++)
        {
            for (var x = 0; x < uw; x++)
            {
                var (sx, sy) = origin switch
                {
                    SKEncodedOrigin.TopRight => (w - 1 - x, y),
                    SKEncodedOrigin.BottomRight => (w - 1 - x, h - 1 - y),
                    SKEncodedOrigin.BottomLeft => (x, h - 1 - y),
                    SKEncodedOrigin.LeftTop => (y, x),
                    SKEncodedOrigin.RightTop => (y, h - 1 - x),
                    SKEncodedOrigin.RightBottom => (w - 1 - y, h - 1 - x),
                    SKEncodedOrigin.LeftBottom => (w - 1 - y, x),
                    _ => (x, y),
                };
                Buffer.BlockCopy(stored.Rgba, ((sy * w) + sx) * 4, upright, ((y * uw) + x) * 4, 4);
            }
        }

        return new Pixels(uw, uh, upright);
    }

    /// <summary>
    /// The image made smaller by area averaging: each new pixel is the mean of the source area it covers, weighted by
    /// how much of each source pixel lies in it and by its opacity (so transparent pixels lend no colour).
    /// </summary>
    public Pixels Reduced(int newWidth, int newHeight)
    {
        // Across: per row, premultiplied sums kept at 16 bits a channel (colour × alpha, and alpha × 255).
        var across = new int[height * newWidth * 4];
        var row = new long[newWidth * 4];
        for (var y = 0; y < height; y++)
        {
            Array.Clear(row);
            var rowStart = y * width * 4;
            ForEachOverlap(width, newWidth, (source, target, overlap) =>
            {
                var from = rowStart + (source * 4);
                var to = target * 4;
                long alpha = rgba[from + 3];
                row[to] += overlap * rgba[from] * alpha;
                row[to + 1] += overlap * rgba[from + 1] * alpha;
                row[to + 2] += overlap * rgba[from + 2] * alpha;
                row[to + 3] += overlap * alpha * 255;
            });
            for (var i = 0; i < row.Length; i++)
            {
                across[(y * newWidth * 4) + i] = Divide(row[i], width);
            }
        }

        // Down: the same per column, then back to 8 bits and out of premultiplied form.
        var down = new long[newHeight * newWidth * 4];
        for (var x = 0; x < newWidth; x++)
        {
            ForEachOverlap(height, newHeight, (source, target, overlap) =>
            {
                var from = ((source * newWidth) + x) * 4;
                var to = ((target * newWidth) + x) * 4;
                for (var c = 0; c < 4; c++)
                {
                    down[to + c] += (long)overlap * across[from + c];
                }
            });
        }

        var reduced = new byte[newWidth * newHeight * 4];
        for (var i = 0; i < reduced.Length; i += 4)
        {
            var alphaSum = down[i + 3];
            for (var c = 0; c < 3; c++)
            {
                reduced[i + c] = alphaSum == 0 ? (byte)0 : (byte)Math.Min(255, Divide(down[i + c] * 255, alphaSum));
            }

            reduced[i + 3] = (byte)Math.Min(255, Divide(alphaSum, (long)height * 255));
        }

        return new Pixels(newWidth, newHeight, reduced);
    }

    // Source pixel i covers [i × to, (i + 1) × to) and target pixel j covers [j × from, (j + 1) × from) on one
    // scale, so every overlap is a whole number and each target's overlaps add up to exactly 'from'.
    private static void ForEachOverlap(int from, int to, Action<int, int, int> add)
    {
        for (var source = 0; source < from; source++)
        {
            var start = (long)source * to;
            var end = start + to;
            for (var target = (int)(start / from); target < to && (long)target * from < end; target++)
            {
                var overlap = Math.Min(end, (long)(target + 1) * from) - Math.Max(start, (long)target * from);
                if (overlap > 0)
                {
                    add(source, target, (int)overlap);
                }
            }
        }
    }

    private static int Divide(long value, long by) => (int)(((value * 2) + by) / (by * 2));
}

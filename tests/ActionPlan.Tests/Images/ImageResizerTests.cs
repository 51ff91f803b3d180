using System.Buffers.Binary;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Images;
using ActionPlan.Loading;
using ActionPlan.Tests.Support;
using CsCheck;
using SkiaSharp;

namespace ActionPlan.Tests.Images;

/// <summary>Content images made web-ready, on real files decoded again with Skia: sizes, formats, orientation, the cache, the bytes.</summary>
public sealed class ImageResizerTests
{
    private static (int Width, int Height, SKEncodedImageFormat Format) Read(string file)
    {
        using var codec = SKCodec.Create(file);
        return (codec.Info.Width, codec.Info.Height, codec.EncodedFormat);
    }

    private static (IReadOnlyDictionary<string, WebImage> Images, List<Diagnostic> Diagnostics) Prepare(string root, ImageSettings? settings = null)
    {
        var diagnostics = new DiagnosticBag();
        var assets = Directory.EnumerateFiles(Path.Combine(root, "content"), "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => new AssetFile(Path.GetRelativePath(root, f).Replace('\\', '/'), f, Path.GetRelativePath(Path.Combine(root, "content"), f).Replace('\\', '/')))
            .ToList();
        var images = ImageResizer.Prepare(assets, Path.Combine(root, ".actionplan", ImageResizer.CacheFolder), settings ?? ImageSettings.Default, diagnostics);
        return (images, diagnostics.ToSortedList().ToList());
    }

    private static byte[] Jpeg(int width, int height, ushort? orientation = null)
    {
        var rgba = new byte[width * height * 4];
        for (var i = 0; i < rgba.Length; i += 4)
        {
            // Left half red, right half blue: which way up the copy is shows in its colours.
            var x = i / 4 % width;
            (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]) = x < width / 2 ? ((byte)220, (byte)20, (byte)20, (byte)255) : ((byte)20, (byte)20, (byte)220, (byte)255);
        }

        var jpeg = ImageEncoder.Jpeg(new Pixels(width, height, rgba), 90);
        if (orientation is not { } value)
        {
            return jpeg;
        }

        // An APP1 Exif segment with one tag, Orientation (0x0112), right after the start of image.
        var exif = new byte[] { (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0, (byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 };
        BinaryPrimitives.WriteUInt16BigEndian(exif.AsSpan(24), value);
        var segment = new byte[4 + exif.Length];
        (segment[0], segment[1]) = ((byte)0xFF, (byte)0xE1);
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(exif.Length + 2));
        exif.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    // Small pictures and widths prove what a build does to large ones; bench/ times the resampler and encoder on 2000 × 1000 in Release.
    private static readonly ImageSettings Small = ImageSettings.Default with { Widths = [48, 96, 160] };

    /// <summary>A PNG made this many bytes long by a private ancillary chunk (which readers skip) before its end: a large file that is quick to read.</summary>
    private static byte[] Padded(byte[] png, int length)
    {
        var end = png.Length - 12;
        var data = new byte[length - png.Length - 12];
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        "pdDg"u8.CopyTo(chunk.AsSpan(4));
        var crc = 0xFFFFFFFFu;
        foreach (var b in chunk.AsSpan(4, 4 + data.Length))
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), crc ^ 0xFFFFFFFFu);
        return [.. png[..end], .. chunk, .. png[end..]];
    }

    /// <summary>A PNG with a few flat areas of colour, as a map or a chart is.</summary>
    private static byte[] Flat(int width, int height)
    {
        var rgba = new byte[width * height * 4];
        for (var i = 0; i < rgba.Length; i += 4)
        {
            var (x, y) = (i / 4 % width, i / 4 / width);
            (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]) = (x < width / 3, y < height / 2) switch
            {
                (true, _) => ((byte)40, (byte)90, (byte)160, (byte)255),
                (false, true) => ((byte)230, (byte)230, (byte)220, (byte)255),
                _ => ((byte)120, (byte)170, (byte)90, (byte)255),
            };
        }

        return ImageEncoder.Png(new Pixels(width, height, rgba));
    }

    [Fact]
    public void Each_image_gets_copies_at_the_widths_narrower_than_itself_in_its_own_format_and_proportions()
    {
        using var site = TestSite.Create(("content/projects/narrow.png", TestSite.Png(70, 31)), ("content/projects/tiny.png", TestSite.Png(30, 20)));
        File.WriteAllBytes(Path.Combine(site.Root, "content/projects/wide.png"), Padded(TestSite.PngBytes(200, 100), 2_831_155));
        File.WriteAllBytes(Path.Combine(site.Root, "content/projects/photo.jpg"), Jpeg(100, 50));
        var (images, diagnostics) = Prepare(site.Root, Small);

        // The wide one is as large as a photograph saved as PNG: over the limit, and said so with its size.
        Assert.Equal("content/projects/wide.png: warning: this image is 2.7 MB, more than the 500 KB site.yml allows (images: max_kb): save it smaller, at most 160 pixels wide, or as a JPEG if it is a photograph. [image-size]",
            Assert.Single(diagnostics).ToString());
        var wide = images["projects/wide.png"];
        Assert.Equal((200, 100), (wide.Width, wide.Height));
        Assert.Equal(["projects/wide-48w.png", "projects/wide-96w.png", "projects/wide-160w.png"], wide.Variants.Select(v => v.OutputPath));
        foreach (var variant in wide.Variants)
        {
            Assert.Equal((variant.Width, variant.Width / 2, SKEncodedImageFormat.Png), Read(variant.CacheFile));
        }

        // Never wider than the original; the height rounded to the nearest pixel (31 × 48 / 70 = 21.3).
        var narrow = images["projects/narrow.png"];
        Assert.Equal(48, Assert.Single(narrow.Variants).Width);
        Assert.Equal((48, 21, SKEncodedImageFormat.Png), Read(narrow.Variants[0].CacheFile));
        Assert.Empty(images["projects/tiny.png"].Variants);
        Assert.Equal((30, 20), (images["projects/tiny.png"].Width, images["projects/tiny.png"].Height));

        var photo = images["projects/photo.jpg"];
        Assert.Equal(["projects/photo-48w.jpg", "projects/photo-96w.jpg"], photo.Variants.Select(v => v.OutputPath));
        Assert.Equal((48, 24, SKEncodedImageFormat.Jpeg), Read(photo.Variants[0].CacheFile));

        // WebP at the same sizes and the full size, where it pays (it does for these flat colours): lossy for a photograph.
        Assert.Equal(["projects/photo-48w.webp", "projects/photo-96w.webp", "projects/photo-100w.webp"], photo.Webp.Select(v => v.OutputPath));
        Assert.Equal((100, 50, SKEncodedImageFormat.Webp), Read(photo.Webp[^1].CacheFile));
        Assert.True(photo.Webp.Sum(v => new FileInfo(v.CacheFile).Length) <= 0.9 * (photo.Variants.Sum(v => new FileInfo(v.CacheFile).Length) + new FileInfo(Path.Combine(site.Root, "content/projects/photo.jpg")).Length));
    }

    [Fact]
    public void A_pngs_webp_copies_are_lossless()
    {
        using var site = TestSite.Create();
        Directory.CreateDirectory(Path.Combine(site.Root, "content/projects"));
        File.WriteAllBytes(Path.Combine(site.Root, "content/projects/map.png"), Flat(120, 80));
        var (images, _) = Prepare(site.Root, Small);
        var map = images["projects/map.png"];
        Assert.Equal([48, 96, 120], map.Webp.Select(v => v.Width));
        for (var i = 0; i < map.Variants.Count; i++)
        {
            using var png = SKBitmap.Decode(map.Variants[i].CacheFile, new SKImageInfo(map.Variants[i].Width, map.Variants[i].Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
            using var webp = SKBitmap.Decode(map.Webp[i].CacheFile, new SKImageInfo(map.Webp[i].Width, map.Webp[i].Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
            Assert.Equal(png.Bytes, webp.Bytes);
        }
    }

    [Theory]
    [InlineData(6, 40, 80)]
    [InlineData(8, 40, 80)]
    [InlineData(3, 80, 40)]
    public void A_photo_is_turned_upright_as_its_camera_recorded(ushort orientation, int width, int height)
    {
        using var site = TestSite.Create();
        Directory.CreateDirectory(Path.Combine(site.Root, "content/projects"));
        File.WriteAllBytes(Path.Combine(site.Root, "content/projects/phone.jpg"), Jpeg(80, 40, orientation));
        var (images, _) = Prepare(site.Root, ImageSettings.Default with { Widths = [20] });

        var image = images["projects/phone.jpg"];
        Assert.Equal((width, height), (image.Width, image.Height));
        using var copy = SKBitmap.Decode(image.Variants[0].CacheFile);
        Assert.Equal((20, 20 * height / width), (copy.Width, copy.Height));

        // Stored: red left, blue right. Turned a quarter clockwise (6) red is on top, anticlockwise (8) at the bottom; half a turn (3) on the right.
        var (redX, redY) = orientation switch { 6 => (copy.Width / 2, 2), 8 => (copy.Width / 2, copy.Height - 3), _ => (copy.Width - 3, copy.Height / 2) };
        var red = copy.GetPixel(redX, redY);
        Assert.True(red.Red > 150 && red.Blue < 100, $"orientation {orientation}: {red} at {redX},{redY}");
    }

    [Fact]
    public void A_copy_is_made_once_and_is_the_same_bytes_when_made_again()
    {
        using var site = TestSite.Create(("content/projects/map.png", TestSite.Png(100, 60)));
        File.WriteAllBytes(Path.Combine(site.Root, "content/projects/photo.jpg"), Jpeg(100, 50));
        var first = Prepare(site.Root, Small).Images;
        var files = first.Values.SelectMany(i => i.Variants).Select(v => v.CacheFile).ToList();
        var bytes = files.Select(File.ReadAllBytes).ToList();
        var times = files.Select(File.GetLastWriteTimeUtc).ToList();
        Thread.Sleep(20);

        // Again: the cache is used, nothing is written.
        var again = Prepare(site.Root, Small).Images;
        Assert.Equal(files, again.Values.SelectMany(i => i.Variants).Select(v => v.CacheFile));
        Assert.Equal(times, files.Select(File.GetLastWriteTimeUtc));

        // Made afresh without the cache: the same bytes.
        Directory.Delete(Path.Combine(site.Root, ".actionplan", ImageResizer.CacheFolder), recursive: true);
        Prepare(site.Root, Small);
        Assert.Equal(bytes, files.Select(File.ReadAllBytes));

        // A changed image is a new file in the cache; the old copies are not reused for it.
        site.Write("content/projects/map.png", TestSite.Png(100, 61));
        var changed = Prepare(site.Root, Small).Images["projects/map.png"];
        Assert.DoesNotContain(changed.Variants[0].CacheFile, files);
        Assert.Equal((48, 29, SKEncodedImageFormat.Png), Read(changed.Variants[0].CacheFile));
    }

    [Fact]
    public void A_resized_png_is_lossless_and_transparent_pixels_lend_no_colour()
    {
        // Two pixels: opaque red and fully transparent green. Their mean is red at half opacity, not brown.
        var pixels = new Pixels(2, 1, [255, 0, 0, 255, 0, 255, 0, 0]).Reduced(1, 1);
        Assert.Equal(new byte[] { 255, 0, 0, 128 }, pixels.Rgba);

        var random = new Random(7);
        var rgba = new byte[64 * 48 * 4];
        random.NextBytes(rgba);
        var reduced = new Pixels(64, 48, rgba).Reduced(30, 20);
        using var decoded = SKBitmap.Decode(ImageEncoder.Png(reduced), new SKImageInfo(30, 20, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Assert.Equal(reduced.Rgba, decoded.Bytes);
    }

    [Fact]
    public void Area_averaging_keeps_a_plain_colour_exactly_at_any_size()
    {
        Gen.Select(Gen.Int[1, 300], Gen.Int[1, 300], Gen.Byte.Array[4], Gen.Double[0.01, 1], Gen.Double[0.01, 1])
            .Sample((width, height, colour, across, down) =>
            {
                var rgba = new byte[width * height * 4];
                colour[3] = Math.Max(colour[3], (byte)1);
                for (var i = 0; i < rgba.Length; i++)
                {
                    rgba[i] = colour[i % 4];
                }

                var (newWidth, newHeight) = (Math.Max(1, (int)(width * across)), Math.Max(1, (int)(height * down)));
                var reduced = new Pixels(width, height, rgba).Reduced(newWidth, newHeight);
                return reduced.Width == newWidth && reduced.Height == newHeight && reduced.Rgba.Chunk(4).All(p => p.SequenceEqual(colour));
            }, iter: 200);
    }

    [Fact]
    public async Task A_page_shows_its_image_with_its_size_its_copies_and_lazy_loading_and_the_copies_are_written()
    {
        using var site = TestSite.FromFixture("small");
        var result = await site.BuildAsync();
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var html = site.ReadOutput("en/projects/familien-i-centrum/index.html");
        Assert.Contains(
            "<picture><source type=\"image/webp\" srcset=\"/international/projects/family-map-48w.webp 48w, /international/projects/family-map-96w.webp 96w, /international/projects/family-map-120w.webp 120w\" sizes=\"(min-width: 48rem) 46rem, calc(100vw - 2rem)\" />" +
            "<img src=\"/international/projects/family-map.png\" alt=\"Where the families live\" srcset=\"/international/projects/family-map-48w.png 48w, /international/projects/family-map-96w.png 96w, /international/projects/family-map.png 120w\" sizes=\"(min-width: 48rem) 46rem, calc(100vw - 2rem)\" width=\"120\" height=\"80\" loading=\"lazy\" /></picture>",
            html, StringComparison.Ordinal);
        Assert.Equal((48, 32, SKEncodedImageFormat.Png), Read(Path.Combine(site.Output, "projects/family-map-48w.png")));
        Assert.Equal((96, 64, SKEncodedImageFormat.Png), Read(Path.Combine(site.Output, "projects/family-map-96w.png")));
        Assert.Equal((120, 80, SKEncodedImageFormat.Webp), Read(Path.Combine(site.Output, "projects/family-map-120w.webp")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Root, "content/projects/family-map.png")), File.ReadAllBytes(Path.Combine(site.Output, "projects/family-map.png")));
    }
}

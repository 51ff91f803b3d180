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

    [Fact]
    public void Each_image_gets_copies_at_the_widths_narrower_than_itself_in_its_own_format_and_proportions()
    {
        using var site = TestSite.Create(("content/projects/wide.png", TestSite.Png(2000, 1000)), ("content/projects/narrow.png", TestSite.Png(700, 301)), ("content/projects/tiny.png", TestSite.Png(300, 200)));
        File.WriteAllBytes(Path.Combine(site.Root, "content/projects/photo.jpg"), Jpeg(1000, 500));
        var (images, diagnostics) = Prepare(site.Root);

        // The noise makes the wide one as large as a photograph saved as PNG: over the limit, and said so with its size.
        Assert.Equal("content/projects/wide.png: warning: this image is 2.7 MB, more than the 500 KB site.yml allows (images: max_kb): save it smaller, at most 1600 pixels wide, or as a JPEG if it is a photograph. [image-size]",
            Assert.Single(diagnostics).ToString());
        var wide = images["projects/wide.png"];
        Assert.Equal((2000, 1000), (wide.Width, wide.Height));
        Assert.Equal(["projects/wide-480w.png", "projects/wide-960w.png", "projects/wide-1600w.png"], wide.Variants.Select(v => v.OutputPath));
        foreach (var variant in wide.Variants)
        {
            Assert.Equal((variant.Width, variant.Width / 2, SKEncodedImageFormat.Png), Read(variant.CacheFile));
        }

        // Never wider than the original; the height rounded to the nearest pixel (301 × 480 / 700 = 206.4).
        var narrow = images["projects/narrow.png"];
        Assert.Equal(480, Assert.Single(narrow.Variants).Width);
        Assert.Equal((480, 206, SKEncodedImageFormat.Png), Read(narrow.Variants[0].CacheFile));
        Assert.Empty(images["projects/tiny.png"].Variants);
        Assert.Equal((300, 200), (images["projects/tiny.png"].Width, images["projects/tiny.png"].Height));

        var photo = images["projects/photo.jpg"];
        Assert.Equal(["projects/photo-480w.jpg", "projects/photo-960w.jpg"], photo.Variants.Select(v => v.OutputPath));
        Assert.Equal((480, 240, SKEncodedImageFormat.Jpeg), Read(photo.Variants[0].CacheFile));

        // WebP at the same sizes and the full size, where it pays (it does for these flat colours): lossy for a photograph.
        Assert.Equal(["projects/photo-480w.webp", "projects/photo-960w.webp", "projects/photo-1000w.webp"], photo.Webp.Select(v => v.OutputPath));
        Assert.Equal((1000, 500, SKEncodedImageFormat.Webp), Read(photo.Webp[^1].CacheFile));
        Assert.True(photo.Webp.Sum(v => new FileInfo(v.CacheFile).Length) <= 0.9 * (photo.Variants.Sum(v => new FileInfo(v.CacheFile).Length) + new FileInfo(Path.Combine(site.Root, "content/projects/photo.jpg")).Length));
    }

    [Fact]
    public void A_pngs_webp_copies_are_lossless()
    {
        using var site = TestSite.FromFixture("small");
        var (images, _) = Prepare(site.Root);
        var map = images["projects/family-map.png"];
        Assert.Equal([480, 960, 1200], map.Webp.Select(v => v.Width));
        for (var i = 0; i < map.Variants.Count; i++)
        {
            using var png = SKBitmap.Decode(map.Variants[i].CacheFile, new SKImageInfo(map.Variants[i].Width, map.Variants[i].Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
            using var webp = SKBitmap.Decode(map.Webp[i].CacheFile, new SKImageInfo(map.Webp[i].Width, map.Webp[i].Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
            Assert.Equal(png.Bytes, webp.Bytes);
        }
    }

    [Theory]
    [InlineData(6, 400, 800)]
    [InlineData(8, 400, 800)]
    [InlineData(3, 800, 400)]
    public void A_photo_is_turned_upright_as_its_camera_recorded(ushort orientation, int width, int height)
    {
        using var site = TestSite.Create();
        Directory.CreateDirectory(Path.Combine(site.Root, "content/projects"));
        File.WriteAllBytes(Path.Combine(site.Root, "content/projects/phone.jpg"), Jpeg(800, 400, orientation));
        var (images, _) = Prepare(site.Root, ImageSettings.Default with { Widths = [200] });

        var image = images["projects/phone.jpg"];
        Assert.Equal((width, height), (image.Width, image.Height));
        using var copy = SKBitmap.Decode(image.Variants[0].CacheFile);
        Assert.Equal((200, 200 * height / width), (copy.Width, copy.Height));

        // Stored: red left, blue right. Turned a quarter clockwise (6) red is on top, anticlockwise (8) at the bottom; half a turn (3) on the right.
        var (redX, redY) = orientation switch { 6 => (copy.Width / 2, 2), 8 => (copy.Width / 2, copy.Height - 3), _ => (copy.Width - 3, copy.Height / 2) };
        var red = copy.GetPixel(redX, redY);
        Assert.True(red.Red > 150 && red.Blue < 100, $"orientation {orientation}: {red} at {redX},{redY}");
    }

    [Fact]
    public void A_copy_is_made_once_and_is_the_same_bytes_when_made_again()
    {
        using var site = TestSite.Create(("content/projects/map.png", TestSite.Png(1000, 600)));
        File.WriteAllBytes(Path.Combine(site.Root, "content/projects/photo.jpg"), Jpeg(1000, 500));
        var first = Prepare(site.Root).Images;
        var files = first.Values.SelectMany(i => i.Variants).Select(v => v.CacheFile).ToList();
        var bytes = files.Select(File.ReadAllBytes).ToList();
        var times = files.Select(File.GetLastWriteTimeUtc).ToList();
        Thread.Sleep(20);

        // Again: the cache is used, nothing is written.
        var again = Prepare(site.Root).Images;
        Assert.Equal(files, again.Values.SelectMany(i => i.Variants).Select(v => v.CacheFile));
        Assert.Equal(times, files.Select(File.GetLastWriteTimeUtc));

        // Made afresh without the cache: the same bytes.
        Directory.Delete(Path.Combine(site.Root, ".actionplan", ImageResizer.CacheFolder), recursive: true);
        Prepare(site.Root);
        Assert.Equal(bytes, files.Select(File.ReadAllBytes));

        // A changed image is a new file in the cache; the old copies are not reused for it.
        site.Write("content/projects/map.png", TestSite.Png(1000, 601));
        var changed = Prepare(site.Root).Images["projects/map.png"];
        Assert.DoesNotContain(changed.Variants[0].CacheFile, files);
        Assert.Equal((480, 288, SKEncodedImageFormat.Png), Read(changed.Variants[0].CacheFile));
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
            "<picture><source type=\"image/webp\" srcset=\"/international/projects/family-map-480w.webp 480w, /international/projects/family-map-960w.webp 960w, /international/projects/family-map-1200w.webp 1200w\" sizes=\"(min-width: 48rem) 46rem, calc(100vw - 2rem)\" />" +
            "<img src=\"/international/projects/family-map.png\" alt=\"Where the families live\" srcset=\"/international/projects/family-map-480w.png 480w, /international/projects/family-map-960w.png 960w, /international/projects/family-map.png 1200w\" sizes=\"(min-width: 48rem) 46rem, calc(100vw - 2rem)\" width=\"1200\" height=\"800\" loading=\"lazy\" /></picture>",
            html, StringComparison.Ordinal);
        Assert.Equal((480, 320, SKEncodedImageFormat.Png), Read(Path.Combine(site.Output, "projects/family-map-480w.png")));
        Assert.Equal((960, 640, SKEncodedImageFormat.Png), Read(Path.Combine(site.Output, "projects/family-map-960w.png")));
        Assert.Equal((1200, 800, SKEncodedImageFormat.Webp), Read(Path.Combine(site.Output, "projects/family-map-1200w.webp")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Root, "content/projects/family-map.png")), File.ReadAllBytes(Path.Combine(site.Output, "projects/family-map.png")));
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using ActionPlan.Configuration;
using ActionPlan.Diagnostics;
using ActionPlan.Loading;
using SkiaSharp;

namespace ActionPlan.Images;

/// <summary>
/// Makes the site's PNG and JPEG files web-ready: reads each one's size (upright), and writes narrower copies at the
/// configured widths (never wider than the original) into a cache (<c>.actionplan/images/</c>), named by the
/// hash of the original's bytes and the settings, so only a new or changed image costs time and a copy once made is
/// the same file on every build. Images too large or that cannot be read get a warning.
/// </summary>
public static class ImageResizer
{
    /// <summary>The cache, in the build's cache folder (<c>.actionplan/</c>).</summary>
    public const string CacheFolder = "images";

    // Part of every cached name: a change to how copies are made must not reuse the old ones.
    private const string Method = "area1";

    // WebP is offered only where it saves at least this share of the bytes.
    private const double WebpPays = 0.9;

    private static readonly string[] Resized = [".png", ".jpg", ".jpeg"];

    /// <summary>True for a file the build resizes (by its extension).</summary>
    public static bool Resizes(string path) => Resized.Contains(Path.GetExtension(path).ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>Each resizable asset's web image, by output path.</summary>
    /// <param name="assets">The site's files (content/ and static/).</param>
    /// <param name="cacheFolder">Where copies are kept between builds.</param>
    /// <param name="settings">The widths, the JPEG quality and the size limit.</param>
    /// <param name="diagnostics">Where warnings go.</param>
    /// <param name="write">False to check and plan only (<c>actionplan check</c>): copies not yet in the cache are not made.</param>
    public static IReadOnlyDictionary<string, WebImage> Prepare(IReadOnlyList<AssetFile> assets, string cacheFolder, ImageSettings settings, DiagnosticBag diagnostics, bool write = true)
    {
        var taken = assets.Select(a => a.OutputPath).ToHashSet(StringComparer.Ordinal);
        var images = new ConcurrentDictionary<string, WebImage>(StringComparer.Ordinal);
        Parallel.ForEach(assets.Where(a => Resizes(a.OutputPath)), asset =>
        {
            if (Prepare(asset, cacheFolder, settings, taken, diagnostics, write) is { } image)
            {
                images[asset.OutputPath] = image;
            }
        });
        return images;
    }

    private static WebImage? Prepare(AssetFile asset, string cacheFolder, ImageSettings settings, IReadOnlySet<string> taken, DiagnosticBag diagnostics, bool write)
    {
        var bytes = File.ReadAllBytes(asset.FullPath);
        if (bytes.Length > settings.MaxKilobytes * 1024L)
        {
            diagnostics.Warning("image-size", asset.Path, 0, 0,
                $"this image is {Size(bytes.Length)}, more than the {Size(settings.MaxKilobytes * 1024L)} site.yml allows (images: max_kb): save it smaller, at most {settings.Widths.DefaultIfEmpty(1600).Max()} pixels wide{(Path.GetExtension(asset.Path).Equals(".png", StringComparison.OrdinalIgnoreCase) ? ", or as a JPEG if it is a photograph" : "")}.");
        }

        WebImage? Unreadable()
        {
            diagnostics.Warning("bad-image", asset.Path, 0, 0,
                $"this file cannot be read as a {(Path.GetExtension(asset.Path).Equals(".png", StringComparison.OrdinalIgnoreCase) ? "PNG" : "JPEG")} image, so it is copied as it is, with no smaller copies and no size on the page: save it again as a PNG or JPEG file.");
            return null;
        }

        if (Measure(bytes) is not var (width, height))
        {
            return Unreadable();
        }

        var extension = Path.GetExtension(asset.OutputPath);
        var jpeg = !extension.Equals(".png", StringComparison.OrdinalIgnoreCase);
        var key = $"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}-{Method}{(jpeg ? string.Create(CultureInfo.InvariantCulture, $"-q{settings.JpegQuality}") : "")}";
        var stem = asset.OutputPath[..^extension.Length];
        Pixels? pixels = null;
        var variants = new List<ImageVariant>();
        foreach (var target in settings.Widths.Where(w => w < width))
        {
            var output = string.Create(CultureInfo.InvariantCulture, $"{stem}-{target}w{extension}");
            if (taken.Contains(output))
            {
                // A file of the site's own has that name: it is kept, and the image goes without this copy.
                continue;
            }

            var targetHeight = (int)Math.Max(1, Math.Round((double)height * target / width, MidpointRounding.AwayFromZero));
            var cached = Path.Combine(cacheFolder, string.Create(CultureInfo.InvariantCulture, $"{key}-{target}{extension.ToLowerInvariant()}"));
            if (write && !File.Exists(cached))
            {
                pixels ??= Pixels.Decode(bytes);
                if (pixels is null)
                {
                    return Unreadable();
                }

                var reduced = pixels.Reduced(target, targetHeight);
                Save(cached, jpeg ? ImageEncoder.Jpeg(reduced, settings.JpegQuality) : ImageEncoder.Png(reduced));
            }

            variants.Add(new ImageVariant(output, target, targetHeight, cached));
        }

        // The same sizes as WebP, the full size too, each made once into the cache; offered only if they pay.
        var webp = new List<ImageVariant>();
        foreach (var (target, targetHeight) in variants.Select(v => (v.Width, v.Height)).Append((width, height)))
        {
            var output = string.Create(CultureInfo.InvariantCulture, $"{stem}-{target}w.webp");
            var cached = Path.Combine(cacheFolder, string.Create(CultureInfo.InvariantCulture, $"{key}-{target}.webp"));
            if (taken.Contains(output) || (!write && !File.Exists(cached)))
            {
                return new WebImage(width, height, variants);
            }

            if (!File.Exists(cached))
            {
                pixels ??= Pixels.Decode(bytes);
                if (pixels is null)
                {
                    return Unreadable();
                }

                Save(cached, ImageEncoder.Webp(target == width ? pixels : pixels.Reduced(target, targetHeight), jpeg ? settings.JpegQuality : null));
            }

            webp.Add(new ImageVariant(output, target, targetHeight, cached));
        }

        var usual = variants.Sum(v => new FileInfo(v.CacheFile).Length) + bytes.Length;
        var offered = webp.Sum(v => new FileInfo(v.CacheFile).Length) <= usual * WebpPays;
        return new WebImage(width, height, variants) { Webp = offered ? webp : [] };
    }

    /// <summary>The upright size from the file's header, without decoding its pixels; null when it is not a PNG or JPEG.</summary>
    private static (int Width, int Height)? Measure(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Png or SKEncodedImageFormat.Jpeg) || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return null;
        }

        var turned = codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        return turned ? (codec.Info.Height, codec.Info.Width) : (codec.Info.Width, codec.Info.Height);
    }

    // Written beside and moved into place: a build that stops half-way leaves no half file to be reused.
    private static void Save(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{(bytes + 1023) / 1024} KB");
}

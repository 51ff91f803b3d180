using System.Security.Cryptography;
using System.Text;
using ActionPlan.Diagnostics;
using ActionPlan.Loading;

namespace ActionPlan.Rendering;

/// <summary>
/// Every file the build copies or makes besides the pages, and the address each is written at. Stylesheets,
/// scripts and data files get their content's hash in their name (<c>site.3f2a9c1b0e.css</c>), so servers
/// may let browsers cache them forever; a change gives a new name.
/// </summary>
public sealed class AssetManifest
{
    private static readonly string[] Fingerprinted = [".css", ".js", ".json"];
    private readonly SortedDictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _copies = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>Files to copy: output path → source file.</summary>
    public IReadOnlyDictionary<string, string> Copies => _copies;

    /// <summary>Files made from text: output path → content.</summary>
    public IReadOnlyDictionary<string, string> Texts => _texts;

    /// <summary>The site's images with their sizes and narrower copies, by output path.</summary>
    public IReadOnlyDictionary<string, Images.WebImage> Images { get; private set; } = new Dictionary<string, Images.WebImage>();

    /// <summary>The files printed after the pages are written (the status reports' PDFs), by output path.</summary>
    public IReadOnlySet<string> Printed { get; private set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Names the files that will be printed, so pages can link to them and the link check knows them.</summary>
    public void PlanPrinted(IEnumerable<string> paths) => Printed = paths.ToHashSet(StringComparer.Ordinal);

    /// <summary>Adds the images' narrower copies to the files to copy, and their sizes for the pages that show them.</summary>
    public void AddImages(IReadOnlyDictionary<string, Images.WebImage> images)
    {
        foreach (var variant in images.Values.SelectMany(i => i.Variants.Concat(i.Webp)))
        {
            _names[variant.OutputPath] = variant.OutputPath;
            _copies[variant.OutputPath] = variant.CacheFile;
        }

        Images = images;
    }

    /// <summary>
    /// Lists the theme's static files, then the site's own (which replace the theme's path by path);
    /// two site files for one address are an error.
    /// </summary>
    public static AssetManifest Create(ThemeFiles theme, IReadOnlyList<AssetFile> siteAssets, DiagnosticBag diagnostics)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in theme.StaticFiles())
        {
            files[file.OutputPath] = file.FullPath;
        }

        var owners = new Dictionary<string, AssetFile>(StringComparer.Ordinal);
        foreach (var asset in siteAssets)
        {
            if (owners.TryGetValue(asset.OutputPath, out var other))
            {
                diagnostics.Error("file-clash", asset.Path, 0, 0, $"this file and {other.Path} would both be written to /{asset.OutputPath}; rename one of them.");
                continue;
            }

            owners[asset.OutputPath] = asset;
            files[asset.OutputPath] = asset.FullPath;
        }

        var manifest = new AssetManifest();
        foreach (var (path, source) in files)
        {
            var name = Name(path, () => File.ReadAllBytes(source));
            manifest._names[path] = name;
            manifest._copies[name] = source;
        }

        return manifest;
    }

    /// <summary>Adds a file made from text (e.g. a search index shard) and returns the path it is written at; unless told not to, a stylesheet, script or data file gets its fingerprint.</summary>
    public string AddText(string path, string text, bool fingerprint = true)
    {
        var name = fingerprint ? Name(path, () => Encoding.UTF8.GetBytes(text)) : path;
        _names[path] = name;
        _texts[name] = text;
        return name;
    }

    /// <summary>The output path of a file by its plain path (<c>assets/site.css</c>); unknown paths stay as they are.</summary>
    public string Resolve(string path) => _names.GetValueOrDefault(path, path);

    private static string Name(string path, Func<byte[]> content)
    {
        var extension = Path.GetExtension(path);
        if (!Fingerprinted.Contains(extension, StringComparer.Ordinal))
        {
            return path;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(content()))[..10];
        return $"{path[..^extension.Length]}.{hash}{extension}";
    }
}

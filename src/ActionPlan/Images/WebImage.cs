namespace ActionPlan.Images;

/// <summary>A content image made ready for the web: its size as shown, and the narrower copies a browser may choose.</summary>
/// <param name="Width">The width in pixels, upright (after the camera's orientation is applied).</param>
/// <param name="Height">The height in pixels, upright.</param>
/// <param name="Variants">The narrower copies, narrowest first (none when the image is no wider than the narrowest width).</param>
public sealed record WebImage(int Width, int Height, IReadOnlyList<ImageVariant> Variants)
{
    /// <summary>
    /// The same sizes as WebP, the full size last, for browsers that take it; empty where WebP would not save at least
    /// a tenth of the bytes.
    /// </summary>
    public IReadOnlyList<ImageVariant> Webp { get; init; } = [];
}

/// <summary>One narrower copy of an image.</summary>
/// <param name="OutputPath">Where it is written, beside the original (<c>projects/map-480w.png</c>).</param>
/// <param name="Width">Its width in pixels.</param>
/// <param name="Height">Its height in pixels.</param>
/// <param name="CacheFile">The file in the site's cache it is copied from.</param>
public sealed record ImageVariant(string OutputPath, int Width, int Height, string CacheFile);

namespace ActionPlan.Configuration;

/// <summary>How content images are made web-ready (<c>images:</c> in site.yml).</summary>
/// <param name="Widths">The widths of the narrower copies, in pixels; an image is never made wider than it is.</param>
/// <param name="JpegQuality">The quality of JPEG copies, 1 to 100 (PNG copies are lossless).</param>
/// <param name="MaxKilobytes">Above this size an image file gets a warning.</param>
public sealed record ImageSettings(IReadOnlyList<int> Widths, int JpegQuality, int MaxKilobytes)
{
    /// <summary>Phone, laptop and wide screens at up to twice their pixel density; 82 looks like the original; 500 KB.</summary>
    public static readonly ImageSettings Default = new([480, 960, 1600], 82, 500);
}

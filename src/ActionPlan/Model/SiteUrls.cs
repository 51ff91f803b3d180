namespace ActionPlan.Model;

/// <summary>The one place that turns output paths into the addresses written into pages.</summary>
public static class SiteUrls
{
    /// <summary>Escapes each segment of a '/'-separated path, keeping the slashes.</summary>
    public static string EscapePath(string path) =>
        string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The root-relative address of an output path under the base path: <c>/international/en/x/</c>.</summary>
    public static string Href(string basePath, string outputPath) => basePath + EscapePath(outputPath);

    /// <summary>The absolute address of an output path: <c>https://example.org/international/en/x/</c>.</summary>
    public static string Absolute(Uri baseUrl, string outputPath) => baseUrl.GetLeftPart(UriPartial.Authority) + Href(baseUrl.AbsolutePath, outputPath);

    /// <summary>A fragment as written into an address (escaped, with its '#'), or '' for none.</summary>
    public static string Fragment(string? fragment) => string.IsNullOrEmpty(fragment) ? "" : "#" + Uri.EscapeDataString(fragment);
}

namespace ActionPlan.Printing;

/// <summary>
/// The content type of each kind of file a built site holds, as Chromium is told it while printing: text in UTF-8,
/// anything else not listed as bytes (<c>application/octet-stream</c>), which a page never needs to print.
/// </summary>
internal static class ContentTypes
{
    /// <summary>The default for a file whose extension is not listed.</summary>
    public const string Unknown = "application/octet-stream";

    // What the theme, the build and an editor's static/ folder put in a site; extensions compared without case.
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "text/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".ico"] = "image/x-icon",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
        [".ttf"] = "font/ttf",
        [".otf"] = "font/otf",
        [".pdf"] = "application/pdf",
        [".webmanifest"] = "application/manifest+json",
    };

    /// <summary>The content type of <paramref name="file"/>, by its extension; <see cref="Unknown"/> when it is not listed.</summary>
    public static string Of(string file) => ByExtension.GetValueOrDefault(Path.GetExtension(file), Unknown);
}

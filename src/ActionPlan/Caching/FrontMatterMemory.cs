using ActionPlan.Loading;

namespace ActionPlan.Caching;

/// <summary>
/// Each page's front matter as read and checked, with what reading it reported, kept by the front matter's bytes, the
/// file's place (which gives the page its kind, name and language where the front matter does not) and the site's
/// languages: a build reads again only the front matter that changed.
/// </summary>
public sealed class FrontMatterMemory : KeptResults<FrontMatterMemory, ReadFrontMatter>
{
    /// <summary>The key of a front matter: its bytes' digest (with its fences), its file's path and the site's language codes.</summary>
    public static string KeyOf(byte[] frontDigest, string path, IEnumerable<string> languageCodes) =>
        new KeyBuilder().Add(frontDigest).Add(path).Add(languageCodes).Text();

    /// <inheritdoc/>
    protected override string Kind => "actionplan-front-1";

    /// <inheritdoc/>
    protected override void Write(BinaryWriter writer, ReadFrontMatter result)
    {
        ValueCodec.Write(writer, result.FrontMatter);
        writer.Write(result.Diagnostics);
    }

    /// <inheritdoc/>
    protected override ReadFrontMatter Read(BinaryReader reader) => new(ValueCodec.Read<PageFrontMatter>(reader), reader.ReadDiagnostics());
}

using ActionPlan.Configuration;

namespace ActionPlan.Loading;

/// <summary>
/// A Markdown file of the site, read and normalised (no byte-order mark, '\n' line ends).
/// </summary>
/// <param name="Path">The path relative to the site folder, for messages (e.g. <c>content/projects/x.en.md</c>).</param>
/// <param name="Folder">The folder inside content/, '/'-separated, empty for the content root.</param>
/// <param name="Name">The file name without language and extension (<c>x</c>, or <c>_index</c> for a section's own page).</param>
/// <param name="Language">The language from the file name (<c>en</c> in <c>x.en.md</c>), one of the site's.</param>
/// <param name="Text">The whole text, or its head alone when <see cref="Rest"/> reads the rest; empty once the file is split
/// into front matter and body (<see cref="ParsedSource"/>).</param>
public sealed record SourceFile(string Path, string Folder, string Name, Language Language, string Text)
{
    /// <summary>The file name given to a folder's own page.</summary>
    public const string IndexName = "_index";

    /// <summary>What twins share: folder and name (<c>projects/x</c>; <c>_index</c> for the home page).</summary>
    public string TwinKey => Folder.Length == 0 ? Name : $"{Folder}/{Name}";

    /// <summary>
    /// What the build cache knows the file by: the SHA-256 of its bytes as read from disk; for a text given otherwise
    /// (an edit not yet saved), of the text, taken when the text is let go (<see cref="FrontMatterReader"/>).
    /// </summary>
    public byte[] Digest { get; init; } = [];

    /// <summary>
    /// When set, <see cref="Text"/> holds the file up to the end of its front matter (<see cref="SourceHead"/>), and this
    /// reads the body after it, once something asks for it.
    /// </summary>
    public Func<string>? Rest { get; init; }

    /// <summary>A SHA-256 of the text before the body (the front matter and its fences), taken with <see cref="Digest"/>.</summary>
    public byte[] FrontDigest { get; init; } = [];

    /// <summary>The SHA-256 of a text, as <see cref="Digest"/> holds it.</summary>
    public static byte[] DigestOf(ReadOnlySpan<char> text) =>
        System.Security.Cryptography.SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text));

    /// <summary>True for a folder's own page (<c>_index.&lt;lang&gt;.md</c>).</summary>
    public bool IsIndex => Name == IndexName;
}

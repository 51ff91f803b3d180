using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ActionPlan.Markup;

/// <summary>A link or image in a page's Markdown, with its file position (one-based).</summary>
/// <param name="Url">The destination as the editor wrote it.</param>
/// <param name="Line">The file line.</param>
/// <param name="Column">The file column.</param>
/// <param name="Node">The syntax node; the renderer writes it with the resolved address and never changes it.</param>
public sealed record MarkdownLink(string Url, int Line, int Column, LinkInline Node)
{
    /// <summary>True for an image (<c>![alt](src)</c>).</summary>
    public bool IsImage => Node.IsImage;

    /// <summary>The title that marks an image as decorative (<c>![](border.png "decorative")</c>): shown with empty alt text, no title.</summary>
    public const string DecorativeTitle = "decorative";

    /// <summary>True for an image marked decorative by its title.</summary>
    public bool IsDecorative => IsImage && string.Equals(Node.Title?.Trim(), DecorativeTitle, StringComparison.OrdinalIgnoreCase);

    /// <summary>An image's alternative text (its label as plain text).</summary>
    public string AltText => string.Concat(Node.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}

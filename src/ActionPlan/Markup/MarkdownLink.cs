using Markdig.Syntax.Inlines;

namespace ActionPlan.Markup;

/// <summary>A link or image in a page's Markdown, with its file position (one-based).</summary>
/// <param name="Url">The destination as the editor wrote it.</param>
/// <param name="Line">The file line.</param>
/// <param name="Column">The file column.</param>
/// <param name="Node">The syntax node, whose URL the renderer rewrites to the resolved address.</param>
public sealed record MarkdownLink(string Url, int Line, int Column, LinkInline Node)
{
    /// <summary>True for an image (<c>![alt](src)</c>).</summary>
    public bool IsImage => Node.IsImage;
}

namespace ActionPlan.Markup;

/// <summary>A link or image in a page's Markdown, with its file position (one-based) and what the checks read of it.</summary>
/// <param name="Url">The destination as the editor wrote it.</param>
/// <param name="Line">The file line.</param>
/// <param name="Column">The file column.</param>
/// <param name="IsImage">True for an image (<c>![alt](src)</c>).</param>
public sealed record MarkdownLink(string Url, int Line, int Column, bool IsImage)
{
    /// <summary>The title written after the address, if any.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// For a link, its name as a screen reader reads it (its text, with the alternative text of images in it); for an
    /// image, its alternative text (its label as plain text).
    /// </summary>
    public string Text { get; init; } = "";

    /// <summary>True for a link with an image in it.</summary>
    public bool HoldsImage { get; init; }

    /// <summary>For an image inside a link, that link's name (<see cref="Text"/>); else null.</summary>
    public string? LinkAround { get; init; }

    /// <summary>The title that marks an image as decorative (<c>![](border.png "decorative")</c>): shown with empty alt text, no title.</summary>
    public const string DecorativeTitle = "decorative";

    /// <summary>True for an image marked decorative by its title.</summary>
    public bool IsDecorative => IsImage && string.Equals(Title?.Trim(), DecorativeTitle, StringComparison.OrdinalIgnoreCase);
}

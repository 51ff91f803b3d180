using Markdig.Syntax;

namespace ActionPlan.Markup;

/// <summary>A page body parsed once: the syntax tree, its headings and its links.</summary>
public sealed record ParsedMarkdown(MarkdownDocument Document, IReadOnlyList<MarkdownHeading> Headings, IReadOnlyList<MarkdownLink> Links)
{
    /// <summary>Raw HTML tags written in the body (shown as text, never passed through), with their file line and column.</summary>
    public IReadOnlyList<(string Tag, int Line, int Column)> RawHtml { get; init; } = [];

    /// <summary>False when the body could not be read, so its headings are unknown and links to them cannot be judged.</summary>
    public bool HeadingsKnown { get; init; } = true;

    /// <summary>Text written like a link that Markdown did not read as one (a space in the address), with its position.</summary>
    public IReadOnlyList<(string Text, int Line, int Column)> UnparsedLinks { get; init; } = [];

    /// <summary>
    /// Link or image syntax whose brackets were escaped into text (<c>\[text](a.md)</c>, <c>\!\[alt](b.png)</c>), as a
    /// rich-text editor writes it: shown with its brackets instead of as a link. The text as written, from its '\'.
    /// </summary>
    public IReadOnlyList<(string Text, int Line, int Column)> EscapedLinks { get; init; } = [];

    /// <summary>Ids the body's HTML has besides its headings (footnotes and their back links).</summary>
    public IReadOnlySet<string> Anchors { get; init; } = new HashSet<string>();

    /// <summary>The tables in the body, in order.</summary>
    public IReadOnlyList<MarkdownTable> Tables { get; init; } = [];

    /// <summary>Web addresses written in angle brackets (<c>&lt;https://www.kk.dk/&gt;</c>), shown as links whose text is the address, with their position.</summary>
    public IReadOnlyList<(string Url, int Line, int Column)> AddressLinks { get; init; } = [];

}

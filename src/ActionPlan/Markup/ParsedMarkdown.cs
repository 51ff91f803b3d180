using Markdig.Syntax;

namespace ActionPlan.Markup;

/// <summary>
/// A page body parsed: what the model, its checks and the search index take from it, as plain values that can be kept
/// between builds, and the syntax tree, which only rendering and the writing check read.
/// </summary>
public sealed record ParsedMarkdown(IReadOnlyList<MarkdownHeading> Headings, IReadOnlyList<MarkdownLink> Links)
{
    /// <summary>
    /// The tree: the one these results were read from, or, for results kept from an earlier build, the body parsed again
    /// the first time it is asked for (only for a page that is rendered or whose writing is read again).
    /// </summary>
    public MarkdownDocument Document => Tree!.Value;

    /// <summary>How the tree is had (<see cref="Document"/>): set by <see cref="MarkupParser"/>, which alone makes these.</summary>
    internal Lazy<MarkdownDocument>? Tree { get; init; }

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

    /// <summary>The body's text as the search index reads it.</summary>
    public BodySearchText SearchText { get; init; } = BodySearchText.None;
}

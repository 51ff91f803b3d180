using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ActionPlan.Markup;

/// <summary>
/// Parses page bodies with the one Markdig pipeline the whole build shares (GitHub heading ids that keep
/// Danish letters, tables, precise link positions; raw HTML shown as text, never passed through).
/// </summary>
public static partial class MarkupParser
{
    /// <summary>The shared, immutable pipeline; also used to render HTML.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseGridTables()
        .UseListExtras()
        .UseEmphasisExtras()
        .UseFootnotes()
        .UseAutoLinks()
        .UsePreciseSourceLocation()
        .DisableHtml()
        // Last, as Markdig asks: attributes attach to what the other extensions made ("{lang=da}" marks text in another language).
        .UseGenericAttributes()
        .Build();

    /// <summary>
    /// Parses a body that starts on file line <paramref name="firstLine"/>, in a page of <paramref name="culture"/> (for
    /// its search words; invariant when not given), whose <paramref name="allowedTags"/> (site.yml's <c>allowed_html</c>)
    /// are passed through as HTML.
    /// </summary>
    public static ParsedMarkdown Parse(string body, int firstLine, System.Globalization.CultureInfo? culture = null, IReadOnlySet<string>? allowedTags = null)
    {
        var document = Markdown.Parse(body, Pipeline);
        var headings = new List<MarkdownHeading>();
        var links = new List<LinkInline>();
        var html = new List<(string, int, int)>();
        var unparsed = new List<(string, int, int)>();
        var escaped = new List<(string, int, int)>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var tables = new List<MarkdownTable>();
        var addresses = new List<(string, int, int)>();
        foreach (var node in document.Descendants())
        {
            KeepOnlyLanguage(node);
            switch (node)
            {
                case HeadingBlock heading when heading.GetAttributes().Id is { } id:
                    headings.Add(new MarkdownHeading(heading.Level, PlainText(heading.Inline), id, firstLine + heading.Line, heading.Column + 1));
                    break;
                case Markdig.Extensions.Footnotes.Footnote footnote:
                    anchors.Add($"fn:{footnote.Order}");
                    anchors.Add($"fnref:{footnote.Order}");
                    break;
                case LinkInline { Url: { } url } link:
                    links.Add(link);
                    break;
                case AutolinkInline { IsEmail: false } autolink:
                    addresses.Add((autolink.Url, firstLine + autolink.Line, autolink.Column + 1));
                    break;
                case Table table:
                    tables.Add(Describe(table, firstLine));
                    break;
                case LiteralInline literal:
                    var content = literal.Content.ToString();
                    if (content.Contains('<'))
                    {
                        // With HTML disabled a tag arrives as text; find it so the editor can be told.
                        foreach (System.Text.RegularExpressions.Match tag in Tag().Matches(content))
                        {
                            html.Add((tag.Value, firstLine + literal.Line, literal.Column + tag.Index + 1));
                        }
                    }

                    if (EscapedLinkAt(literal) is { } written)
                    {
                        escaped.Add((written, firstLine + literal.Line, literal.Column + 1));
                    }

                    // "[text](a b.md)" is not a link to Markdown (a space ends the address): it arrives as text after
                    // its '[', so the label starts this literal. Column: the '[' just before it.
                    if (literal.PreviousSibling is LiteralInline { Content: { Length: 1 } open } && open.CurrentChar == '['
                        && UnparsedLink().Match(content) is { Success: true } label)
                    {
                        unparsed.Add(("[" + label.Value, firstLine + literal.Line, Math.Max(1, literal.Column)));
                    }

                    break;
            }
        }

        // The tags are found above as the editor wrote them; the tree passes the allowed ones through from here on, and
        // the links' texts are read from it as the page shows them.
        AllowTags(document, allowedTags ?? NoTags);
        return new ParsedMarkdown(headings, links.Select(l => Describe(l, firstLine)).ToList())
        {
            Tree = new Lazy<MarkdownDocument>(document),
            RawHtml = html, UnparsedLinks = unparsed, EscapedLinks = escaped, Anchors = anchors, Tables = tables, AddressLinks = addresses,
            SearchText = BodySearchText.Of(document, culture ?? System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// <paramref name="parsed"/>, results kept from an earlier parse of <paramref name="body"/>, with its tree: the one
    /// they were read from if they were kept in memory (a tree is never changed once made), else the body parsed again
    /// only when the tree is asked for, exactly as <see cref="Parse"/> left it.
    /// </summary>
    public static ParsedMarkdown Later(ParsedMarkdown parsed, Func<string> body, IReadOnlySet<string>? allowedTags) =>
        parsed.Tree is not null ? parsed
            : parsed with { Tree = new Lazy<MarkdownDocument>(() => Tree(body(), allowedTags ?? NoTags), LazyThreadSafetyMode.ExecutionAndPublication) };

    /// <summary>The tree <see cref="Parse"/> leaves: the body parsed, attributes but a language dropped, the allowed tags passed through.</summary>
    private static MarkdownDocument Tree(string body, IReadOnlySet<string> allowed)
    {
        var document = Markdown.Parse(body, Pipeline);
        foreach (var node in document.Descendants())
        {
            KeepOnlyLanguage(node);
        }

        AllowTags(document, allowed);
        return document;
    }

    private static readonly IReadOnlySet<string> NoTags = new HashSet<string>();

    /// <summary>
    /// The tree's link nodes in the order of <see cref="ParsedMarkdown.Links"/>: the nth is the one the nth link was read from.
    /// </summary>
    public static IEnumerable<LinkInline> LinkNodes(MarkdownDocument document) =>
        document.Descendants<LinkInline>().Where(l => l.Url is not null);

    private static MarkdownLink Describe(LinkInline link, int firstLine) =>
        new(link.Url!, firstLine + link.Line, link.Column + 1, link.IsImage)
        {
            Title = link.Title,
            Text = link.IsImage ? string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString())) : Name(link),
            HoldsImage = !link.IsImage && link.Descendants<LinkInline>().Any(i => i.IsImage),
            LinkAround = link.IsImage && link.Parent is { } parent && Enclosing(parent) is { } around ? Name(around) : null,
        };

    /// <summary>The link an inline is inside, or null.</summary>
    private static LinkInline? Enclosing(ContainerInline inline)
    {
        for (ContainerInline? at = inline; at is not null; at = at.Parent)
        {
            if (at is LinkInline { IsImage: false } link)
            {
                return link;
            }
        }

        return null;
    }

    /// <summary>What a screen reader reads as a link's name: its text, with the alternative text of images in it.</summary>
    private static string Name(LinkInline link)
    {
        var text = new System.Text.StringBuilder();
        foreach (var inline in link.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }

    private static MarkdownTable Describe(Table table, int firstLine)
    {
        var header = table.OfType<TableRow>().Where(r => r.IsHeader).ToList();
        var blank = header.Count > 0 && header.All(row => row.Descendants<Inline>().All(i => i is ContainerInline or LineBreakInline || (i is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())));
        return new MarkdownTable(firstLine + table.Line, table.Column + 1, header.Count > 0, blank);
    }

    /// <summary>
    /// Drops every attribute an editor wrote with <c>{...}</c> but a language (<c>{lang=da}</c>): HTML is not passed through,
    /// so neither are event handlers, styles or other attributes written this way.
    /// </summary>
    private static void KeepOnlyLanguage(MarkdownObject node)
    {
        if (node.TryGetAttributes() is not { Properties: { Count: > 0 } properties })
        {
            return;
        }

        properties.RemoveAll(p => p.Key != "lang" || p.Value is null || !LanguageTag().IsMatch(p.Value));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$")]
    private static partial System.Text.RegularExpressions.Regex LanguageTag();

    /// <summary>
    /// The link or image written from an escaped '[' (or an escaped '!' before one) that starts here, as written with its
    /// backslashes; null when the literal starts none. An escaped character starts a literal of its own (the text after
    /// it may be joined to it).
    /// </summary>
    private static string? EscapedLinkAt(LiteralInline literal)
    {
        if (!literal.IsFirstCharacterEscaped || literal.Content.Length == 0 || literal.Content.CurrentChar is not ('[' or '!'))
        {
            return null;
        }

        // An escaped '[' after an escaped '!' is reported with the '!'.
        if (literal.Content.CurrentChar == '[' && literal.PreviousSibling is LiteralInline { IsFirstCharacterEscaped: true, Content: { Length: 1, CurrentChar: '!' } })
        {
            return null;
        }

        var written = new System.Text.StringBuilder("\\").Append(literal.Content.ToString());
        for (var next = literal.NextSibling; next is LiteralInline text; next = text.NextSibling)
        {
            written.Append(text.IsFirstCharacterEscaped ? "\\" : "").Append(text.Content.ToString());
        }

        var match = EscapedLink().Match(written.ToString());
        return match.Success ? match.Value : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\\!)?\\\[[^\]\n]*\]\([^()\s]+\)")]
    private static partial System.Text.RegularExpressions.Regex EscapedLink();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[^\[\]]*\]\([^()]*\s[^()]*\)")]
    private static partial System.Text.RegularExpressions.Regex UnparsedLink();

    /// <summary>
    /// Turns the vetted tags of a parsed body back into HTML: only a bare <c>&lt;tag&gt;</c>, <c>&lt;/tag&gt;</c> or
    /// <c>&lt;tag/&gt;</c> of an allowed name, never one with attributes; everything else stays text.
    /// </summary>
    private static void AllowTags(MarkdownDocument document, IReadOnlySet<string> allowed)
    {
        if (allowed.Count == 0)
        {
            return;
        }

        foreach (var literal in document.Descendants<LiteralInline>().Where(l => l.Content.IndexOf('<') >= 0).ToList())
        {
            var text = literal.Content.ToString();
            var parts = new List<Inline>();
            var at = 0;
            foreach (System.Text.RegularExpressions.Match tag in Tag().Matches(text))
            {
                if (!IsAllowed(tag.Value, allowed))
                {
                    continue;
                }

                if (tag.Index > at)
                {
                    parts.Add(new LiteralInline(text[at..tag.Index]));
                }

                parts.Add(new HtmlInline(tag.Value));
                at = tag.Index + tag.Length;
            }

            if (parts.Count == 0)
            {
                continue;
            }

            if (at < text.Length)
            {
                parts.Add(new LiteralInline(text[at..]));
            }

            foreach (var part in parts)
            {
                literal.InsertBefore(part);
            }

            literal.Remove();
        }
    }

    /// <summary>True when a tag is a bare open, close or self-closing tag of an allowed name.</summary>
    public static bool IsAllowed(string tag, IReadOnlySet<string> allowed) =>
        BareTag().Match(tag) is { Success: true } bare && allowed.Contains(bare.Groups[1].Value.ToLowerInvariant());

    [System.Text.RegularExpressions.GeneratedRegex(@"^</?([a-zA-Z][a-zA-Z0-9]*)\s*/?>$")]
    private static partial System.Text.RegularExpressions.Regex BareTag();

    [System.Text.RegularExpressions.GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>")]
    private static partial System.Text.RegularExpressions.Regex Tag();

    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants<LiteralInline>())
        {
            text.Append(child.Content);
        }

        return text.ToString();
    }
}

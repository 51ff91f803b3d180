using Markdig;
using Markdig.Extensions.AutoIdentifiers;
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
        .Build();

    /// <summary>Parses a body that starts on file line <paramref name="firstLine"/>.</summary>
    public static ParsedMarkdown Parse(string body, int firstLine)
    {
        var document = Markdown.Parse(body, Pipeline);
        var headings = new List<MarkdownHeading>();
        var links = new List<MarkdownLink>();
        var html = new List<(string, int, int)>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading when heading.GetAttributes().Id is { } id:
                    headings.Add(new MarkdownHeading(heading.Level, PlainText(heading.Inline), id, firstLine + heading.Line));
                    break;
                case LinkInline { Url: { } url } link:
                    links.Add(new MarkdownLink(url, firstLine + link.Line, link.Column + 1, link));
                    break;
                case LiteralInline literal when literal.Content.IndexOf('<') >= 0:
                    // With HTML disabled a tag arrives as text; find it so the editor can be told.
                    foreach (System.Text.RegularExpressions.Match tag in Tag().Matches(literal.Content.ToString()))
                    {
                        html.Add((tag.Value, firstLine + literal.Line, literal.Column + tag.Index + 1));
                    }

                    break;
            }
        }

        return new ParsedMarkdown(document, headings, links) { RawHtml = html };
    }

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

using ActionPlan.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace ActionPlan.Rendering;

/// <summary>
/// Writes a page's links and images with the addresses the model resolved, read from a table, so the parsed
/// Markdown is never changed: the same tree renders the same way however often it is rendered. A link to a page in
/// another language gets <c>hreflang</c> and <c>lang</c>; a decorative image gets an empty alt text and no title.
/// Otherwise it writes exactly what Markdig's own link renderer writes.
/// </summary>
internal sealed class ResolvedLinkRenderer(IReadOnlyDictionary<LinkInline, ResolvedLink> resolved) : HtmlObjectRenderer<LinkInline>
{
    /// <summary>A renderer for a page's links, in place of Markdig's.</summary>
    public static ResolvedLinkRenderer For(IReadOnlyList<ResolvedLink> links) =>
        new(links.ToDictionary(l => l.Link.Node, ReferenceEqualityComparer.Instance as IEqualityComparer<LinkInline>));

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var found = resolved.GetValueOrDefault(link);
        var title = found?.Link.IsDecorative == true ? null : link.Title;
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write(link.IsImage ? "<img src=\"" : "<a href=\"");
            renderer.WriteEscapeUrl(found?.Href ?? (link.GetDynamicUrl is not null ? link.GetDynamicUrl() ?? link.Url : link.Url));
            renderer.Write('"');
            renderer.WriteAttributes(AttributesOf(link, found?.LanguageCode));
        }

        if (link.IsImage)
        {
            if (renderer.EnableHtmlForInline)
            {
                renderer.Write(" alt=\"");
            }

            var wasEnableHtmlForInline = renderer.EnableHtmlForInline;
            renderer.EnableHtmlForInline = false;
            renderer.WriteChildren(link);
            renderer.EnableHtmlForInline = wasEnableHtmlForInline;
            if (renderer.EnableHtmlForInline)
            {
                renderer.Write('"');
            }
        }

        if (renderer.EnableHtmlForInline && !string.IsNullOrEmpty(title))
        {
            renderer.Write(" title=\"");
            renderer.WriteEscape(title);
            renderer.Write('"');
        }

        if (link.IsImage)
        {
            if (renderer.EnableHtmlForInline)
            {
                renderer.Write(" />");
            }
        }
        else
        {
            if (renderer.EnableHtmlForInline)
            {
                renderer.Write('>');
            }

            renderer.WriteChildren(link);
            if (renderer.EnableHtmlForInline)
            {
                renderer.Write("</a>");
            }
        }
    }

    /// <summary>The link's own attributes, with the target's language added to a copy when it differs from the page's.</summary>
    private static HtmlAttributes? AttributesOf(LinkInline link, string? languageCode)
    {
        var own = link.TryGetAttributes();
        if (languageCode is null)
        {
            return own;
        }

        var attributes = new HtmlAttributes();
        own?.CopyTo(attributes, mergeIdAndProperties: false, shared: false);
        attributes.AddPropertyIfNotExist("hreflang", languageCode);
        attributes.AddPropertyIfNotExist("lang", languageCode);
        return attributes;
    }
}

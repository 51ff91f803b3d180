using System.Globalization;
using ActionPlan.Configuration;
using ActionPlan.Images;
using ActionPlan.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ActionPlan.Rendering;

/// <summary>
/// Writes a page's links and images with the addresses the model resolved, read from a table, so the parsed
/// Markdown is never changed: the same tree renders the same way however often it is rendered. A link to a page in
/// another language gets <c>hreflang</c> and <c>lang</c>; a decorative image gets an empty alt text and no title; an
/// image of the site gets its width and height, its narrower copies, lazy loading and, where they pay, WebP copies in a
/// <c>picture</c>. Otherwise it writes exactly what Markdig's own link renderer writes.
/// </summary>
internal sealed class ResolvedLinkRenderer(IReadOnlyDictionary<LinkInline, ResolvedLink> resolved, IReadOnlyDictionary<string, WebImage> images, string basePath)
    : HtmlObjectRenderer<LinkInline>
{
    // The theme's column: 48rem less its padding, the whole width less the padding below that.
    private const string Sizes = "(min-width: 48rem) 46rem, calc(100vw - 2rem)";

    /// <summary>
    /// A renderer for the links of a page's tree <paramref name="document"/>, in place of Markdig's; images of the site
    /// get their sizes and narrower copies. Each node is known by its place among the links the parse read
    /// (<paramref name="written"/>, <see cref="Markup.MarkupParser.LinkNodes"/>), so the tree may be one parsed again.
    /// </summary>
    public static ResolvedLinkRenderer For(MarkdownDocument document, IReadOnlyList<Markup.MarkdownLink> written, IReadOnlyList<ResolvedLink> links,
        IReadOnlyDictionary<string, WebImage> images, string basePath)
    {
        var resolved = links.ToDictionary(l => l.Link, ReferenceEqualityComparer.Instance as IEqualityComparer<Markup.MarkdownLink>);
        var nodes = new Dictionary<LinkInline, ResolvedLink>(ReferenceEqualityComparer.Instance as IEqualityComparer<LinkInline>);
        foreach (var (link, node) in written.Zip(Markup.MarkupParser.LinkNodes(document)))
        {
            if (resolved.TryGetValue(link, out var found))
            {
                nodes[node] = found;
            }
        }

        return new(nodes, images, basePath);
    }

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var found = resolved.GetValueOrDefault(link);
        var title = found?.Link.IsDecorative == true ? null : link.Title;
        var image = link.IsImage && renderer.EnableHtmlForInline && found?.Asset is { } asset && images.TryGetValue(asset, out var known) && found.Href == SiteUrls.Href(basePath, asset)
            ? known
            : null;
        if (image is { Webp.Count: > 0 })
        {
            // Browsers that take WebP choose among its copies; the others, and every tool that reads img, keep the original's.
            renderer.Write("<picture><source type=\"image/webp\" srcset=\"");
            WriteCandidates(renderer, image.Webp.Select(v => (SiteUrls.Href(basePath, v.OutputPath), v.Width)));
            renderer.Write($"\" sizes=\"{Sizes}\" />");
        }

        if (renderer.EnableHtmlForInline)
        {
            renderer.Write(link.IsImage ? "<img src=\"" : "<a href=\"");
            renderer.WriteEscapeUrl(found?.Href ?? (link.GetDynamicUrl is not null ? link.GetDynamicUrl() ?? link.Url : link.Url));
            renderer.Write('"');
            renderer.WriteAttributes(AttributesOf(link, found?.Language));
            if (!link.IsImage && ShowsItsAddress(link, found?.Href ?? link.Url))
            {
                // Paper prints an address after its link (site.css); not after a link that already shows it.
                renderer.Write(" data-shows-address");
            }
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

        if (image is not null)
        {
            WriteSizes(renderer, image, found!.Href);
        }

        if (link.IsImage)
        {
            if (renderer.EnableHtmlForInline)
            {
                renderer.Write(image is { Webp.Count: > 0 } ? " /></picture>" : " />");
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

    /// <summary>
    /// The image's size, so the page keeps its place while it loads, its narrower copies with the width of each (the
    /// original last) for the browser to choose from, and lazy loading.
    /// </summary>
    private void WriteSizes(HtmlRenderer renderer, WebImage image, string href)
    {
        if (image.Variants.Count > 0)
        {
            renderer.Write(" srcset=\"");
            WriteCandidates(renderer, image.Variants.Select(v => (SiteUrls.Href(basePath, v.OutputPath), v.Width)).Append((href, image.Width)));
            renderer.Write($"\" sizes=\"{Sizes}\"");
        }

        renderer.Write(string.Create(CultureInfo.InvariantCulture, $" width=\"{image.Width}\" height=\"{image.Height}\" loading=\"lazy\""));
    }

    /// <summary>A srcset's candidates, each address with its width.</summary>
    private static void WriteCandidates(HtmlRenderer renderer, IEnumerable<(string Href, int Width)> candidates)
    {
        var first = true;
        foreach (var (href, width) in candidates)
        {
            renderer.Write(first ? "" : ", ");
            renderer.WriteEscapeUrl(href);
            renderer.Write(string.Create(CultureInfo.InvariantCulture, $" {width}w"));
            first = false;
        }
    }

    /// <summary>The link's own attributes, with the target's language added to a copy when it differs from the page's.</summary>
    /// <summary>True when a link to another site shows its own address as its text ("www.kk.dk" for https://www.kk.dk/).</summary>
    private static bool ShowsItsAddress(LinkInline link, string? href)
    {
        if (href is null || !(href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        static string Bare(string address)
        {
            var trimmed = address.Trim();
            var scheme = trimmed.IndexOf("://", StringComparison.Ordinal);
            return (scheme >= 0 ? trimmed[(scheme + 3)..] : trimmed).TrimEnd('/');
        }

        var text = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        // "the municipality's website, www.kk.dk" shows it as well as "www.kk.dk" alone.
        return text.Contains(Bare(href), StringComparison.OrdinalIgnoreCase);
    }

    private static HtmlAttributes? AttributesOf(LinkInline link, Language? language)
    {
        var own = link.TryGetAttributes();
        if (language is null)
        {
            return own;
        }

        var attributes = new HtmlAttributes();
        own?.CopyTo(attributes, mergeIdAndProperties: false, shared: false);
        attributes.AddPropertyIfNotExist("hreflang", language.Tag);
        attributes.AddPropertyIfNotExist("lang", language.Tag);
        return attributes;
    }
}

using System.Net;
using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ActionPlan.Rendering;

/// <summary>
/// Writes each table of a body inside a scroll region a keyboard can reach (<c>role="region"</c>, <c>tabindex="0"</c>),
/// named after the nearest heading before it, or the word "Table" in the page's language
/// when none comes before it; tables that would share a name are numbered ("Costs, table 2"), so every region's name
/// is its own. Otherwise it writes exactly what Markdig's own table renderer writes.
/// </summary>
internal sealed class TableRegionRenderer(IReadOnlyDictionary<Table, string> names) : HtmlTableRenderer
{
    /// <summary>
    /// A renderer for the tables of <paramref name="document"/>; <paramref name="table"/> names a table no heading
    /// comes before, <paramref name="numbered"/> (with {0} the name, {1} the number) tells tables of the same name apart.
    /// </summary>
    public static TableRegionRenderer For(MarkdownDocument document, string table, string numbered)
    {
        // Named in reading order: a table takes the last heading above it, at any depth (in a list, in a quote).
        var named = new List<(Table Table, string Name)>();
        string? heading = null;
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                case HeadingBlock found:
                    heading = TextOf(found.Inline);
                    break;
                case Table found:
                    named.Add((found, string.IsNullOrWhiteSpace(heading) ? table : heading));
                    break;
            }
        }

        var names = new Dictionary<Table, string>(ReferenceEqualityComparer.Instance as IEqualityComparer<Table>);
        foreach (var group in named.GroupBy(n => n.Name, StringComparer.Ordinal))
        {
            var shared = group.Count() > 1;
            foreach (var (found, index) in group.Select((n, i) => (n.Table, i + 1)))
            {
                names[found] = shared ? string.Format(System.Globalization.CultureInfo.InvariantCulture, numbered, group.Key, index) : group.Key;
            }
        }

        return new TableRegionRenderer(names);
    }

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        if (!renderer.EnableHtmlForBlock || !names.TryGetValue(table, out var name))
        {
            base.Write(renderer, table);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<div class=\"table-region\" role=\"region\" tabindex=\"0\" aria-label=\"").Write(WebUtility.HtmlEncode(name)).WriteLine("\">");
        base.Write(renderer, table);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }

    /// <summary>A heading's text as a reader hears it: its words and code, without the marks around them.</summary>
    private static string TextOf(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}

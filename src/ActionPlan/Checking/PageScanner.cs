using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace ActionPlan.Checking;

/// <summary>
/// Reads what the link check needs from one page, its element ids and the addresses it refers to, in one pass
/// of AngleSharp's HTML tokenizer: the same reading of tags, attributes and character references as the full
/// parser, without building a document (which cost about ten times as much time and memory).
/// </summary>
internal static class PageScanner
{
    // The attribute of each element that refers to another address.
    private static readonly Dictionary<string, string[]> References = new(StringComparer.Ordinal)
    {
        ["a"] = ["href"], ["area"] = ["href"], ["link"] = ["href"], ["img"] = ["src"], ["script"] = ["src"],
        ["source"] = ["src"], ["iframe"] = ["src"], ["video"] = ["src", "poster"], ["audio"] = ["src"],
        ["track"] = ["src"], ["embed"] = ["src"], ["object"] = ["data"],
    };

    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> ReferencesByName =
        References.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The ids and references of a page.</summary>
    public static PageScan Scan(string html)
    {
        // The struct tokens are AngleSharp's allocation-free form: only the values kept become strings.
        // Disposed so the tokenizer's rented buffer goes back to the pool: kept, it made 85 MB of garbage at 2x2,000 pages.
        using var source = new TextSource(new StringTextSource(html));
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
        };
        var ids = new HashSet<string>(16, StringComparer.Ordinal);
        var references = new List<string>(32);
        for (ref var token = ref tokenizer.GetStructToken(); token.Type != HtmlTokenType.EndOfFile; token = ref tokenizer.GetStructToken())
        {
            if (token.Type != HtmlTokenType.StartTag)
            {
                continue;
            }

            var name = token.Name.Memory.Span;
            ReferencesByName.TryGetValue(name, out var referring);
            var attributes = token.Attributes;
            for (var i = 0; i < attributes.Count; i++)
            {
                var attribute = attributes[i];
                var key = attribute.Name.Memory.Span;
                if (key is "id" || (key is "name" && name is "a"))
                {
                    if (attribute.Value.Length > 0)
                    {
                        ids.Add(attribute.Value.ToString());
                    }
                }
                else if (referring is not null && Refers(referring, key))
                {
                    references.Add(attribute.Value.Memory.Span.Trim().ToString());
                }
            }

            // The tree builder would switch the tokenizer for these elements; without it, do the same, so a '<'
            // in a script or a title is not taken for a tag.
            tokenizer.State = name switch
            {
                "script" => HtmlParseMode.Script,
                "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                "title" or "textarea" => HtmlParseMode.RCData,
                "plaintext" => HtmlParseMode.Plaintext,
                _ => tokenizer.State,
            };
        }

        return new PageScan(ids, references);
    }

    private static bool Refers(string[] referring, ReadOnlySpan<char> attribute)
    {
        foreach (var name in referring)
        {
            if (attribute.SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }
}

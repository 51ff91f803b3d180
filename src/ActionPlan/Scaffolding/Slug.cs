using System.Globalization;
using System.Text;

namespace ActionPlan.Scaffolding;

/// <summary>Makes URL names from titles: lower case, Danish letters spelled out (æ→ae, ø→oe, å→aa), other accents dropped, '-' between words.</summary>
public static class Slug
{
    private static readonly Dictionary<char, string> Spelled = new()
    {
        ['æ'] = "ae", ['ø'] = "oe", ['å'] = "aa", ['ä'] = "ae", ['ö'] = "oe", ['ü'] = "ue", ['ß'] = "ss",
    };

    /// <summary>The URL name for a title; empty when the title has no letters or digits.</summary>
    public static string From(string title)
    {
        var text = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            if (Spelled.TryGetValue(c, out var spelled))
            {
                text.Append(spelled);
                continue;
            }

            foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(part) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                text.Append(char.IsAsciiLetterOrDigit(part) ? part : '-');
            }
        }

        return string.Join('-', text.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}

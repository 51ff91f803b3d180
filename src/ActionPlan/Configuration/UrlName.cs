using System.Text.RegularExpressions;

namespace ActionPlan.Configuration;

/// <summary>The one rule for names that become URL path segments: lower-case letters (Danish ones too), digits, '-'.</summary>
public static partial class UrlName
{
    /// <summary>True when the name can stand as one URL segment and one folder name as it is.</summary>
    public static bool IsValid(string name) => Pattern().IsMatch(name);

    [GeneratedRegex(@"^[\p{Ll}\p{Lo}\p{Nd}]+(-[\p{Ll}\p{Lo}\p{Nd}]+)*$")]
    private static partial Regex Pattern();
}

using System.Text.RegularExpressions;

namespace ActionPlan.Configuration;

/// <summary>The one rule for names that become URL path segments: lower-case letters (Danish ones too), digits, '-'.</summary>
public static partial class UrlName
{
    /// <summary>
    /// The rule as a regular expression, the one the front-matter schemas and the browser editor check too: the same
    /// in .NET and in ECMAScript with the <c>u</c> flag (the vendored editor is patched to use it).
    /// </summary>
    public const string Pattern = @"^[\p{Ll}\p{Lo}\p{Nd}]+(-[\p{Ll}\p{Lo}\p{Nd}]+)*$";

    /// <summary>True when the name can stand as one URL segment and one folder name as it is.</summary>
    public static bool IsValid(string name) => Rule().IsMatch(name);

    [GeneratedRegex(Pattern)]
    private static partial Regex Rule();
}

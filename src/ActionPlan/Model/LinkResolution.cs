using ActionPlan.Configuration;

namespace ActionPlan.Model;

/// <summary>What a link written on a page resolves to.</summary>
/// <param name="Href">The address written into the page (null when the link leads nowhere).</param>
/// <param name="Language">The target's language when it differs from the page's (gives hreflang and lang), else null.</param>
public sealed record LinkResolution(string? Href, Language? Language = null)
{
    /// <summary>Why the link leads nowhere, with what to do; null when it resolves.</summary>
    public string? Error { get; init; }

    /// <summary>How the link, which works, should better be written (a web address of the site instead of its file); or null.</summary>
    public string? Advice { get; init; }

    /// <summary>For a link to a file of the site (content/ or static/): its output path.</summary>
    public string? Asset { get; init; }

    /// <summary>A link that leads nowhere.</summary>
    public static LinkResolution Failed(string error) => new((string?)null) { Error = error };
}

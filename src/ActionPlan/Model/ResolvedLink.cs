using ActionPlan.Configuration;
using ActionPlan.Markup;

namespace ActionPlan.Model;

/// <summary>A Markdown link with the address it is written out as.</summary>
/// <param name="Link">The link as written, with its position.</param>
/// <param name="Href">The address in the output (root-relative with the base path, or external as written).</param>
/// <param name="Language">The target's language when it differs from the page's (gives hreflang and lang), else null.</param>
/// <param name="Asset">For a link to a file of the site: its output path (an image's sizes are found by it), else null.</param>
public sealed record ResolvedLink(MarkdownLink Link, string Href, Language? Language, string? Asset = null);

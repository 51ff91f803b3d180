namespace ActionPlan.Configuration;

/// <summary>
/// What every page's footer names, from <c>site.yml</c>: the responsible authority, the contact and privacy
/// pages (as content paths without language, e.g. <c>about/contact</c>), and the address of the accessibility
/// statement made in the state's WAS tool, which the build also serves as a redirect at <c>/was/</c>.
/// </summary>
/// <param name="Authority">The responsible authority per language, or null.</param>
/// <param name="ContactPage">The contact page's twin key, or null.</param>
/// <param name="PrivacyPage">The privacy page's twin key, or null.</param>
/// <param name="AccessibilityStatement">The statement's address, or null.</param>
/// <param name="Lines">The site.yml line of each footer key, for messages.</param>
public sealed record FooterConfig(LocalizedText? Authority, string? ContactPage, string? PrivacyPage, Uri? AccessibilityStatement, IReadOnlyDictionary<string, int> Lines)
{
    /// <summary>No footer settings.</summary>
    public static FooterConfig None { get; } = new(null, null, null, null, new Dictionary<string, int>());

    /// <summary>The output folder of the redirect to the accessibility statement.</summary>
    public const string StatementPath = "was/";
}

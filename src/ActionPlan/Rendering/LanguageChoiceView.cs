using ActionPlan.Configuration;

namespace ActionPlan.Rendering;

/// <summary>One language offered on the root page, with the site title and texts in that language.</summary>
public sealed record LanguageChoice(Language Language, string SiteTitle, string Href, UiStrings Strings)
{
    /// <summary>An interface text in this language.</summary>
    public string T(string key) => Strings[key];
}

/// <summary>What the root page's layout gets: the default language (the page's own) and every language on offer, as equal choices.</summary>
public sealed record LanguageChoiceView(LanguageChoice Default, IReadOnlyList<LanguageChoice> Choices, string BasePath, Uri BaseUrl, Func<string, string> Assets)
{
    /// <summary>The root page's own absolute address.</summary>
    public string CanonicalUrl => BaseUrl.AbsoluteUri;

    /// <summary>Each language's home page as an hreflang alternate, and this page as x-default.</summary>
    public IReadOnlyList<AlternateView> Alternates =>
    [
        .. Choices.Select(c => new AlternateView(c.Language.Tag, new Uri(BaseUrl, c.Href).AbsoluteUri)),
        new AlternateView("x-default", CanonicalUrl),
    ];

    /// <summary>Each language's home page by language tag, as a JSON object for the root page's script (escaped for a script element).</summary>
    public string HomesJson => System.Text.Json.JsonSerializer.Serialize(Choices.ToDictionary(c => c.Language.Tag, c => c.Href, StringComparer.Ordinal));

    /// <summary>The address of a theme or static file.</summary>
    public string Asset(string path) => Model.SiteUrls.Href(BasePath, Assets(path));
}

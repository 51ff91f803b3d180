using ActionPlan.Configuration;
using ActionPlan.Model;

namespace ActionPlan.Tests.Support;

/// <summary>A site's languages by code, for tests that name them as the content's file names do.</summary>
internal static class SiteLanguages
{
    /// <summary>A language on its own, for a test without a site: its code, named by it, with its culture.</summary>
    public static Language Of(string code) => new(code, code, System.Globalization.CultureInfo.GetCultureInfo(code));

    /// <summary>The site's language with a code; a test that names one the site lacks fails here.</summary>
    public static Language In(this Site site, string code) => site.Config.In(code);

    /// <summary>The configuration's language with a code.</summary>
    public static Language In(this SiteConfig config, string code) =>
        config.FindLanguage(code) ?? throw new InvalidOperationException($"the site has no language '{code}'");
}

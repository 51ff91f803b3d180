using System.Globalization;

namespace ActionPlan.Configuration;

/// <summary>
/// One language of the site: its code (the URL prefix and file suffix, e.g. <c>en</c>), its name written
/// in itself (<c>English</c>, <c>Dansk</c>) and the culture that formats its dates and orders its titles.
/// </summary>
public sealed record Language(string Code, string Name, CultureInfo Culture)
{
    /// <summary>The BCP 47 tag used for <c>lang</c> and <c>hreflang</c> attributes (the code, e.g. <c>da</c>).</summary>
    public string Tag => Code;

    /// <summary>How the language orders text, as its readers expect (Danish: Æ, Ø, Å after Z, in that order).</summary>
    public StringComparer Collation => StringComparer.Create(Culture, ignoreCase: false);

    /// <summary>
    /// The Hunspell dictionary its pages are spelled with (<c>dictionary:</c>, a name such as <c>da_DK</c> for
    /// <c>da_DK.aff</c> and <c>da_DK.dic</c>); default: the locale's name with '_' (<c>en-GB</c> → <c>en_GB</c>).
    /// </summary>
    public string Dictionary { get; init; } = Culture.Name.Replace('-', '_');
}

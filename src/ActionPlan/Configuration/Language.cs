using System.Globalization;

namespace ActionPlan.Configuration;

/// <summary>
/// One language of the site: its code (the URL prefix and file suffix, e.g. <c>en</c>), its name written
/// in itself (<c>English</c>, <c>Dansk</c>) and the culture that formats its dates.
/// </summary>
public sealed record Language(string Code, string Name, CultureInfo Culture)
{
    /// <summary>The BCP 47 tag used for <c>lang</c> and <c>hreflang</c> attributes (the code, e.g. <c>da</c>).</summary>
    public string Tag => Code;
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace ActionPlan.Configuration;

/// <summary>
/// One language of the site: its code (the URL prefix and file suffix, e.g. <c>en</c>), its name written
/// in itself (<c>English</c>, <c>Dansk</c>) and the culture that formats its dates and orders its titles.
/// </summary>
public sealed partial record Language(string Code, string Name, CultureInfo Culture)
{
    /// <summary>The BCP 47 tag used for <c>lang</c> and <c>hreflang</c> attributes (the code, e.g. <c>da</c>).</summary>
    public string Tag => Code;

    /// <summary>How the language orders text, as its readers expect (Danish: Æ, Ø, Å after Z, in that order).</summary>
    public StringComparer Collation => StringComparer.Create(Culture, ignoreCase: false);

    /// <summary>
    /// How a day is written: the culture's long date without the weekday a dated fact never needs
    /// (en-GB <c>d MMMM yyyy</c>, da-DK <c>d. MMMM yyyy</c>, sv-SE <c>d MMMM yyyy</c>, en-US <c>MMMM d, yyyy</c>).
    /// </summary>
    public string DateFormat { get; } = Weekday().Replace(Culture.DateTimeFormat.LongDatePattern, "");

    /// <summary>True for a language code the site accepts: two or three lower-case letters (<c>en</c>, <c>da</c>, <c>sv</c>).</summary>
    public static bool IsCode(string code) => CodeRule().IsMatch(code);

    /// <summary>A day as this language's readers write it.</summary>
    public string FormatDate(DateOnly date) => date.ToString(DateFormat, Culture);

    /// <summary>
    /// The Hunspell dictionary its pages are spelled with (<c>dictionary:</c>, a name such as <c>da_DK</c> for
    /// <c>da_DK.aff</c> and <c>da_DK.dic</c>); default: the locale's name with '_' (<c>en-GB</c> → <c>en_GB</c>).
    /// </summary>
    public string Dictionary { get; init; } = Culture.Name.Replace('-', '_');

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex CodeRule();

    // The weekday leads every long date pattern the cultures have, with a comma or a quoted word after it ("'den'").
    [GeneratedRegex(@"^dddd,?\s*(?:'[^']*'\s*)?")]
    private static partial Regex Weekday();
}

using System.Globalization;

namespace ActionPlan.Domain;

/// <summary>A run of whole years, both ends included: an action plan's period (<c>2007-2009</c>).</summary>
/// <param name="First">The first year.</param>
/// <param name="Last">The last year (the same as <paramref name="First"/> for one year).</param>
public sealed record YearSpan(int First, int Last)
{
    /// <summary>The written forms as a regular expression, for the schemas and the browser editor; <see cref="Parse"/> also refuses a span that runs backwards.</summary>
    public const string Pattern = "^[12][0-9]{3}(-[12][0-9]{3})?$";

    /// <summary>Parses <c>2007-2009</c> or a single year <c>2010</c>; null for anything else or a span that runs backwards.</summary>
    public static YearSpan? Parse(string text)
    {
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 2 || parts.Any(p => p.Length != 4 || !p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        var first = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var last = int.Parse(parts[^1], CultureInfo.InvariantCulture);
        return first is < 1900 or > 2999 || last < first || last > 2999 ? null : new YearSpan(first, last);
    }

    /// <summary>True when the year falls in the span.</summary>
    public bool Contains(int year) => First <= year && year <= Last;

    /// <summary>Written as editors write it: <c>2007-2009</c>, or <c>2010</c> for one year.</summary>
    public override string ToString() => First == Last ? $"{First:D4}" : $"{First:D4}-{Last:D4}";

    /// <summary>Written for readers, with an en dash: <c>2007–2009</c>.</summary>
    public string Display => First == Last ? $"{First:D4}" : $"{First:D4}–{Last:D4}";
}

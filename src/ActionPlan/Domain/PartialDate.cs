using System.Globalization;
using System.Text.RegularExpressions;

namespace ActionPlan.Domain;

/// <summary>A date known to the year, the month or the day: <c>2007</c>, <c>2007-11</c> or <c>2007-11-05</c>.</summary>
public sealed partial record PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    /// <summary>
    /// The written forms as a regular expression, the build's rule (years 1000-2999, as for a day), which the editors'
    /// checks use too; <see cref="Parse"/> also refuses a day the month does not have, which a pattern cannot see.
    /// </summary>
    public const string Pattern = "^[12][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

    /// <summary>Parses the three written forms; null for anything else (including impossible dates).</summary>
    public static PartialDate? Parse(string text)
    {
        // '$' also matches before a final line end, which is no part of a date.
        if (!Rule().IsMatch(text) || text.EndsWith('\n'))
        {
            return null;
        }

        var numbers = text.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        int? month = numbers.Length > 1 ? numbers[1] : null;
        int? day = numbers.Length > 2 ? numbers[2] : null;
        if (day is not null && day > DateTime.DaysInMonth(numbers[0], month!.Value))
        {
            return null;
        }

        return new PartialDate(numbers[0], month, day);
    }

    /// <summary>Written back in the form it was given.</summary>
    public override string ToString() =>
        Month is null ? $"{Year:D4}" : Day is null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}-{Month:D2}-{Day:D2}";

    /// <summary>
    /// Written for readers of a language: "2007", a month as the culture writes one ("November 2007" / "november 2007"),
    /// a day in the language's day format ("5 November 2007" / "5. november 2007").
    /// </summary>
    public string Format(CultureInfo culture, string dayFormat)
    {
        if (Month is null)
        {
            return Year.ToString(CultureInfo.InvariantCulture);
        }

        var date = new DateOnly(Year, Month.Value, Day ?? 1);
        return Day is null ? date.ToString(culture.DateTimeFormat.YearMonthPattern, culture) : date.ToString(dayFormat, culture);
    }

    /// <summary>The first day of the year, month or day the date names (where a full day is needed, as in an Atom feed).</summary>
    public DateOnly First => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>True when the date names a day, not only a year or a month.</summary>
    public bool IsDay => Day is not null;

    /// <summary>A day as a date known to the day.</summary>
    public static PartialDate Of(DateOnly day) => new(day.Year, day.Month, day.Day);

    /// <summary>Earlier first; a less precise date sorts before the more precise ones it covers.</summary>
    public int CompareTo(PartialDate? other) =>
        other is null ? 1 : (Year, Month ?? 0, Day ?? 0).CompareTo((other.Year, other.Month ?? 0, other.Day ?? 0));

    [GeneratedRegex(Pattern)]
    private static partial Regex Rule();
}

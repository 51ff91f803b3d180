using System.Globalization;
using ActionPlan.Domain;
using CsCheck;

namespace ActionPlan.Tests.Domain;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2007", 2007, null, null)]
    [InlineData("2007-11", 2007, 11, null)]
    [InlineData("2008-02-29", 2008, 2, 29)]
    public void Reads_a_year_a_month_or_a_day(string text, int year, int? month, int? day)
    {
        Assert.Equal(new PartialDate(year, month, day), PartialDate.Parse(text));
        Assert.Equal(text, PartialDate.Parse(text)!.ToString());
    }

    [Theory]
    [InlineData("Nov 2007")]
    [InlineData("2007-13")]
    [InlineData("2007-02-30")]
    [InlineData("07-11")]
    [InlineData("2007-1")]
    [InlineData("2007-11-05-01")]
    public void Refuses_anything_else(string text)
    {
        Assert.Null(PartialDate.Parse(text));
    }

    [Fact]
    public void Is_written_the_way_each_language_writes_dates()
    {
        var danish = CultureInfo.GetCultureInfo("da-DK");
        var english = CultureInfo.GetCultureInfo("en-GB");

        Assert.Equal("november 2007", PartialDate.Parse("2007-11")!.Format(danish, "d. MMMM yyyy"));
        Assert.Equal("November 2007", PartialDate.Parse("2007-11")!.Format(english, "d MMMM yyyy"));
        Assert.Equal("3. marts 2008", PartialDate.Parse("2008-03-03")!.Format(danish, "d. MMMM yyyy"));
        Assert.Equal("2007", PartialDate.Parse("2007")!.Format(danish, "d. MMMM yyyy"));
    }

    [Fact]
    public void Sorts_by_time_with_the_less_precise_date_first()
    {
        var dates = new[] { "2008-04", "2007-11-05", "2007", "2007-11" }.Select(t => PartialDate.Parse(t)!).Order().Select(d => d.ToString());

        Assert.Equal(["2007", "2007-11", "2007-11-05", "2008-04"], dates);
    }

    private static readonly Gen<PartialDate> AnyDate = Gen.Select(Gen.Int[1990, 2030], Gen.Int[0, 12], Gen.Int[0, 31], (year, month, day) =>
        month == 0 ? new PartialDate(year, null, null)
        : new PartialDate(year, month, day == 0 ? null : Math.Min(day, DateTime.DaysInMonth(year, month))));

    [Fact]
    public void Its_first_day_lies_in_the_period_it_names_and_keeps_the_order_of_dates()
    {
        // The feed stamps a year or a month with its first day: that day must be in the period, and stamping must never
        // put a later date before an earlier one.
        Gen.Select(AnyDate, AnyDate).Sample((a, b) =>
        {
            Assert.Equal((a.Year, a.Month ?? 1, a.Day ?? 1), (a.First.Year, a.First.Month, a.First.Day));
            Assert.Equal(a.Day is not null, a.IsDay);
            if (a.CompareTo(b) <= 0)
            {
                Assert.True(a.First <= b.First, $"{a} sorts before {b}, but its first day {a.First} is after {b.First}");
            }
        });
    }

    [Fact]
    public void Reads_exactly_what_its_pattern_allows_and_a_day_the_month_has()
    {
        // The editors' checks use the pattern, the build reads with Parse: they agree on every text but a day the month
        // lacks (2007-02-30), which only Parse can see.
        var text = Gen.OneOf(
            Gen.Char["0123456789-"].Array[0, 11].Select(c => new string(c)),
            Gen.Select(Gen.Int[0, 3999], Gen.Int[0, 14], Gen.Int[0, 33], (y, m, d) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}-{d:D2}")),
            Gen.Select(Gen.Int[0, 3999], Gen.Int[0, 14], (y, m) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}")));
        text.Sample(t =>
        {
            var matches = System.Text.RegularExpressions.Regex.IsMatch(t, PartialDate.Pattern);
            var realDay = t.Length != 10 || DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
            Assert.True((PartialDate.Parse(t) is not null) == (matches && realDay), $"'{t}': pattern {matches}, a real day {realDay}, read {PartialDate.Parse(t)}");
        });
    }

    [Theory]
    [InlineData("0999")]
    [InlineData("3000-01")]
    [InlineData("2007\n")]
    public void Refuses_a_year_outside_the_builds_years_as_it_does_in_a_day(string text)
    {
        Assert.Null(PartialDate.Parse(text.Replace("\\n", "\n", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_day_is_the_date_known_to_that_day()
    {
        Assert.Equal(PartialDate.Parse("2008-03-03"), PartialDate.Of(new DateOnly(2008, 3, 3)));
    }
}

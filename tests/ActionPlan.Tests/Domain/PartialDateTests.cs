using System.Globalization;
using ActionPlan.Domain;

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
}

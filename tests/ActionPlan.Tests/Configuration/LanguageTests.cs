using System.Globalization;
using ActionPlan.Configuration;

namespace ActionPlan.Tests.Configuration;

public sealed class LanguageTests
{
    [Theory]
    [InlineData("en-GB", "d MMMM yyyy", "3 March 2008")]
    [InlineData("da-DK", "d. MMMM yyyy", "3. marts 2008")]
    [InlineData("sv-SE", "d MMMM yyyy", "3 mars 2008")]
    [InlineData("en-US", "MMMM d, yyyy", "March 3, 2008")]
    [InlineData("de-DE", "d. MMMM yyyy", "3. März 2008")]
    public void A_day_is_written_as_the_culture_writes_a_long_date_without_its_weekday(string locale, string format, string written)
    {
        var language = new Language(locale[..2], locale, CultureInfo.GetCultureInfo(locale));

        Assert.Equal(format, language.DateFormat);
        Assert.Equal(written, language.FormatDate(new DateOnly(2008, 3, 3)));
    }
}

using ReviewKit.Calendars;

namespace ReviewKit.Tests.Calendars;

public class IcsHolidayProviderTests
{
    private const string Feed =
        "BEGIN:VCALENDAR\r\n" +
        "VERSION:2.0\r\n" +
        "PRODID:-//Test//Holidays//EN\r\n" +
        "BEGIN:VEVENT\r\n" +
        "UID:1@test\r\n" +
        "DTSTART;VALUE=DATE:20261225\r\n" +
        "DTEND;VALUE=DATE:20261227\r\n" +
        "SUMMARY:Christmas and the day\r\n" +
        " after (folded)\r\n" +
        "END:VEVENT\r\n" +
        "BEGIN:VEVENT\r\n" +
        "DTSTART;VALUE=DATE:2027\r\n" +
        " 0101\r\n" +
        "SUMMARY:New year, folded date\r\n" +
        "END:VEVENT\r\n" +
        "BEGIN:VEVENT\r\n" +
        "DTSTART:20261124T100000Z\r\n" +
        "DTEND:20261124T120000Z\r\n" +
        "SUMMARY:A meeting, not all-day\r\n" +
        "END:VEVENT\r\n" +
        "END:VCALENDAR\r\n";

    [Fact]
    public void Parse_AllDayEvents_ExpandsExclusiveEndAndUnfoldsLines()
    {
        var provider = IcsHolidayProvider.Parse("company", Feed);
        Assert.Equal([new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 26), new LocalDate(2027, 1, 1)], provider.Dates);
        Assert.Equal([new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 26)], provider.GetHolidays(2026, null));
        Assert.Empty(provider.GetHolidays(2030, null));
        Assert.Equal("company", provider.Country);
    }

    [Theory]
    [InlineData("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261301\nEND:VEVENT\n", "line 2")]
    [InlineData("BEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\n", "no DTSTART")]
    [InlineData("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\n", "no END:VEVENT")]
    [InlineData("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nRRULE:FREQ=YEARLY\nEND:VEVENT\n", "RRULE")]
    [InlineData("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nDTEND;VALUE=DATE:20261225\nEND:VEVENT\n", "DTEND is exclusive")]
    [InlineData("BEGIN:VEVENT\nBEGIN:VEVENT\n", "inside the VEVENT")]
    public void Parse_Malformed_ThrowsFormatExceptionSayingWhere(string ics, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => IcsHolidayProvider.Parse("x", ics));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadArguments_Throw()
    {
        Assert.Equal("country", Assert.Throws<ArgumentNullException>(() => IcsHolidayProvider.Parse(null!, Feed)).ParamName);
        Assert.Equal("country", Assert.Throws<ArgumentException>(() => IcsHolidayProvider.Parse(" ", Feed)).ParamName);
        Assert.Equal("icsText", Assert.Throws<ArgumentNullException>(() => IcsHolidayProvider.Parse("x", null!)).ParamName);
        Assert.Equal("region", Assert.Throws<ArgumentException>(() => IcsHolidayProvider.Parse("x", Feed).GetHolidays(2026, "north")).ParamName);
    }
}

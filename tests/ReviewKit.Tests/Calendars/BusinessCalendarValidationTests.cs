using ReviewKit.Calendars;
using static ReviewKit.Tests.Calendars.TestCalendars;

namespace ReviewKit.Tests.Calendars;

public class BusinessCalendarValidationTests
{
    [Fact]
    public void Validate_IssueExample_HasNoProblem()
    {
        Assert.Empty(BusinessCalendar.Validate(ParisStoreOptions(), "ReviewKit:Calendars:paris-store"));
    }

    [Fact]
    public void Validate_UnknownZone_NamesCalendarFieldAndRule()
    {
        var options = ParisStoreOptions();
        options.TimeZone = "Europe/Pariss";
        var problem = Assert.Single(BusinessCalendar.Validate(options, "ReviewKit:Calendars:paris-store"));
        Assert.StartsWith("ReviewKit:Calendars:paris-store:TimeZone: 'Europe/Pariss' is not an IANA time zone id", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9h-17h")]
    [InlineData("09:00")]
    [InlineData("24:00-02:00")]
    [InlineData("09:60-10:00")]
    [InlineData("09:00-24:30")]
    [InlineData("9:00-17:00")]
    public void Validate_MalformedRange_NamesDayAndIndex(string range)
    {
        var options = new BusinessCalendarOptions { TimeZone = "UTC", Week = new() { ["Monday"] = ["08:00-09:00", range] } };
        var problem = Assert.Single(BusinessCalendar.Validate(options, "cal"));
        Assert.StartsWith($"cal:Week:Monday:1: '{range}' is not a range 'HH:mm-HH:mm'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OverlappingRanges_NamesDayAndBothRanges()
    {
        var options = new BusinessCalendarOptions { TimeZone = "UTC", Week = new() { ["Tuesday"] = ["09:00-13:00", "12:00-18:00"] } };
        var problem = Assert.Single(BusinessCalendar.Validate(options, "cal"));
        Assert.Equal("cal:Week:Tuesday: the ranges 09:00-13:00 and 12:00-18:00 overlap; ranges of one day must not overlap.", problem);
    }

    [Fact]
    public void Validate_TouchingRanges_AreValid()
    {
        var options = new BusinessCalendarOptions { TimeZone = "UTC", Week = new() { ["Tuesday"] = ["09:00-13:00", "13:00-24:00"] } };
        Assert.Empty(BusinessCalendar.Validate(options, "cal"));
    }

    [Fact]
    public void Validate_NoBusinessTimeAtAll_Fails()
    {
        var options = new BusinessCalendarOptions { TimeZone = "UTC", Week = new() { ["Sunday"] = [] } };
        var problem = Assert.Single(BusinessCalendar.Validate(options, "empty"));
        Assert.StartsWith("empty:Week: the calendar has no business time at all", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadDayDatesAndHolidays_ReportsEveryProblemAtOnce()
    {
        var options = new BusinessCalendarOptions
        {
            TimeZone = "Mars/Olympus",
            Week = new() { ["Mondey"] = ["09:00-17:00"], ["Friday"] = ["09:00-17:00"] },
            Holidays = ["2026-02-30"],
            Closures = ["2026-12-31"],
            ExtraOpenings = ["2026-12-20 10h-18h"],
            PublicHolidays = new PublicHolidayOptions { Country = "XX" },
        };
        var problems = BusinessCalendar.Validate(options, "c");
        Assert.Collection(
            problems,
            p => Assert.StartsWith("c:TimeZone: 'Mars/Olympus' is not an IANA time zone id", p, StringComparison.Ordinal),
            p => Assert.StartsWith("c:Week:Mondey: 'Mondey' is not a day name", p, StringComparison.Ordinal),
            p => Assert.StartsWith("c:Holidays:0: '2026-02-30' is not a local date", p, StringComparison.Ordinal),
            p => Assert.StartsWith("c:ExtraOpenings:0: '2026-12-20 10h-18h' is not a dated range", p, StringComparison.Ordinal),
            p => Assert.StartsWith("c:Closures:0: '2026-12-31' is not a dated range", p, StringComparison.Ordinal),
            p => Assert.StartsWith("c:PublicHolidays:Country: 'XX' has no holiday provider (known: FR)", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnknownRegion_NamesRegion()
    {
        var options = ParisStoreOptions();
        options.PublicHolidays = new PublicHolidayOptions { Country = "fr", Region = "Bretagne" };
        var problem = Assert.Single(BusinessCalendar.Validate(options, "p"));
        Assert.StartsWith("p:PublicHolidays:Region: 'Bretagne' is not a region", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DayListedTwiceWithDifferentCase_Fails()
    {
        var options = new BusinessCalendarOptions
        {
            TimeZone = "UTC",
            Week = new(StringComparer.Ordinal) { ["monday"] = ["09:00-10:00"], ["MONDAY"] = ["11:00-12:00"] },
        };
        Assert.Contains("listed twice", Assert.Single(BusinessCalendar.Validate(options, "p")), StringComparison.Ordinal);
    }

    [Fact]
    public void FromOptions_Invalid_ThrowsWithEveryProblemAndCalendarName()
    {
        var options = new BusinessCalendarOptions { TimeZone = "Europe/Pariss", Week = new() { ["Monday"] = ["9h-17h"] } };
        var ex = Assert.Throws<ArgumentException>(() => BusinessCalendar.FromOptions(options, "paris-store"));
        Assert.Equal("options", ex.ParamName);
        Assert.Contains("paris-store:TimeZone: 'Europe/Pariss'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("paris-store:Week:Monday:0: '9h-17h'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromOptions_CustomHolidayProvider_IsUsed()
    {
        var feed = IcsHolidayProvider.Parse("acme", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260302\nEND:VEVENT\nEND:VCALENDAR\n");
        var options = new BusinessCalendarOptions
        {
            TimeZone = "UTC",
            Week = Weekdays("09:00-17:00"),
            PublicHolidays = new PublicHolidayOptions { Country = "ACME" },
        };
        var calendar = BusinessCalendar.FromOptions(options, "acme-cal", [feed]);
        Assert.False(calendar.IsOpen(Instant.FromUtc(2026, 3, 2, 10, 0)));
        Assert.True(calendar.IsOpen(Instant.FromUtc(2026, 3, 3, 10, 0)));
    }
}

using ReviewKit.Calendars;
using static ReviewKit.Tests.Calendars.TestCalendars;

namespace ReviewKit.Tests.Calendars;

public class BusinessCalendarTests
{
    private static readonly BusinessCalendar Store = ParisStore();

    // ---- a start outside business hours counts from the next opening ----

    [Fact]
    public void AddBusinessTime_StartBeforeOpening_CountsFromOpening()
    {
        var start = Paris.At(2026, 3, 2, 7, 0); // Monday, before 09:00
        Assert.Equal(Paris.At(2026, 3, 2, 10, 0), Store.AddBusinessTime(start, Duration.FromHours(1)));
    }

    [Fact]
    public void AddBusinessTime_StartOnSunday_StartsMondayAtOpening()
    {
        var start = Berlin.At(2026, 3, 1, 11, 0); // Sunday
        Assert.Equal(Berlin.At(2026, 3, 2, 10, 0), BerlinOffice().AddBusinessTime(start, Duration.FromHours(2)));
    }

    [Fact]
    public void AddBusinessTime_StartDuringLunchBreak_CountsFromAfternoonOpening()
    {
        var start = Paris.At(2026, 3, 2, 13, 0);
        Assert.Equal(Paris.At(2026, 3, 2, 14, 30), Store.AddBusinessTime(start, Duration.FromMinutes(30)));
    }

    [Fact]
    public void AddBusinessTime_SpansLunchAndNight_SkipsClosedTime()
    {
        var start = Paris.At(2026, 3, 2, 12, 0); // 30 min before lunch, then 5 h afternoon, then Tuesday
        Assert.Equal(Paris.At(2026, 3, 3, 9, 30), Store.AddBusinessTime(start, Duration.FromHours(6)));
    }

    // ---- running out exactly at a closing time ----

    [Fact]
    public void AddBusinessTime_AmountEndsAtClosing_ReturnsClosingInstant()
    {
        var start = Paris.At(2026, 3, 2, 9, 0);
        Assert.Equal(Paris.At(2026, 3, 2, 12, 30), Store.AddBusinessTime(start, Duration.FromMinutes(210)));
    }

    [Fact]
    public void AddBusinessTime_OneTickMoreThanClosing_ContinuesAtNextOpening()
    {
        var start = Paris.At(2026, 3, 2, 9, 0);
        var result = Store.AddBusinessTime(start, Duration.FromMinutes(210) + Duration.Epsilon);
        Assert.Equal(Paris.At(2026, 3, 2, 14, 0) + Duration.Epsilon, result);
    }

    [Fact]
    public void AddBusinessTime_EndsAtDayClose_ReturnsEveningCloseNotNextMorning()
    {
        var start = NewYork.At(2026, 3, 6, 7, 0); // Friday 07:00-15:00 only
        Assert.Equal(NewYork.At(2026, 3, 6, 15, 0), NewYorkDesk().AddBusinessTime(start, Duration.FromHours(8)));
    }

    // ---- a zero amount returns NextOpening(start) ----

    [Fact]
    public void AddBusinessTime_ZeroAmountAtClosingInstant_ReturnsNextOpening()
    {
        var closing = Paris.At(2026, 3, 2, 12, 30);
        Assert.Equal(Paris.At(2026, 3, 2, 14, 0), Store.AddBusinessTime(closing, Duration.Zero));
    }

    [Fact]
    public void AddBusinessTime_ZeroAmountWhenOpen_ReturnsStart()
    {
        var open = Paris.At(2026, 3, 2, 10, 17);
        Assert.Equal(open, Store.AddBusinessTime(open, Duration.Zero));
    }

    [Fact]
    public void NextOpening_OpenInstant_ReturnsItself()
    {
        var open = Paris.At(2026, 3, 2, 9, 0);
        Assert.Equal(open, Store.NextOpening(open));
    }

    [Fact]
    public void NextOpening_SaturdayEvening_ReturnsMondayMorning()
    {
        Assert.Equal(Paris.At(2026, 3, 2, 9, 0), Store.NextOpening(Paris.At(2026, 2, 28, 18, 0)));
    }

    [Fact]
    public void IsOpen_StartIncludedEndExcluded()
    {
        Assert.True(Store.IsOpen(Paris.At(2026, 3, 2, 9, 0)));
        Assert.True(Store.IsOpen(Paris.At(2026, 3, 2, 12, 30) - Duration.Epsilon));
        Assert.False(Store.IsOpen(Paris.At(2026, 3, 2, 12, 30)));
        Assert.False(Store.IsOpen(Paris.At(2026, 3, 2, 8, 59)));
    }

    // ---- business time is real elapsed time, across both DST changes ----

    [Theory]
    [InlineData("Europe/Paris", 2026, 10, 25, 25)]
    [InlineData("Europe/Paris", 2026, 3, 29, 23)]
    [InlineData("Europe/Berlin", 2026, 10, 25, 25)]
    [InlineData("Europe/Berlin", 2026, 3, 29, 23)]
    [InlineData("America/New_York", 2026, 11, 1, 25)]
    [InlineData("America/New_York", 2026, 3, 8, 23)]
    [InlineData("UTC", 2026, 3, 29, 24)]
    public void BusinessTimeBetween_AlwaysOpenDstDay_CountsRealHours(string zoneId, int year, int month, int day, int hours)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var date = new LocalDate(year, month, day);
        var start = zone.AtStartOfDay(date).ToInstant();
        var end = zone.AtStartOfDay(date.PlusDays(1)).ToInstant();
        var alwaysOpen = BusinessCalendar.AlwaysOpen(zone);
        var openEveryDay = BusinessCalendar.FromOptions(new BusinessCalendarOptions { TimeZone = zoneId, Week = EveryDay("00:00-24:00") });

        Assert.Equal(Duration.FromHours(hours), alwaysOpen.BusinessTimeBetween(start, end));
        Assert.Equal(Duration.FromHours(hours), openEveryDay.BusinessTimeBetween(start, end));
        Assert.Equal(end, openEveryDay.AddBusinessTime(start, Duration.FromHours(hours)));
    }

    [Fact]
    public void AddBusinessTime_AlwaysOpen_IsPlainAddition()
    {
        var calendar = BusinessCalendar.AlwaysOpen(Paris);
        var start = Paris.At(2026, 10, 24, 12, 0);
        Assert.Equal(start + Duration.FromHours(48), calendar.AddBusinessTime(start, Duration.FromHours(48)));
        Assert.True(calendar.IsAlwaysOpen);
        Assert.Equal("always-open", calendar.Name);
    }

    [Fact]
    public void AddBusinessTime_AcrossSpringForwardInBerlin_CountsRealHours()
    {
        // Friday 16:00 + 2 h: 1 h on Friday, 1 h on Monday after the weekend of the change.
        var start = Berlin.At(2026, 3, 27, 16, 0);
        Assert.Equal(Berlin.At(2026, 3, 30, 9, 0), BerlinOffice().AddBusinessTime(start, Duration.FromHours(2)));
    }

    [Fact]
    public void BusinessTimeBetween_AcrossFallBackInNewYork_CountsOvernightShiftInRealTime()
    {
        // Sunday 1 November 2026: 00:30-03:30 local holds the repeated 01:00-02:00 hour: 4 real hours.
        var desk = NewYorkDesk();
        var start = Instant.FromUtc(2026, 11, 1, 0, 0);
        var end = Instant.FromUtc(2026, 11, 2, 0, 0);
        Assert.Equal(Duration.FromHours(4), desk.BusinessTimeBetween(start, end));
    }

    // ---- non-existent local times shift forward by the gap; ambiguous ones take the earlier occurrence ----

    [Fact]
    public void Range_StartInSpringGap_ShiftedForwardByGap()
    {
        var calendar = BusinessCalendar.FromOptions(new BusinessCalendarOptions
        {
            TimeZone = "Europe/Paris",
            Week = new() { ["Sunday"] = ["02:30-04:00"] },
        });

        // 02:30 does not exist on 29 March 2026; shifted by the 1-hour gap it is 03:30 CEST = 01:30 UTC.
        var opening = calendar.NextOpening(Instant.FromUtc(2026, 3, 28, 12, 0));
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 1, 30), opening);
        Assert.Equal(Duration.FromMinutes(30), calendar.BusinessTimeBetween(opening, opening + Duration.FromHours(3)));
    }

    [Fact]
    public void Range_InNewYorkSpringGap_ShiftedForwardByGap()
    {
        var calendar = BusinessCalendar.FromOptions(new BusinessCalendarOptions
        {
            TimeZone = "America/New_York",
            Week = new() { ["Sunday"] = ["02:15-05:00"] },
        });

        // 8 March 2026: 02:15 EST does not exist; 03:15 EDT = 07:15 UTC.
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 7, 15), calendar.NextOpening(Instant.FromUtc(2026, 3, 8, 0, 0)));
    }

    [Fact]
    public void Range_InAutumnOverlap_TakesEarlierOccurrence()
    {
        var calendar = BusinessCalendar.FromOptions(new BusinessCalendarOptions
        {
            TimeZone = "Europe/Paris",
            Week = new() { ["Sunday"] = ["02:30-04:00"] },
        });

        // 25 October 2026: 02:30 happens twice; the earlier is 02:30 CEST = 00:30 UTC. 04:00 CET = 03:00 UTC.
        var opening = calendar.NextOpening(Instant.FromUtc(2026, 10, 24, 12, 0));
        Assert.Equal(Instant.FromUtc(2026, 10, 25, 0, 30), opening);
        Assert.Equal(Duration.FromMinutes(150), calendar.BusinessTimeBetween(opening, Instant.FromUtc(2026, 10, 26, 0, 0)));
    }

    // ---- holidays, closures and openings are local dates and times ----

    [Fact]
    public void IsOpen_OwnHoliday_ClosedAllDay()
    {
        Assert.False(Store.IsOpen(Paris.At(2026, 12, 24, 10, 0)));
        Assert.True(Store.IsOpen(Paris.At(2026, 12, 23, 10, 0)));
    }

    [Fact]
    public void IsOpen_ClosureIsLocalTime_ClosedFromLocalTimeNotUtc()
    {
        // 31 December 2026 closes at 14:00 Paris time (13:00 UTC): the morning is open, the afternoon closed.
        Assert.True(Store.IsOpen(Instant.FromUtc(2026, 12, 31, 11, 0)));
        Assert.False(Store.IsOpen(Instant.FromUtc(2026, 12, 31, 13, 0)));
        Assert.Equal(Duration.FromMinutes(210), Store.BusinessTimeBetween(Paris.At(2026, 12, 31, 0, 0), Paris.At(2027, 1, 1, 0, 0)));
    }

    [Fact]
    public void IsOpen_ExtraOpeningOnSunday_OpenWithItsRanges()
    {
        Assert.True(Store.IsOpen(Paris.At(2026, 12, 20, 10, 0)));
        Assert.False(Store.IsOpen(Paris.At(2026, 12, 13, 10, 0)));
        Assert.Equal(Duration.FromHours(8), Store.BusinessTimeBetween(Paris.At(2026, 12, 20, 0, 0), Paris.At(2026, 12, 21, 0, 0)));
    }

    [Theory]
    [InlineData(2026, 4, 6)] // Easter Monday
    [InlineData(2026, 5, 14)] // Ascension
    [InlineData(2026, 5, 25)] // Whit Monday
    [InlineData(2026, 7, 14)]
    [InlineData(2026, 11, 11)]
    [InlineData(2026, 4, 3)] // Good Friday, Alsace-Moselle
    [InlineData(2026, 12, 26)] // Saint Stephen's day, Alsace-Moselle (a Saturday)
    public void IsOpen_FrenchPublicHoliday_Closed(int year, int month, int day)
    {
        Assert.False(Store.IsOpen(Paris.At(year, month, day, 11, 0)));
    }

    [Fact]
    public void IsOpen_HolidayInUtcCalendarUsesLocalDate()
    {
        var calendar = BusinessCalendar.FromOptions(new BusinessCalendarOptions
        {
            TimeZone = "UTC",
            Week = EveryDay("00:00-24:00"),
            Holidays = ["2026-05-01"],
        });
        Assert.False(calendar.IsOpen(Instant.FromUtc(2026, 5, 1, 0, 0)));
        Assert.True(calendar.IsOpen(Instant.FromUtc(2026, 5, 2, 0, 0)));
        Assert.Equal(Duration.FromHours(24), calendar.BusinessTimeBetween(Instant.FromUtc(2026, 4, 30, 12, 0), Instant.FromUtc(2026, 5, 2, 12, 0)));
    }

    // ---- ranges: 24:00, overnight ranges belong to their start day ----

    [Fact]
    public void Range_EndingAt2400_RunsToMidnight()
    {
        var calendar = BusinessCalendar.FromOptions(new BusinessCalendarOptions { TimeZone = "UTC", Week = new() { ["Monday"] = ["18:00-24:00"] } });
        Assert.Equal(Duration.FromHours(6), calendar.BusinessTimeBetween(Instant.FromUtc(2026, 3, 2, 0, 0), Instant.FromUtc(2026, 3, 4, 0, 0)));
    }

    [Fact]
    public void Range_Overnight_BelongsToStartDayEvenWhenNextDayIsHoliday()
    {
        var options = new BusinessCalendarOptions
        {
            TimeZone = "Europe/Berlin",
            Week = new() { ["Friday"] = ["22:00-02:00"] },
            Holidays = ["2026-03-07"], // the Saturday
        };
        var calendar = BusinessCalendar.FromOptions(options);
        Assert.True(calendar.IsOpen(Berlin.At(2026, 3, 7, 1, 0)));

        options.Holidays = ["2026-03-06"]; // the Friday
        var closedFriday = BusinessCalendar.FromOptions(options);
        Assert.False(closedFriday.IsOpen(Berlin.At(2026, 3, 7, 1, 0)));
        Assert.False(closedFriday.IsOpen(Berlin.At(2026, 3, 6, 23, 0)));
    }

    [Fact]
    public void Range_OvernightIntoNextDay_MergedWithNextDayRange()
    {
        var desk = NewYorkDesk();
        // Monday 22:00 to Tuesday 02:00, then Tuesday 07:00: 4 h + 1 h.
        Assert.Equal(NewYork.At(2026, 3, 10, 8, 0), desk.AddBusinessTime(NewYork.At(2026, 3, 9, 22, 0), Duration.FromHours(5)));
    }

    // ---- pauses ----

    [Fact]
    public void BusinessTimeBetween_WithPause_TimeInPauseNeverCounts()
    {
        var start = Paris.At(2026, 3, 2, 9, 0);
        var end = Paris.At(2026, 3, 2, 19, 0);
        var pause = new Interval(Paris.At(2026, 3, 2, 11, 0), Paris.At(2026, 3, 2, 15, 0)); // 1.5 h morning + 1 h afternoon
        Assert.Equal(Duration.FromMinutes(510 - 150), Store.BusinessTimeBetween(start, end, [pause]));
    }

    [Fact]
    public void AddBusinessTime_WithPause_StopsTheClock()
    {
        var start = Paris.At(2026, 3, 2, 9, 0);
        var pause = new Interval(Paris.At(2026, 3, 2, 10, 0), Paris.At(2026, 3, 3, 10, 0));
        // 1 h before the pause, then 1 h from Tuesday 10:00.
        Assert.Equal(Paris.At(2026, 3, 3, 11, 0), Store.AddBusinessTime(start, Duration.FromHours(2), [pause]));
    }

    [Fact]
    public void AddBusinessTime_AmountEndsWherePauseStarts_ReturnsPauseStart()
    {
        var start = Paris.At(2026, 3, 2, 9, 0);
        var pause = new Interval(Paris.At(2026, 3, 2, 10, 0), Paris.At(2026, 3, 2, 11, 0));
        Assert.Equal(Paris.At(2026, 3, 2, 10, 0), Store.AddBusinessTime(start, Duration.FromHours(1), [pause]));
        Assert.Equal(Paris.At(2026, 3, 2, 11, 0), Store.AddBusinessTime(Paris.At(2026, 3, 2, 10, 0), Duration.Zero, [pause]));
    }

    [Fact]
    public void AddBusinessTime_OverlappingUnsortedPauses_AreMerged()
    {
        var start = Paris.At(2026, 3, 2, 9, 0);
        Interval[] pauses =
        [
            new(Paris.At(2026, 3, 2, 10, 30), Paris.At(2026, 3, 2, 11, 0)),
            new(Paris.At(2026, 3, 2, 10, 0), Paris.At(2026, 3, 2, 10, 45)),
        ];
        Assert.Equal(Paris.At(2026, 3, 2, 12, 0), Store.AddBusinessTime(start, Duration.FromHours(2), pauses));
        Assert.Equal(Duration.FromHours(2), Store.BusinessTimeBetween(start, Paris.At(2026, 3, 2, 12, 0), pauses));
    }

    // ---- signed spans, additivity, windows ----

    [Fact]
    public void BusinessTimeBetween_EndBeforeStart_IsNegative()
    {
        var a = Paris.At(2026, 3, 2, 9, 0);
        var b = Paris.At(2026, 3, 3, 9, 0);
        Assert.Equal(-Store.BusinessTimeBetween(a, b), Store.BusinessTimeBetween(b, a));
        Assert.Equal(Duration.FromMinutes(510), Store.BusinessTimeBetween(a, b));
    }

    [Fact]
    public void BusinessTimeBetween_OverAYear_EqualsSumOfMonths()
    {
        var total = Duration.Zero;
        for (var m = 1; m <= 12; m++)
        {
            var from = Paris.At(2026, m, 1, 0, 0);
            var to = m == 12 ? Paris.At(2027, 1, 1, 0, 0) : Paris.At(2026, m + 1, 1, 0, 0);
            total += Store.BusinessTimeBetween(from, to);
        }

        Assert.Equal(total, Store.BusinessTimeBetween(Paris.At(2026, 1, 1, 0, 0), Paris.At(2027, 1, 1, 0, 0)));
        Assert.True(total > Duration.FromHours(2000));
    }

    [Fact]
    public void GetOpenIntervals_Window_ClippedAndOrdered()
    {
        var window = new Interval(Paris.At(2026, 3, 2, 10, 0), Paris.At(2026, 3, 3, 10, 0));
        var intervals = Store.GetOpenIntervals(window);
        Assert.Equal(
            [
                new Interval(Paris.At(2026, 3, 2, 10, 0), Paris.At(2026, 3, 2, 12, 30)),
                new Interval(Paris.At(2026, 3, 2, 14, 0), Paris.At(2026, 3, 2, 19, 0)),
                new Interval(Paris.At(2026, 3, 3, 9, 0), Paris.At(2026, 3, 3, 10, 0)),
            ],
            intervals);
    }

    [Fact]
    public void GetOpenIntervals_AcrossNewYear_MergesTouchingIntervals()
    {
        var calendar = BusinessCalendar.AlwaysOpen(Paris);
        var window = new Interval(Paris.At(2026, 12, 31, 0, 0), Paris.At(2027, 1, 2, 0, 0));
        Assert.Equal([window], calendar.GetOpenIntervals(window));
    }

    // ---- horizon and range ----

    [Fact]
    public void NextOpening_NothingOpenWithinHorizon_Throws()
    {
        var calendar = BusinessCalendar.FromOptions(new BusinessCalendarOptions { TimeZone = "UTC", ExtraOpenings = ["2026-06-01 09:00-10:00"] }, "one-day");
        Assert.Equal(Instant.FromUtc(2026, 6, 1, 9, 0), calendar.NextOpening(Instant.FromUtc(2026, 1, 1, 0, 0)));
        var ex = Assert.Throws<InvalidOperationException>(() => calendar.NextOpening(Instant.FromUtc(2026, 7, 1, 0, 0)));
        Assert.Contains("one-day", ex.Message, StringComparison.Ordinal);
        Assert.Contains("horizon", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => calendar.AddBusinessTime(Instant.FromUtc(2026, 6, 1, 9, 0), Duration.FromHours(2)));
    }

    [Fact]
    public void AddBusinessTime_AmountBeyondHorizon_Throws()
    {
        var calendar = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        Assert.Throws<InvalidOperationException>(() => calendar.AddBusinessTime(Instant.FromUtc(2026, 1, 1, 0, 0), BusinessCalendar.SearchHorizon + Duration.Epsilon));
        Assert.Equal(Duration.FromDays(3653), BusinessCalendar.SearchHorizon);
    }

    [Fact]
    public void Operations_AtEdgesOfSupportedRange_Work()
    {
        var calendar = BusinessCalendar.AlwaysOpen(Paris);
        var first = Paris.AtStartOfDay(new LocalDate(1900, 1, 1)).ToInstant();
        var last = Paris.AtStartOfDay(new LocalDate(2150, 1, 1)).ToInstant() - Duration.Epsilon;
        Assert.True(calendar.IsOpen(first));
        Assert.True(calendar.IsOpen(last));
        Assert.Equal(last - first, calendar.BusinessTimeBetween(first, last));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsOpen(first - Duration.Epsilon));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsOpen(last + Duration.Epsilon));
        Assert.Throws<InvalidOperationException>(() => calendar.AddBusinessTime(last - Duration.FromHours(1), Duration.FromHours(2)));
    }

    // ---- argument validation ----

    [Fact]
    public void AddBusinessTime_NegativeAmount_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Store.AddBusinessTime(Paris.At(2026, 3, 2, 9, 0), Duration.FromHours(-1)));
        Assert.Equal("amount", ex.ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => Store.AddBusinessTime(Paris.At(2026, 3, 2, 9, 0), -Duration.Epsilon, [])).ParamName);
    }

    [Fact]
    public void Operations_InstantOutsideSupportedRange_Throw()
    {
        var early = Instant.FromUtc(1800, 1, 1, 0, 0);
        Assert.Equal("instant", Assert.Throws<ArgumentOutOfRangeException>(() => Store.IsOpen(early)).ParamName);
        Assert.Equal("instant", Assert.Throws<ArgumentOutOfRangeException>(() => Store.NextOpening(Instant.MaxValue)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => Store.AddBusinessTime(early, Duration.Zero)).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentOutOfRangeException>(() => Store.BusinessTimeBetween(Paris.At(2026, 1, 1, 0, 0), Instant.FromUtc(2300, 1, 1, 0, 0))).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() => Store.GetOpenIntervals(new Interval(early, Paris.At(2026, 1, 1, 0, 0)))).ParamName);
    }

    [Fact]
    public void PauseOverloads_NullOrOpenEndedPauses_Throw()
    {
        var s = Paris.At(2026, 3, 2, 9, 0);
        Assert.Equal("pauses", Assert.Throws<ArgumentNullException>(() => Store.AddBusinessTime(s, Duration.Zero, null!)).ParamName);
        Assert.Equal("pauses", Assert.Throws<ArgumentNullException>(() => Store.BusinessTimeBetween(s, s, null!)).ParamName);
        Interval[] openEnded = [new Interval(s, null)];
        Assert.Equal("pauses", Assert.Throws<ArgumentException>(() => Store.AddBusinessTime(s, Duration.Zero, openEnded)).ParamName);
        Assert.Equal("pauses", Assert.Throws<ArgumentException>(() => Store.BusinessTimeBetween(s, s, openEnded)).ParamName);
    }

    [Fact]
    public void GetOpenIntervals_UnboundedWindow_Throws()
    {
        Assert.Equal("window", Assert.Throws<ArgumentException>(() => Store.GetOpenIntervals(new Interval(null, Instant.FromUtc(2026, 1, 1, 0, 0)))).ParamName);
    }

    [Fact]
    public void Factories_NullArguments_Throw()
    {
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => BusinessCalendar.AlwaysOpen(null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => BusinessCalendar.FromOptions(null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => BusinessCalendar.Validate(null!, "x")).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => BusinessCalendar.Validate(new BusinessCalendarOptions(), null!)).ParamName);
    }

    [Fact]
    public void FromOptions_LaterChangesToOptions_DoNotChangeCalendar()
    {
        var options = ParisStoreOptions();
        var calendar = BusinessCalendar.FromOptions(options);
        options.Week["Monday"] = [];
        options.Holidays.Add("2026-03-03");
        Assert.True(calendar.IsOpen(Paris.At(2026, 3, 2, 10, 0)));
        Assert.True(calendar.IsOpen(Paris.At(2026, 3, 3, 10, 0)));
    }

    [Fact]
    public void ToString_NamesCalendarAndZone()
    {
        Assert.Equal("paris-store (Europe/Paris)", Store.ToString());
    }

    [Fact]
    public void WithEffectiveFrom_NewVersion_SameBusinessTimeAndOwnEffectiveFrom()
    {
        var from = Paris.At(2026, 3, 3, 12, 0);
        var version = Store.WithEffectiveFrom(from);

        Assert.Null(Store.EffectiveFrom);
        Assert.Equal(from, version.EffectiveFrom);
        Assert.Equal(Store.Name, version.Name);
        Assert.Equal(Store.AddBusinessTime(Paris.At(2026, 3, 2, 9, 0), Duration.FromHours(30)), version.AddBusinessTime(Paris.At(2026, 3, 2, 9, 0), Duration.FromHours(30)));
        Assert.Same(version, version.WithEffectiveFrom(from));
        Assert.Null(version.WithEffectiveFrom(null).EffectiveFrom);
    }
}

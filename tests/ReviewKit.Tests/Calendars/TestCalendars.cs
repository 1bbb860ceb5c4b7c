using ReviewKit.Calendars;

namespace ReviewKit.Tests.Calendars;

/// <summary>Calendars and local-time helpers shared by the calendar tests.</summary>
internal static class TestCalendars
{
    public static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    public static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>The example: split shifts, Saturdays, a holiday, Alsace-Moselle public holidays, a closure and an exceptional Sunday.</summary>
    public static BusinessCalendarOptions ParisStoreOptions() => new()
    {
        TimeZone = "Europe/Paris",
        Week = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Monday"] = ["09:00-12:30", "14:00-19:00"],
            ["Tuesday"] = ["09:00-12:30", "14:00-19:00"],
            ["Wednesday"] = ["09:00-12:30", "14:00-19:00"],
            ["Thursday"] = ["09:00-12:30", "14:00-19:00"],
            ["Friday"] = ["09:00-12:30", "14:00-19:00"],
            ["Saturday"] = ["10:00-18:00"],
            ["Sunday"] = [],
        },
        Holidays = ["2026-12-24"],
        PublicHolidays = new PublicHolidayOptions { Country = "FR", Region = "Alsace-Moselle" },
        Closures = ["2026-12-31 14:00-24:00"],
        ExtraOpenings = ["2026-12-20 10:00-18:00"],
    };

    public static BusinessCalendar ParisStore() => BusinessCalendar.FromOptions(ParisStoreOptions(), "paris-store");

    /// <summary>Berlin office: weekdays 08:00-12:00 and 13:00-17:00, German-style holidays listed by hand.</summary>
    public static BusinessCalendar BerlinOffice() => BusinessCalendar.FromOptions(
        new BusinessCalendarOptions
        {
            TimeZone = "Europe/Berlin",
            Week = Weekdays("08:00-12:00", "13:00-17:00"),
            Holidays = ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-12-25", "2026-12-26"],
        },
        "berlin-office");

    /// <summary>New York support desk with a night shift (an overnight range) on weekdays and a short Sunday.</summary>
    public static BusinessCalendar NewYorkDesk() => BusinessCalendar.FromOptions(
        new BusinessCalendarOptions
        {
            TimeZone = "America/New_York",
            Week = new(StringComparer.OrdinalIgnoreCase)
            {
                ["monday"] = ["07:00-15:00", "22:00-02:00"],
                ["tuesday"] = ["07:00-15:00", "22:00-02:00"],
                ["wednesday"] = ["07:00-15:00", "22:00-02:00"],
                ["thursday"] = ["07:00-15:00", "22:00-02:00"],
                ["friday"] = ["07:00-15:00"],
                ["sunday"] = ["00:30-03:30"],
            },
            Holidays = ["2026-07-04", "2026-11-26", "2026-12-25"],
        },
        "new-york-desk");

    /// <summary>UTC, weekdays 09:00-17:00.</summary>
    public static BusinessCalendar UtcWeekdays() => BusinessCalendar.FromOptions(
        new BusinessCalendarOptions { TimeZone = "UTC", Week = Weekdays("09:00-17:00") },
        "utc-weekdays");

    public static Dictionary<string, string[]> Weekdays(params string[] ranges) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Monday"] = ranges,
        ["Tuesday"] = ranges,
        ["Wednesday"] = ranges,
        ["Thursday"] = ranges,
        ["Friday"] = ranges,
    };

    public static Dictionary<string, string[]> EveryDay(params string[] ranges)
    {
        var week = Weekdays(ranges);
        week["Saturday"] = ranges;
        week["Sunday"] = ranges;
        return week;
    }

    /// <summary>A local time in a zone; only for times that are neither skipped nor ambiguous.</summary>
    public static Instant At(this DateTimeZone zone, int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(zone).ToInstant();
}

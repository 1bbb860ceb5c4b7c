using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReviewKit.Calendars;

namespace ReviewKit.DependencyInjection.Tests;

public class BusinessCalendarRegistrationTests
{
    private const string IssueExample = """
        { "ReviewKit": { "Calendars": { "paris-store": {
          "TimeZone": "Europe/Paris",
          "Week": { "Monday": ["09:00-12:30", "14:00-19:00"], "Saturday": ["10:00-18:00"], "Sunday": [] },
          "Holidays": ["2026-12-24"],
          "PublicHolidays": { "Country": "FR", "Region": "Alsace-Moselle" },
          "Closures": ["2026-12-31 14:00-24:00"],
          "ExtraOpenings": ["2026-12-20 10:00-18:00"] } } } }
        """;

    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    private static Instant Local(int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Paris).ToInstant();

    [Fact]
    public void GetCalendar_IssueExample_BoundFromJsonWithEveryRule()
    {
        using var provider = new ServiceCollection().AddReviewKit(Json(IssueExample).GetSection("ReviewKit")).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var calendar = provider.GetRequiredService<IBusinessCalendarProvider>().GetCalendar("Paris-Store");

        Assert.Equal("paris-store", calendar.Name);
        Assert.Equal(Paris, calendar.Zone);
        Assert.Equal(Local(2026, 3, 2, 14, 0), calendar.NextOpening(Local(2026, 3, 2, 12, 30))); // Monday lunch break
        Assert.False(calendar.IsOpen(Local(2026, 3, 3, 10, 0))); // Tuesday is not listed
        Assert.True(calendar.IsOpen(Local(2026, 3, 7, 10, 0))); // Saturday
        Assert.False(calendar.IsOpen(Local(2026, 4, 6, 10, 0))); // Easter Monday
        Assert.False(calendar.IsOpen(Local(2026, 12, 26, 10, 0))); // 26 December, a Saturday, in Alsace-Moselle
        Assert.True(calendar.IsOpen(Local(2026, 12, 20, 10, 0))); // the exceptional Sunday
    }

    [Fact]
    public void GetCalendar_UnknownName_ThrowsNamingConfiguredCalendars()
    {
        using var provider = new ServiceCollection().AddReviewKit(Json(IssueExample).GetSection("ReviewKit")).BuildServiceProvider();
        var calendars = provider.GetRequiredService<IBusinessCalendarProvider>();

        var e = Assert.Throws<KeyNotFoundException>(() => calendars.GetCalendar("lyon"));
        Assert.Contains("paris-store", e.Message, StringComparison.Ordinal);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => calendars.GetCalendar(null!)).ParamName);
    }

    [Fact]
    public void AddReviewKit_InvalidCalendar_FailsNamingPathFieldAndRule()
    {
        var json = IssueExample.Replace("\"Europe/Paris\"", "\"Europe/Pariss\"", StringComparison.Ordinal)
            .Replace("\"10:00-18:00\"]", "\"9h-17h\"]", StringComparison.Ordinal);
        using var provider = new ServiceCollection().AddReviewKit(Json(json).GetSection("ReviewKit")).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ReviewKitOptions>>().Value);

        Assert.Collection(
            e.Failures,
            f => Assert.StartsWith("ReviewKit:Calendars:paris-store:TimeZone: 'Europe/Pariss' is not an IANA time zone id", f, StringComparison.Ordinal),
            f => Assert.StartsWith("ReviewKit:Calendars:paris-store:Week:Saturday:0: '9h-17h' is not a range", f, StringComparison.Ordinal));
    }

    [Fact]
    public void AddReviewKit_CalendarWithoutBusinessTime_FailsAtStartUp()
    {
        var json = """{ "ReviewKit": { "Calendars": { "closed": { "TimeZone": "UTC", "Week": { "Sunday": [] } } } } }""";
        using var provider = new ServiceCollection().AddReviewKit(Json(json).GetSection("ReviewKit")).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.StartsWith("ReviewKit:Calendars:closed:Week: the calendar has no business time at all", Assert.Single(e.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void AddReviewKit_HostHolidayProvider_CanBeNamedByACalendar()
    {
        var feed = IcsHolidayProvider.Parse("acme", "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260302\nEND:VEVENT\n");
        var json = """{ "ReviewKit": { "Calendars": { "acme": { "TimeZone": "UTC", "Week": { "Monday": ["09:00-17:00"] }, "PublicHolidays": { "Country": "ACME" } } } } }""";
        var services = new ServiceCollection().AddSingleton<IHolidayProvider>(feed).AddReviewKit(Json(json).GetSection("ReviewKit"));
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var calendar = provider.GetRequiredService<IBusinessCalendarProvider>().GetCalendar("acme");

        Assert.False(calendar.IsOpen(Instant.FromUtc(2026, 3, 2, 10, 0)));
        Assert.True(calendar.IsOpen(Instant.FromUtc(2026, 3, 9, 10, 0)));
    }

    [Fact]
    public void AddReviewKit_Twice_RegistersOneCalendarProvider()
    {
        var services = new ServiceCollection().AddReviewKit().AddReviewKit();
        Assert.Single(services, d => d.ServiceType == typeof(IBusinessCalendarProvider));
    }
}

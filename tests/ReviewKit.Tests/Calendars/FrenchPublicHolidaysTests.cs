using ReviewKit.Calendars;

namespace ReviewKit.Tests.Calendars;

public class FrenchPublicHolidaysTests
{
    [Theory]
    [InlineData(2000, 4, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_KnownYears(int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), FrenchPublicHolidays.EasterSunday(year));
    }

    [Fact]
    public void GetHolidays_National2026_ElevenDays()
    {
        var days = FrenchPublicHolidays.Instance.GetHolidays(2026, null).Order().ToArray();
        LocalDate[] expected =
        [
            new(2026, 1, 1), new(2026, 4, 6), new(2026, 5, 1), new(2026, 5, 8), new(2026, 5, 14), new(2026, 5, 25),
            new(2026, 7, 14), new(2026, 8, 15), new(2026, 11, 1), new(2026, 11, 11), new(2026, 12, 25),
        ];
        Assert.Equal(expected, days);
    }

    [Fact]
    public void GetHolidays_AlsaceMoselle_AddsGoodFridayAndBoxingDay()
    {
        var days = FrenchPublicHolidays.Instance.GetHolidays(2027, "alsace-moselle").ToHashSet();
        Assert.Equal(13, days.Count);
        Assert.Contains(new LocalDate(2027, 3, 26), days);
        Assert.Contains(new LocalDate(2027, 12, 26), days);
    }

    [Theory]
    [InlineData("Guadeloupe", 5, 27)]
    [InlineData("Martinique", 5, 22)]
    [InlineData("Guyane", 6, 10)]
    [InlineData("La Réunion", 12, 20)]
    [InlineData("reunion", 12, 20)]
    [InlineData("Mayotte", 4, 27)]
    public void GetHolidays_OverseasDepartment_AddsAbolitionOfSlaveryDay(string region, int month, int day)
    {
        var days = FrenchPublicHolidays.Instance.GetHolidays(2026, region).ToList();
        Assert.Equal(12, days.Count);
        Assert.Contains(new LocalDate(2026, month, day), days);
    }

    [Fact]
    public void GetHolidays_UnknownRegion_Throws()
    {
        Assert.Equal("region", Assert.Throws<ArgumentException>(() => FrenchPublicHolidays.Instance.GetHolidays(2026, "Corse")).ParamName);
        Assert.False(FrenchPublicHolidays.Instance.SupportsRegion("Corse"));
        Assert.True(FrenchPublicHolidays.Instance.SupportsRegion(null));
    }
}

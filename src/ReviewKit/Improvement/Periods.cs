namespace ReviewKit.Improvement;

/// <summary>Calendar arithmetic on the periods of a <see cref="PeriodGranularity"/>.</summary>
internal static class Periods
{
    public static LocalDate StartOf(LocalDate date, PeriodGranularity granularity) => granularity switch
    {
        PeriodGranularity.Day => date,
        PeriodGranularity.Week => date.PlusDays(1 - (int)date.DayOfWeek),
        PeriodGranularity.Month => new LocalDate(date.Year, date.Month, 1),
        PeriodGranularity.Quarter => new LocalDate(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1),
        PeriodGranularity.Year => new LocalDate(date.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "granularity is not a defined PeriodGranularity value."),
    };

    public static LocalDate Next(LocalDate start, PeriodGranularity granularity) => granularity switch
    {
        PeriodGranularity.Day => start.PlusDays(1),
        PeriodGranularity.Week => start.PlusWeeks(1),
        PeriodGranularity.Month => start.PlusMonths(1),
        PeriodGranularity.Quarter => start.PlusMonths(3),
        PeriodGranularity.Year => start.PlusYears(1),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "granularity is not a defined PeriodGranularity value."),
    };

    public static LocalDate Plus(LocalDate start, PeriodGranularity granularity, int count)
    {
        var result = start;
        if (count >= 0)
        {
            for (var i = 0; i < count; i++)
            {
                result = Next(result, granularity);
            }

            return result;
        }

        return granularity switch
        {
            PeriodGranularity.Day => start.PlusDays(count),
            PeriodGranularity.Week => start.PlusWeeks(count),
            PeriodGranularity.Month => start.PlusMonths(count),
            PeriodGranularity.Quarter => start.PlusMonths(3 * count),
            PeriodGranularity.Year => start.PlusYears(count),
            _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "granularity is not a defined PeriodGranularity value."),
        };
    }
}

namespace ReviewKit.Improvement;

/// <summary>The length of the calendar periods that aggregates, rankings and weak signals are computed over.</summary>
/// <remarks>Periods are local calendar periods in the time zone of the <see cref="AggregationOptions"/>.</remarks>
public enum PeriodGranularity
{
    /// <summary>One local calendar day.</summary>
    Day = 0,

    /// <summary>One ISO week, Monday to Sunday.</summary>
    Week = 1,

    /// <summary>One calendar month.</summary>
    Month = 2,

    /// <summary>One calendar quarter (January, April, July or October to the end of the third month).</summary>
    Quarter = 3,

    /// <summary>One calendar year.</summary>
    Year = 4,
}

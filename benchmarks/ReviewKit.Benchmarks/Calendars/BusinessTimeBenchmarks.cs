using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ReviewKit.Calendars;

namespace ReviewKit.Benchmarks.Calendars;

/// <summary>
/// <see cref="BusinessCalendar.AddBusinessTime(Instant, Duration)"/> and
/// <see cref="BusinessCalendar.BusinessTimeBetween(Instant, Instant)"/> over spans of 8 hours, 5 days, 30 days and a
/// year, on a Paris calendar with split shifts, Saturdays, French (Alsace-Moselle) public holidays, a closure, an
/// exceptional Sunday and both DST changes, against a plain per-day walk over the same rules (the baseline).
/// Years are warm (built once in setup), as in a long-running host.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
public class BusinessTimeBenchmarks
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 23, 9, 15); // Monday 10:15 in Paris, a week before DST

    private BusinessCalendar _calendar = null!;
    private DayWalkCalendar _baseline = null!;
    private Instant _end;
    private Duration _amount;

    [Params("8 hours", "5 days", "30 days", "1 year")]
    public string Span { get; set; } = "8 hours";

    public static BusinessCalendarOptions Options() => new()
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
        },
        Holidays = ["2026-12-24", "2027-08-16"],
        PublicHolidays = new PublicHolidayOptions { Country = "FR", Region = "Alsace-Moselle" },
        Closures = ["2026-12-31 14:00-24:00", "2026-06-12 09:00-11:00"],
        ExtraOpenings = ["2026-12-20 10:00-18:00"],
    };

    [GlobalSetup]
    public void Setup()
    {
        _calendar = BusinessCalendar.FromOptions(Options(), "bench");
        _baseline = new DayWalkCalendar(Options());
        _end = Start + Span switch
        {
            "8 hours" => Duration.FromHours(8),
            "5 days" => Duration.FromDays(5),
            "30 days" => Duration.FromDays(30),
            "1 year" => Duration.FromDays(365),
            _ => throw new InvalidOperationException(Span),
        };
        _amount = _calendar.BusinessTimeBetween(Start, _end);

        // Both implementations must agree, or the comparison means nothing.
        if (_baseline.BusinessTimeBetween(Start, _end) != _amount
            || _baseline.AddBusinessTime(Start, _amount) != _calendar.AddBusinessTime(Start, _amount))
        {
            throw new InvalidOperationException($"The baseline and BusinessCalendar disagree over {Span}.");
        }
    }

    [Benchmark(Baseline = true, Description = "Per-day walk")]
    [BenchmarkCategory("AddBusinessTime")]
    public Instant AddDayWalk() => _baseline.AddBusinessTime(Start, _amount);

    [Benchmark(Description = "BusinessCalendar")]
    [BenchmarkCategory("AddBusinessTime")]
    public Instant Add() => _calendar.AddBusinessTime(Start, _amount);

    [Benchmark(Baseline = true, Description = "Per-day walk")]
    [BenchmarkCategory("BusinessTimeBetween")]
    public Duration BetweenDayWalk() => _baseline.BusinessTimeBetween(Start, _end);

    [Benchmark(Description = "BusinessCalendar")]
    [BenchmarkCategory("BusinessTimeBetween")]
    public Duration Between() => _calendar.BusinessTimeBetween(Start, _end);
}

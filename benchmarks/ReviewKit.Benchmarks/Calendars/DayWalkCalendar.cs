using NodaTime.TimeZones;
using ReviewKit.Calendars;

namespace ReviewKit.Benchmarks.Calendars;

/// <summary>
/// The baseline: business time computed the way the usual .NET business-hours libraries do it, walking one local day
/// at a time and resolving that day's ranges (week, holidays, closures, exceptional openings) to instants as it goes.
/// Same rules and same results as <see cref="BusinessCalendar"/> for calendars without overnight ranges.
/// </summary>
internal sealed class DayWalkCalendar
{
    private readonly CalendarRules _rules;
    private readonly HashSet<LocalDate> _publicHolidays = [];

    public DayWalkCalendar(BusinessCalendarOptions options)
    {
        var errors = new List<string>();
        _rules = CalendarRules.Parse(options, "baseline", [FrenchPublicHolidays.Instance], errors)
            ?? throw new ArgumentException(string.Join(" ", errors), nameof(options));
        if (_rules.PublicHolidays is { } provider)
        {
            for (var year = 2000; year <= 2050; year++)
            {
                _publicHolidays.UnionWith(provider.GetHolidays(year, _rules.Region));
            }
        }
    }

    public Instant AddBusinessTime(Instant start, Duration amount)
    {
        var remaining = amount;
        for (var date = start.InZone(_rules.Zone).Date; ; date = date.PlusDays(1))
        {
            foreach (var (s, e) in OpenIntervals(date))
            {
                if (e <= start)
                {
                    continue;
                }

                var from = Instant.Max(s, start);
                var length = e - from;
                if (remaining <= length)
                {
                    return from + remaining;
                }

                remaining -= length;
            }
        }
    }

    public Duration BusinessTimeBetween(Instant start, Instant end)
    {
        var total = Duration.Zero;
        var last = end.InZone(_rules.Zone).Date;
        for (var date = start.InZone(_rules.Zone).Date; date <= last; date = date.PlusDays(1))
        {
            foreach (var (s, e) in OpenIntervals(date))
            {
                var from = Instant.Max(s, start);
                var to = Instant.Min(e, end);
                if (from < to)
                {
                    total += to - from;
                }
            }
        }

        return total;
    }

    private List<(Instant Start, Instant End)> OpenIntervals(LocalDate date)
    {
        var open = new List<(Instant, Instant)>();
        foreach (var r in _rules.RangesOn(date, _publicHolidays))
        {
            open.Add((Resolve(date, r.Start), Resolve(date, r.End)));
        }

        if (_rules.Closures.TryGetValue(date, out var closures))
        {
            foreach (var c in closures)
            {
                var (cs, ce) = (Resolve(date, c.Start), Resolve(date, c.End));
                var next = new List<(Instant, Instant)>();
                foreach (var (s, e) in open)
                {
                    if (cs > s)
                    {
                        next.Add((s, Instant.Min(e, cs)));
                    }

                    if (ce < e)
                    {
                        next.Add((Instant.Max(s, ce), e));
                    }
                }

                open = next.FindAll(i => i.Item1 < i.Item2);
            }
        }

        return open;
    }

    private Instant Resolve(LocalDate date, int minutes) =>
        _rules.Zone.ResolveLocal(date.AtMidnight().PlusMinutes(minutes), Resolvers.LenientResolver).ToInstant();
}

using NodaTime.TimeZones;

namespace ReviewKit.Calendars;

/// <summary>Resolves the local rules of one year to open instants (see <see cref="YearBlock"/>).</summary>
internal static class YearBlockBuilder
{
    public static YearBlock Build(CalendarRules rules, int year, long yearStart, long yearEnd)
    {
        var zone = rules.Zone;
        var publicHolidays = new HashSet<LocalDate>();
        if (rules.PublicHolidays is { } provider)
        {
            publicHolidays.UnionWith(provider.GetHolidays(year - 1, rules.Region));
            publicHolidays.UnionWith(provider.GetHolidays(year, rules.Region));
        }

        // Dates from 31 December of the previous year: an overnight range may run into this year.
        var open = new List<(long Start, long End)>(800);
        var closed = new List<(long Start, long End)>();
        var last = new LocalDate(year, 12, 31);
        for (var date = new LocalDate(year - 1, 12, 31); date <= last; date = date.PlusDays(1))
        {
            AddRanges(zone, date, rules.RangesOn(date, publicHolidays), open);
            if (rules.Closures.TryGetValue(date, out var closures))
            {
                AddRanges(zone, date, closures, closed);
            }
        }

        var merged = Merge(open);
        if (closed.Count > 0)
        {
            merged = Subtract(merged, Merge(closed));
        }

        var starts = new List<long>(merged.Count);
        var ends = new List<long>(merged.Count);
        foreach (var (s, e) in merged)
        {
            var cs = Math.Max(s, yearStart);
            var ce = Math.Min(e, yearEnd);
            if (cs < ce)
            {
                starts.Add(cs);
                ends.Add(ce);
            }
        }

        return new YearBlock(year, yearStart, yearEnd, [.. starts], [.. ends]);
    }

    private static void AddRanges(DateTimeZone zone, LocalDate date, LocalRange[] ranges, List<(long, long)> into)
    {
        var midnight = date.AtMidnight();
        foreach (var range in ranges)
        {
            var s = Resolve(zone, midnight.PlusMinutes(range.Start));
            var e = Resolve(zone, midnight.PlusMinutes(range.End));
            if (s < e)
            {
                into.Add((s, e));
            }
        }
    }

    /// <summary>Gap: shifted forward by the gap's length; ambiguity: the earlier occurrence.</summary>
    private static long Resolve(DateTimeZone zone, LocalDateTime local) =>
        (zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant() - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    private static List<(long Start, long End)> Merge(List<(long Start, long End)> intervals)
    {
        intervals.Sort();
        var merged = new List<(long Start, long End)>(intervals.Count);
        foreach (var (s, e) in intervals)
        {
            if (merged.Count > 0 && s <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, e));
            }
            else
            {
                merged.Add((s, e));
            }
        }

        return merged;
    }

    /// <summary>Removes the (sorted, disjoint) closed intervals from the (sorted, disjoint) open ones.</summary>
    private static List<(long Start, long End)> Subtract(List<(long Start, long End)> open, List<(long Start, long End)> closed)
    {
        var result = new List<(long Start, long End)>(open.Count + closed.Count);
        var c = 0;
        foreach (var (start, end) in open)
        {
            var s = start;
            while (c < closed.Count && closed[c].End <= s)
            {
                c++;
            }

            for (var k = c; k < closed.Count && closed[k].Start < end; k++)
            {
                if (closed[k].Start > s)
                {
                    result.Add((s, closed[k].Start));
                }

                s = Math.Max(s, closed[k].End);
            }

            if (s < end)
            {
                result.Add((s, end));
            }
        }

        return result;
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Calendars;
using Interval = NodaTime.Interval;
using static ReviewKit.Tests.Calendars.TestCalendars;

namespace ReviewKit.Tests.Calendars;

/// <summary>The identities of business time, over five calendars (Paris, Berlin, New York, UTC, always open) and two years with both DST changes.</summary>
public class BusinessCalendarPropertyTests
{
    private static readonly BusinessCalendar[] Calendars = [ParisStore(), BerlinOffice(), NewYorkDesk(), UtcWeekdays(), BusinessCalendar.AlwaysOpen(NewYork)];
    private static readonly Instant Origin = Instant.FromUtc(2026, 1, 1, 0, 0);

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public Property BusinessTimeBetween_IsAdditive(int calendar, Instant a, Instant b, Instant c)
    {
        var cal = Calendars[calendar];
        return (cal.BusinessTimeBetween(a, c) == cal.BusinessTimeBetween(a, b) + cal.BusinessTimeBetween(b, c)).ToProperty();
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public Property BusinessTimeBetween_OfAddBusinessTime_IsTheAmount(int calendar, Instant start, Duration amount)
    {
        var cal = Calendars[calendar];
        return (cal.BusinessTimeBetween(start, cal.AddBusinessTime(start, amount)) == amount).ToProperty();
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public Property AddBusinessTime_IsAssociativeForPositiveSecondAmount(int calendar, Instant start, Duration x, Duration y)
    {
        var cal = Calendars[calendar];
        var second = y + Duration.Epsilon;
        return (cal.AddBusinessTime(cal.AddBusinessTime(start, x), second) == cal.AddBusinessTime(start, x + second)).ToProperty();
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public Property AddBusinessTime_NeverReturnsClosedInstantUnlessClosingBoundary(int calendar, Instant start, Duration amount)
    {
        var cal = Calendars[calendar];
        var result = cal.AddBusinessTime(start, amount);
        var ok = result >= start
            && (cal.IsOpen(result) || (amount > Duration.Zero && cal.IsOpen(result - Duration.Epsilon)));
        return ok.ToProperty();
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public Property NextOpening_IsOpenAndNothingOpenBefore(int calendar, Instant instant)
    {
        var cal = Calendars[calendar];
        var next = cal.NextOpening(instant);
        return (cal.IsOpen(next) && next >= instant && cal.BusinessTimeBetween(instant, next) == Duration.Zero).ToProperty();
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public Property BusinessTimeBetween_NeverExceedsWallTime(int calendar, Instant a, Instant b)
    {
        var cal = Calendars[calendar];
        var (from, to) = a <= b ? (a, b) : (b, a);
        var business = cal.BusinessTimeBetween(from, to);
        return (business >= Duration.Zero && business <= to - from).ToProperty();
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public Property TimeInsidePause_NeverCounts(int calendar, Instant start, Duration amount, Instant pauseStart, Duration pauseLength)
    {
        var cal = Calendars[calendar];
        Interval[] pauses = [new Interval(pauseStart, pauseStart + pauseLength)];
        var end = cal.AddBusinessTime(start, amount, pauses);
        var inPause = end >= pauses[0].Start && end < pauses[0].End && !(end == pauses[0].Start && amount > Duration.Zero);
        var counted = cal.BusinessTimeBetween(start, end, pauses);
        var paused = cal.BusinessTimeBetween(
            Instant.Max(start, pauses[0].Start), Instant.Max(Instant.Max(start, pauses[0].Start), Instant.Min(end, pauses[0].End)));
        return (!inPause
                && counted == amount
                && cal.BusinessTimeBetween(start, end) == amount + paused)
            .ToProperty();
    }

    public static class Arbitraries
    {
        public static Arbitrary<int> CalendarIndex() => Arb.From(Gen.Choose(0, Calendars.Length - 1));

        /// <summary>Instants over 2026-2027, half of them on whole minutes (where ranges open and close).</summary>
        public static Arbitrary<Instant> Instants() => Arb.From(
            from minutes in Gen.Choose(0, 2 * 366 * 24 * 60)
            from ticks in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(0, 599_999_999)))
            select Origin + Duration.FromMinutes(minutes) + Duration.FromTicks(ticks));

        /// <summary>Amounts from zero to 40 days of business time, often whole minutes or hours.</summary>
        public static Arbitrary<Duration> Durations() => Arb.From(Gen.Frequency(
            (1, Gen.Constant(Duration.Zero)),
            (3, Gen.Choose(1, 40 * 24).Select(h => Duration.FromHours(h))),
            (3, Gen.Choose(0, 40 * 24 * 60).Select(m => Duration.FromMinutes(m))),
            (3, Gen.Choose(0, 2_000_000_000).Select(t => Duration.FromTicks(t)))));
    }
}

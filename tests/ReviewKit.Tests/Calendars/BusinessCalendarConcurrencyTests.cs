using static ReviewKit.Tests.Calendars.TestCalendars;

namespace ReviewKit.Tests.Calendars;

public class BusinessCalendarConcurrencyTests
{
    [Fact]
    public void Operations_FromManyThreadsOnOneCalendar_EqualSingleThreadedResults()
    {
        // A fresh calendar has no year built: the threads race to build years 2026 to 2030 while they read them.
        var shared = ParisStore();
        var reference = ParisStore();
        var random = new Random(20261123);
        const int count = 4_000;
        var starts = new Instant[count];
        var amounts = new Duration[count];
        for (var i = 0; i < count; i++)
        {
            starts[i] = Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromMinutes(random.Next(0, 4 * 365 * 24 * 60));
            amounts[i] = Duration.FromMinutes(random.Next(0, 200 * 24 * 60));
        }

        var expected = new (Instant, Duration, bool)[count];
        for (var i = 0; i < count; i++)
        {
            var end = reference.AddBusinessTime(starts[i], amounts[i]);
            expected[i] = (end, reference.BusinessTimeBetween(starts[i], end + Duration.FromDays(3)), reference.IsOpen(starts[i]));
        }

        var actual = new (Instant, Duration, bool)[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var end = shared.AddBusinessTime(starts[i], amounts[i]);
            actual[i] = (end, shared.BusinessTimeBetween(starts[i], end + Duration.FromDays(3)), shared.IsOpen(starts[i]));
        });

        Assert.Equal(expected, actual);
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReviewKit.Calendars;
using ReviewKit.Cases;
using ReviewKit.Reviews;
using ReviewKit.Sla;

namespace ReviewKit.DependencyInjection.Tests;

/// <summary>Calendars follow configuration reloads; the SLA evaluator uses the new version and never back-dates a breach.</summary>
public class CalendarReloadTests
{
    private const string Week = "ReviewKit:Calendars:office:Week:";
    private static readonly Instant Monday = Instant.FromUtc(2026, 3, 2, 9, 0); // 2 March 2026 is a Monday

    private static Instant Day(int day, int hour, int minute = 0) => Instant.FromUtc(2026, 3, day, hour, minute);

    private static (ServiceProvider Provider, IConfigurationRoot Configuration, MutableClock Clock) Host(string hours)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReviewKit:Calendars:office:TimeZone"] = "UTC",
            [Week + "Monday:0"] = hours,
            [Week + "Tuesday:0"] = hours,
            [Week + "Wednesday:0"] = hours,
            ["ReviewKit:Sla:Policies:office:FirstPublicReply:Goal"] = "08:00:00",
            ["ReviewKit:Sla:Policies:office:FirstPublicReply:Limit"] = "16:00:00",
            ["ReviewKit:Sla:Policies:office:FirstPublicReply:Calendar"] = "office",
            ["ReviewKit:Sla:DefaultPolicy"] = "office",
        }).Build();
        var clock = new MutableClock(Monday);
        var provider = new ServiceCollection().AddSingleton<IClock>(clock).AddReviewKit(configuration.GetSection("ReviewKit")).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return (provider, configuration, clock);
    }

    private static void Reload(IConfigurationRoot configuration, MutableClock clock, Instant at, string hours)
    {
        clock.Now = at;
        foreach (var day in new[] { "Monday", "Tuesday", "Wednesday" })
        {
            configuration[Week + day + ":0"] = hours;
        }

        configuration.Reload();
    }

    private static ReviewCase Case(params CaseEvent[] events)
    {
        var review = new Review(new ReviewId(ReviewSource.Google, "r-1"), Monday, "Colis jamais reçu.");
        return ReviewCase.FromTimeline(new CaseId("case-1"), [new CaseOpened(new CaseEventId("open"), Monday, Actor.System("import"), review), .. events]);
    }

    [Fact]
    public void Reload_ChangedCalendar_NewVersionServedWithEffectiveFromAndOldKept()
    {
        var (provider, configuration, clock) = Host("09:00-17:00");
        using var _ = provider;
        var calendars = provider.GetRequiredService<IBusinessCalendarProvider>();
        var before = calendars.GetCalendar("office");
        var version = calendars.Version;

        Reload(configuration, clock, Day(3, 12), "08:00-20:00");

        var after = calendars.GetCalendar("office");
        Assert.NotSame(before, after);
        Assert.NotEqual(version, calendars.Version);
        Assert.Null(before.EffectiveFrom);
        Assert.Equal(Day(3, 12), after.EffectiveFrom);
        Assert.True(after.IsOpen(Day(4, 8, 30)));
        Assert.Same(before, calendars.GetCalendar("office", Day(3, 11)));
        Assert.Same(after, calendars.GetCalendar("OFFICE", Day(3, 12)));
    }

    [Fact]
    public void Reload_NothingChangedInTheCalendar_SameVersion()
    {
        var (provider, configuration, clock) = Host("09:00-17:00");
        using var _ = provider;
        var calendars = provider.GetRequiredService<IBusinessCalendarProvider>();
        var before = calendars.GetCalendar("office");
        var version = calendars.Version;

        clock.Now = Day(3, 12);
        configuration["ReviewKit:DefaultTimeZone"] = "Europe/Paris";
        configuration.Reload();

        Assert.Same(before, calendars.GetCalendar("office"));
        Assert.Equal(version, calendars.Version);
    }

    [Fact]
    public void Evaluate_AfterReload_UsesTheNewCalendarAndDatesANewBreachAtTheChange()
    {
        var (provider, configuration, clock) = Host("09:00-17:00");
        using var _ = provider;
        var evaluator = provider.GetRequiredService<SlaEvaluator>();
        var reviewCase = Case();

        // Monday 09:00 to Tuesday 12:00 in 09:00-17:00: 8 + 3 = 11 business hours, under the 16-hour limit.
        var early = evaluator.Evaluate(reviewCase, Day(3, 12)).FirstPublicReply;
        Assert.Equal((SlaState.Running, Duration.FromHours(11)), (early.State, early.Elapsed));

        Reload(configuration, clock, Day(3, 12), "00:00-24:00");
        var late = evaluator.Evaluate(reviewCase, Day(3, 13)).FirstPublicReply;

        // In the new calendar the limit was reached on Tuesday 01:00, before the change: dated at the change instead.
        Assert.Equal(Duration.FromHours(28), late.Elapsed);
        Assert.Equal(Day(3, 1), late.LimitAt);
        Assert.Equal(SlaState.Breached, late.State);
        Assert.Equal(Day(3, 12), late.BreachedAt);
    }

    [Fact]
    public void Evaluate_AfterReload_BreachAlreadyReachedKeepsItsDate()
    {
        var (provider, configuration, clock) = Host("09:00-17:00");
        using var _ = provider;
        var evaluator = provider.GetRequiredService<SlaEvaluator>();
        var reviewCase = Case();
        var recorded = evaluator.Evaluate(reviewCase, Day(4, 12)).FirstPublicReply;
        Assert.Equal((SlaState.Breached, Day(3, 17)), (recorded.State, recorded.BreachedAt)); // 16 business hours on Tuesday 17:00

        Reload(configuration, clock, Day(4, 12), "09:00-10:00"); // far fewer hours: the new calendar alone would not breach
        var after = evaluator.Evaluate(reviewCase, Day(4, 13)).FirstPublicReply;

        Assert.Equal(Duration.FromHours(3), after.Elapsed);
        Assert.Equal(SlaState.Breached, after.State);
        Assert.Equal(Day(3, 17), after.BreachedAt);
    }

    [Fact]
    public void Evaluate_ClockStoppedBeforeReload_KeepsTheCalendarInForceWhenItStopped()
    {
        var (provider, configuration, clock) = Host("09:00-17:00");
        using var _ = provider;
        var evaluator = provider.GetRequiredService<SlaEvaluator>();
        var reviewCase = Case(new PublicReplyPosted(new CaseEventId("r"), Day(2, 15), Actor.Agent("alice"), "Désolés."));
        var before = evaluator.Evaluate(reviewCase, Day(3, 12)).FirstPublicReply;

        Reload(configuration, clock, Day(3, 12), "09:00-10:00");
        var after = evaluator.Evaluate(reviewCase, Day(3, 13)).FirstPublicReply;

        Assert.Equal((SlaState.Met, Duration.FromHours(6)), (after.State, after.Elapsed));
        Assert.Equal(before, after);
    }

    [Fact]
    public void Reload_InvalidCalendar_KeepsTheCalendarsInForce()
    {
        var (provider, configuration, clock) = Host("09:00-17:00");
        using var _ = provider;
        var calendars = provider.GetRequiredService<IBusinessCalendarProvider>();
        var before = calendars.GetCalendar("office");

        // Validation fails on the reload (the options monitor throws it to whoever reloads); the calendars stay.
        Assert.ThrowsAny<Exception>(() => Reload(configuration, clock, Day(3, 12), "9h-17h"));

        Assert.Same(before, calendars.GetCalendar("office"));
    }

    private sealed class MutableClock(Instant now) : IClock
    {
        public Instant Now { get; set; } = now;

        public Instant GetCurrentInstant() => Now;
    }
}

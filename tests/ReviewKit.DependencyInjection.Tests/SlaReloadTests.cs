using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime.Testing;
using ReviewKit.Cases;
using ReviewKit.Reviews;
using ReviewKit.Sla;

namespace ReviewKit.DependencyInjection.Tests;

/// <summary>SLA policies follow configuration reloads, like the calendars (see <see cref="CalendarReloadTests"/>).</summary>
public class SlaReloadTests
{
    private const string Target = "ReviewKit:Sla:Policies:office:FirstPublicReply:";
    private static readonly Instant Monday = Instant.FromUtc(2026, 3, 2, 9, 0);

    private static Instant H(double hours) => Monday + Duration.FromMinutes(hours * 60);

    private static (ServiceProvider Provider, IConfigurationRoot Configuration, FakeClock Clock) Host()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [Target + "Goal"] = "08:00:00",
            [Target + "Limit"] = "16:00:00",
            ["ReviewKit:Sla:DefaultPolicy"] = "office",
        }).Build();
        var clock = new FakeClock(Monday);
        var provider = new ServiceCollection().AddSingleton<IClock>(clock).AddReviewKit(configuration.GetSection("ReviewKit")).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return (provider, configuration, clock);
    }

    private static void Reload(IConfigurationRoot configuration, FakeClock clock, Instant at, string goal, string limit)
    {
        clock.Reset(at);
        configuration[Target + "Goal"] = goal;
        configuration[Target + "Limit"] = limit;
        configuration.Reload();
    }

    private static ReviewCase Case(params CaseEvent[] events)
    {
        var review = new Review(new ReviewId(ReviewSource.Google, "r-1"), Monday, "Colis jamais reçu.");
        return ReviewCase.FromTimeline(new CaseId("case-1"), [new CaseOpened(new CaseEventId("open"), Monday, Actor.System("import"), review), .. events]);
    }

    [Fact]
    public void Reload_ChangedPolicy_SameEvaluatorNewPolicyFromTheReloadInstant()
    {
        var (provider, configuration, clock) = Host();
        using var _ = provider;
        var evaluator = provider.GetRequiredService<SlaEvaluator>();
        var before = evaluator.DefaultPolicy;

        Reload(configuration, clock, H(3), "01:00:00", "02:00:00");

        Assert.Same(evaluator, provider.GetRequiredService<SlaEvaluator>());
        Assert.NotSame(before, evaluator.DefaultPolicy);
        Assert.Equal(H(3), evaluator.DefaultPolicy.EffectiveFrom);
        Assert.Equal(Duration.FromHours(1), evaluator.DefaultPolicy.GetTarget(SlaMetric.FirstPublicReply)!.Goal);
    }

    [Fact]
    public void Reload_NothingChangedInThePolicies_SamePolicy()
    {
        var (provider, configuration, clock) = Host();
        using var _ = provider;
        var evaluator = provider.GetRequiredService<SlaEvaluator>();
        var before = evaluator.DefaultPolicy;

        clock.Reset(H(3));
        configuration["ReviewKit:DefaultTimeZone"] = "Europe/Paris";
        configuration.Reload();

        Assert.Same(before, evaluator.DefaultPolicy);
    }

    [Fact]
    public void Evaluate_AfterReload_RunningClockUsesTheNewTargetAndDatesANewBreachAtTheReload()
    {
        var (provider, configuration, clock) = Host();
        using var _ = provider;
        var evaluator = provider.GetRequiredService<SlaEvaluator>();

        Reload(configuration, clock, H(3), "01:00:00", "02:00:00");
        var result = evaluator.Evaluate(Case(), H(4)).FirstPublicReply;

        Assert.Equal((H(1), H(2)), (result.DueAt, result.LimitAt));
        Assert.Equal((SlaState.Breached, H(3)), (result.State, result.BreachedAt));
    }

    [Fact]
    public void Evaluate_AfterReload_StoppedClockAndRecordedBreachKeepWhatTheyHad()
    {
        var (provider, configuration, clock) = Host();
        using var _ = provider;
        var evaluator = provider.GetRequiredService<SlaEvaluator>();
        var replied = Case(new PublicReplyPosted(new CaseEventId("r"), H(6), Actor.Agent("alice"), "Désolés."));
        var stopped = evaluator.Evaluate(replied, H(20)).FirstPublicReply;

        Reload(configuration, clock, H(20), "48:00:00", "72:00:00");

        Assert.Equal(stopped, evaluator.Evaluate(replied, H(21)).FirstPublicReply);
        var running = evaluator.Evaluate(Case(), H(21)).FirstPublicReply;
        Assert.Equal((SlaState.Breached, H(16)), (running.State, running.BreachedAt));
    }

    [Fact]
    public void Reload_InvalidPolicies_KeepsThePoliciesInForce()
    {
        var (provider, configuration, clock) = Host();
        using var _ = provider;
        var evaluator = provider.GetRequiredService<SlaEvaluator>();
        var before = evaluator.DefaultPolicy;

        // Validation fails on the reload (the options monitor throws it to whoever reloads); the policies stay.
        var e = Assert.ThrowsAny<Exception>(() => Reload(configuration, clock, H(3), "-01:00:00", "02:00:00"));

        Assert.Contains("ReviewKit:Sla:Policies:office:FirstPublicReply:Goal", e.ToString(), StringComparison.Ordinal);
        Assert.Same(before, evaluator.DefaultPolicy);
    }

    [Fact]
    public void Reload_InvalidOptionsFromAMonitorThatDoesNotValidate_KeepsThePoliciesInForce()
    {
        var monitor = new TestOptionsMonitor(new ReviewKitOptions());
        var clock = new FakeClock(Monday);
        using var provider = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddSingleton<IOptionsMonitor<ReviewKitOptions>>(monitor)
            .AddReviewKit()
            .BuildServiceProvider();
        var evaluator = provider.GetRequiredService<SlaEvaluator>();
        Assert.Same(SlaPolicy.Default, evaluator.DefaultPolicy);

        var invalid = new ReviewKitOptions();
        invalid.Sla.DefaultPolicy = "missing";
        monitor.Set(invalid);
        Assert.Same(SlaPolicy.Default, evaluator.DefaultPolicy);

        var valid = new ReviewKitOptions();
        valid.Sla.Policies["fast"] = new SlaPolicyOptions { FirstPublicReply = new SlaTargetOptions { Goal = TimeSpan.FromHours(2) } };
        valid.Sla.DefaultPolicy = "fast";
        clock.Reset(H(1));
        monitor.Set(valid);
        Assert.Equal(("fast", H(1)), (evaluator.DefaultPolicy.Name, evaluator.DefaultPolicy.EffectiveFrom));

        provider.Dispose();
        Assert.Equal(0, monitor.Listeners);
    }

    /// <summary>An options monitor the test drives: <see cref="Set"/> notifies the listeners, without validation.</summary>
    private sealed class TestOptionsMonitor(ReviewKitOptions initial) : IOptionsMonitor<ReviewKitOptions>
    {
        private readonly List<Action<ReviewKitOptions, string?>> _listeners = [];

        public ReviewKitOptions CurrentValue { get; private set; } = initial;

        public int Listeners
        {
            get
            {
                lock (_listeners)
                {
                    return _listeners.Count;
                }
            }
        }

        public ReviewKitOptions Get(string? name) => CurrentValue;

        public IDisposable OnChange(Action<ReviewKitOptions, string?> listener)
        {
            lock (_listeners)
            {
                _listeners.Add(listener);
            }

            return new Subscription(this, listener);
        }

        public void Set(ReviewKitOptions options)
        {
            CurrentValue = options;
            Action<ReviewKitOptions, string?>[] listeners;
            lock (_listeners)
            {
                listeners = [.. _listeners];
            }

            foreach (var listener in listeners)
            {
                listener(options, Options.DefaultName);
            }
        }

        private sealed class Subscription(TestOptionsMonitor monitor, Action<ReviewKitOptions, string?> listener) : IDisposable
        {
            public void Dispose()
            {
                lock (monitor._listeners)
                {
                    monitor._listeners.Remove(listener);
                }
            }
        }
    }
}

using BenchmarkDotNet.Attributes;
using ReviewKit.Benchmarks.Calendars;
using ReviewKit.Calendars;
using ReviewKit.Cases;
using ReviewKit.Reviews;
using ReviewKit.Sla;
using ReviewKit.Triage;

namespace ReviewKit.Benchmarks.Sla;

/// <summary>
/// Evaluating every SLA clock of 1,000,000 open cases: a third unanswered, a third answered and waiting on the
/// customer, a third answered with a new customer message; high-severity cases counted in the Paris business calendar
/// (split shifts, holidays, DST), the others in calendar hours. The baseline only reads each case's timeline facts.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class SlaEvaluationBenchmarks
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 20, 8, 0);
    private ReviewCase[] _cases = [];
    private SlaEvaluator _evaluator = null!;
    private Instant _now;

    [Params(1_000_000)]
    public int Cases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var paris = BusinessCalendar.FromOptions(BusinessTimeBenchmarks.Options(), "paris-store");
        var business = new SlaPolicy(
            "high-severity",
            new SlaTarget(Duration.FromHours(4), Duration.FromHours(8), "paris-store"),
            new SlaTarget(Duration.FromHours(8), Duration.FromHours(16), "paris-store"),
            new SlaTarget(Duration.FromHours(4), Duration.FromHours(8), "paris-store"),
            new SlaTarget(Duration.FromHours(40), Duration.FromHours(80), "paris-store", pausedWhile: [ReviewKit.Cases.CaseStatus.WaitingOnCustomer]));
        _evaluator = new SlaEvaluator(SlaPolicy.Default, [new SlaPolicyRule(business, minimumSeverity: Severity.High)], new OneCalendar(paris));

        var review = new Review(new ReviewId(ReviewSource.Google, "bench"), T0, "Colis jamais reçu.", locationId: "paris-store");
        var agent = Actor.Agent("alice");
        var random = new Random(42);
        _cases = new ReviewCase[Cases];
        for (var i = 0; i < _cases.Length; i++)
        {
            var opened = T0 + Duration.FromMinutes(random.Next(0, 60 * 24 * 14));
            var events = new List<CaseEvent>(5)
            {
                new CaseOpened(new CaseEventId("o"), opened, Actor.System("import"), review),
                new CaseTriaged(new CaseEventId("t"), opened + Duration.FromMinutes(1), agent, (Severity)(i % 4)),
            };
            if (i % 3 > 0)
            {
                events.Add(new PublicReplyPosted(new CaseEventId("r"), opened + Duration.FromHours(random.Next(1, 40)), agent, "Désolés."));
            }

            if (i % 3 == 1)
            {
                events.Add(new WaitingOnCustomerStarted(new CaseEventId("w"), events[^1].At + Duration.FromMinutes(5), agent));
            }
            else if (i % 3 == 2)
            {
                events.Add(new CustomerReplied(new CaseEventId("c"), events[^1].At + Duration.FromHours(2), Actor.Customer, ContactChannel.PublicThread));
            }

            _cases[i] = ReviewCase.FromTimeline(new CaseId("case-" + i), events);
        }

        _now = T0 + Duration.FromDays(16);
    }

    [Benchmark(Baseline = true, Description = "Read timeline facts only")]
    public long ReadFacts()
    {
        long sum = 0;
        foreach (var c in _cases)
        {
            sum += (_now - c.OpenedAt).BclCompatibleTicks + (c.FirstPublicReplyAt is null ? 1 : 0) + c.WaitingPeriods.Length;
        }

        return sum;
    }

    [Benchmark(Description = "Evaluate, one thread")]
    public int Evaluate()
    {
        var breached = 0;
        foreach (var c in _cases)
        {
            var e = _evaluator.Evaluate(c, _now);
            breached += e.FirstPublicReply.State == SlaState.Breached ? 1 : 0;
        }

        return breached;
    }

    [Benchmark(Description = "Evaluate, Parallel.For")]
    public int EvaluateParallel()
    {
        var breached = 0;
        Parallel.For(
            0,
            _cases.Length,
            () => 0,
            (i, _, local) => local + (_evaluator.Evaluate(_cases[i], _now).FirstPublicReply.State == SlaState.Breached ? 1 : 0),
            local => Interlocked.Add(ref breached, local));
        return breached;
    }

    private sealed class OneCalendar(BusinessCalendar calendar) : IBusinessCalendarProvider
    {
        public BusinessCalendar GetCalendar(string name) => calendar;
    }
}

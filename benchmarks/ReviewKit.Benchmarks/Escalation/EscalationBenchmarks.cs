using System.Globalization;
using BenchmarkDotNet.Attributes;
using ReviewKit.Analysis;
using ReviewKit.Cases;
using ReviewKit.Escalation;
using ReviewKit.Reviews;
using ReviewKit.Sla;
using ReviewKit.Triage;

namespace ReviewKit.Benchmarks.Escalation;

/// <summary>
/// Evaluating 20 escalation rules over 1,000,000 open cases, none of which is due (the common case: a host's timer
/// wakes and most cases have nothing to escalate). The SLA clocks of every case are computed once, in the setup, outside
/// the timed region (the issue allows it: a host computes them in its batch); a second engine measurement computes them
/// inside. Baseline: the same rules interpreted naively, from string dictionaries with LINQ over a per-case fact bag.
/// </summary>
/// <remarks>One naive pass takes about 14 s: run with few iterations (see benchmarks/README.md).</remarks>
[MemoryDiagnoser]
public class EscalationBenchmarks
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 18, 0);
    private readonly SlaEvaluator _sla = new(SlaPolicy.Default);
    private EscalationContext[] _contexts = [];
    private EscalationContext[] _contextsWithoutSla = [];
    private EscalationEngine _engine = null!;
    private List<NaiveRule> _naive = [];

    [Params(1_000_000)]
    public int Cases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rules = Rules();
        _engine = new EscalationEngine(rules, _sla);
        _naive = NaiveRule.From(rules);
        _contexts = new EscalationContext[Cases];
        _contextsWithoutSla = new EscalationContext[Cases];
        var reviews = ReviewPool();
        var analyses = new[] { ReviewAnalysis.Empty, Analysis(["delivery"], []), Analysis(["price", "reception"], ["other_risk"]) };
        var agent = Actor.Agent("alice");
        for (var i = 0; i < Cases; i++)
        {
            var opened = Now - Duration.FromMinutes(1 + (i % 300)); // at most 5 hours old: nothing is due yet
            var age = Now - opened;
            var events = new List<CaseEvent> { new CaseOpened(new CaseEventId("open"), opened, Actor.System("import"), reviews[i % reviews.Length]) };
            if (i % 2 == 0)
            {
                events.Add(new CaseTriaged(new CaseEventId("triage"), opened, Actor.System("triage"), i % 4 == 0 ? Severity.Medium : Severity.Low));
            }

            if (i % 3 == 0)
            {
                events.Add(new PublicReplyPosted(new CaseEventId("reply"), opened + (age / 4), agent, "Désolés."));
                if (i % 13 == 0)
                {
                    events.Add(new CustomerReplied(new CaseEventId("customer"), opened + (age / 2), Actor.Customer, ContactChannel.Email));
                }
            }

            if (i % 7 == 0)
            {
                events.Add(new PrivateContactMade(new CaseEventId("contact"), opened + (age * 0.6), agent, ContactChannel.Phone));
            }

            if (i % 11 == 0)
            {
                events.Add(new WaitingOnCustomerStarted(new CaseEventId("wait"), opened + (age * 0.7), agent));
            }

            if (i % 17 == 0)
            {
                events.Add(new GoodwillGestureOffered(new CaseEventId("gesture"), opened + (age * 0.8), agent, GestureKind.PercentageDiscount, 10));
            }

            var reviewCase = ReviewCase.FromTimeline(new CaseId(i.ToString(CultureInfo.InvariantCulture)), events);
            var analysis = analyses[i % analyses.Length];
            var repeat = 1 + (i % 2);
            _contexts[i] = new EscalationContext(reviewCase, _sla.Evaluate(reviewCase, Now), null, analysis, repeat, Duration.FromDays(30));
            _contextsWithoutSla[i] = new EscalationContext(reviewCase, null, null, analysis, repeat, Duration.FromDays(30));
        }

        if (EngineWithPrecomputedSla().Decisions != 0 || Naive() != 0)
        {
            throw new InvalidOperationException("The benchmark's cases must have nothing due.");
        }
    }

    [Benchmark(Baseline = true, Description = "Naive: string dictionaries + LINQ (decisions only)")]
    public int Naive()
    {
        var fired = 0;
        foreach (var context in _contexts)
        {
            var facts = NaiveRule.Facts(context, Now);
            fired += _naive.Count(r => r.Conditions.All(c => NaiveRule.Holds(c, facts)) && !context.Case.HasEscalated(r.Id, r.Level));
        }

        return fired;
    }

    [Benchmark(Description = "Engine, SLA precomputed (decisions + NextEvaluationAt)")]
    public (int Decisions, Instant Earliest) EngineWithPrecomputedSla()
    {
        var decisions = 0;
        var earliest = Instant.MaxValue;
        var contexts = _contexts;
        for (var i = 0; i < contexts.Length; i++)
        {
            var result = _engine.Evaluate(in contexts[i], Now);
            decisions += result.Decisions.Length;
            if (result.NextEvaluationAt is { } next && next < earliest)
            {
                earliest = next;
            }
        }

        return (decisions, earliest);
    }

    [Benchmark(Description = "Engine, SLA computed per case (decisions + NextEvaluationAt)")]
    public (int Decisions, Instant Earliest) EngineComputingSla()
    {
        var decisions = 0;
        var earliest = Instant.MaxValue;
        var contexts = _contextsWithoutSla;
        for (var i = 0; i < contexts.Length; i++)
        {
            var result = _engine.Evaluate(in contexts[i], Now);
            decisions += result.Decisions.Length;
            if (result.NextEvaluationAt is { } next && next < earliest)
            {
                earliest = next;
            }
        }

        return (decisions, earliest);
    }

    /// <summary>
    /// Not a benchmark: the engine pass over the same cases timed with the process's CPU time beside the wall time, for a
    /// machine shared with other work (wall time then counts the time the process waits for a core). Run with
    /// <c>dotnet run -c Release --project benchmarks/ReviewKit.Benchmarks -- escalation-cpu</c>.
    /// </summary>
    public static int MeasureCpu()
    {
        var bench = new EscalationBenchmarks { Cases = 1_000_000 };
        bench.Setup();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        for (var pass = 0; pass < 7; pass++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var wall = System.Diagnostics.Stopwatch.GetTimestamp();
            var (decisions, _) = bench.EngineWithPrecomputedSla();
            var wallElapsed = System.Diagnostics.Stopwatch.GetElapsedTime(wall);
            process.Refresh();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"pass {pass}: {bench.Cases} cases x 20 rules, wall {wallElapsed.TotalMilliseconds:0} ms, CPU {(process.TotalProcessorTime - cpu).TotalMilliseconds:0} ms, {decisions} decisions"));
        }

        return 0;
    }

    /// <summary>Twenty rules, as a host would configure them: SLA ladders on every clock, triage and case rules.</summary>
    internal static EscalationRuleSet Rules() => EscalationRuleSet.CreateBuilder()
        .Add("first-reply", 1, r => r.WhenGoalUsed(SlaMetric.FirstPublicReply).Notify(EscalationRole.TeamLead))
        .Add("first-reply", 2, r => r.WhenGoalUsed(SlaMetric.FirstPublicReply).Notify(EscalationRole.Manager).RaisePriority(CasePriority.High))
        .Add("first-reply", 3, r => r.WhenGoalUsed(SlaMetric.FirstPublicReply).Notify(EscalationRole.Manager, EscalationRole.Quality))
        .Add("private-contact", 1, r => r.WhenGoalUsed(SlaMetric.FirstPrivateContact).Notify(EscalationRole.Agent))
        .Add("private-contact", 2, r => r.WhenGoalUsed(SlaMetric.FirstPrivateContact).Notify(EscalationRole.TeamLead))
        .Add("next-reply", 1, r => r.WhenGoalUsed(SlaMetric.NextReply).Notify(EscalationRole.Agent))
        .Add("next-reply", 2, r => r.WhenGoalUsed(SlaMetric.NextReply).Notify(EscalationRole.TeamLead))
        .Add("resolution", 1, r => r.WhenGoalUsed(SlaMetric.Resolution).Notify(EscalationRole.TeamLead))
        .Add("resolution", 2, r => r.WhenGoalUsed(SlaMetric.Resolution).Notify(EscalationRole.Manager))
        .Add("resolution", 3, r => r.WhenGoalUsed(SlaMetric.Resolution).Notify(EscalationRole.Manager).RaisePriority(CasePriority.Urgent))
        .Add("resolution", 4, r => r.WhenBreached(SlaMetric.Resolution).Notify(EscalationRole.Quality))
        .Add("urgent-reply", 1, r => r.WhenSeverityAtLeast(Severity.High).WhenDueWithin(SlaMetric.FirstPublicReply, Duration.FromHours(2)).Notify(EscalationRole.Manager))
        .Add("legal", 1, r => r.WhenAnyRisk("legal_threat", "health_safety").Notify(EscalationRole.Legal).RequireApproval(ApprovalSubject.Reply))
        .Add("influencer", 1, r => r.WhenAudienceAtLeast(10_000).WhenRatingAtMost(2).Notify(EscalationRole.Communications))
        .Add("social", 1, r => r.WhenChannel(ReviewSource.Facebook, ReviewSource.Instagram).WhenGoalUsed(SlaMetric.FirstPublicReply, 25).Notify(EscalationRole.Communications))
        .Add("paris-reopened", 1, r => r.WhenLocation("paris-1").WhenReopened().Notify(EscalationRole.Manager))
        .Add("repeat", 1, r => r.WhenRepeatComplaints(3, Duration.FromDays(30)).Notify(EscalationRole.Quality))
        .Add("silent", 1, r => r.WhenNoPrivateContactAfterPublicReply(Duration.FromHours(24)).Notify(EscalationRole.TeamLead))
        .Add("waiting", 1, r => r.WhenWaitingOnCustomer(Duration.FromDays(3)).Notify(EscalationRole.Agent))
        .Add("gesture", 1, r => r.WhenGestureAwaitingApproval(20, 50).Notify(EscalationRole.TeamLead).RequireApproval(ApprovalSubject.Gesture))
        .Build();

    private static Review[] ReviewPool()
    {
        var sources = new[] { ReviewSource.Google, ReviewSource.Trustpilot, ReviewSource.Facebook, ReviewSource.Email, ReviewSource.Instagram };
        var locations = new[] { "paris-1", "lyon-2", "nantes-3" };
        var reviews = new Review[1024];
        for (var i = 0; i < reviews.Length; i++)
        {
            reviews[i] = new Review(
                new ReviewId(sources[i % sources.Length], $"r-{i}"),
                Now - Duration.FromDays(1),
                "Livraison en retard, aucune information.",
                rating: new Rating(3 + (i % 3), RatingScale.FiveStars),
                author: new ReviewAuthor($"author-{i}", audienceSize: i % 5 == 0 ? 50_000 : 120),
                locationId: locations[i % locations.Length]);
        }

        return reviews;
    }

    private static ReviewAnalysis Analysis(string[] themes, string[] risks) => new(
        LanguageTag.Undetermined, -0.4, 0, 0.4, 0.6,
        themes.Select(t => new ThemeMatch(t, 0.8, [new TextSpan(0, 4)])),
        risks.Select(r => new RiskMatch(r, [new TextSpan(0, 4)])));
}

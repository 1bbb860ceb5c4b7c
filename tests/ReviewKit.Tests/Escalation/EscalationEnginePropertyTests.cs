using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Cases;
using ReviewKit.Escalation;
using ReviewKit.Sla;
using ReviewKit.Triage;
using static ReviewKit.Tests.Escalation.EscalationTestData;
using static ReviewKit.Tests.TestData;

namespace ReviewKit.Tests.Escalation;

/// <summary>The invariants of the engine over random cases, rule sets and instants (calendar-hour SLA clocks).</summary>
public class EscalationEnginePropertyTests
{
    private static readonly SlaMetric[] Metrics = Enum.GetValues<SlaMetric>();

    /// <summary>A case, a rule set, an evaluation instant and a later instant.</summary>
    public sealed record Scenario(ReviewCase Case, EscalationRuleSet Rules, Instant Now, Instant Later, Duration Probe, string Description)
    {
        public override string ToString() => Description;
    }

    public static Arbitrary<Scenario> Scenarios() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from stop in Gen.Elements(false, true)
         select Build(seed, stop)).ToArbitrary();

    /// <summary>Without stop-processing rules, a rule that fires at t fires at any later t' when nothing else happened.</summary>
    [Property(Arbitrary = [typeof(EscalationEnginePropertyTests)], MaxTest = 300)]
    public Property Evaluate_IsMonotoneInTime(Scenario s)
    {
        var rules = new EscalationRuleSet(s.Rules.Rules.Select(r => new EscalationRule(r.Id, r.Level, r.Conditions, r.Actions, r.Order)));
        var engine = new EscalationEngine(rules, Clocks);
        var before = Fired(engine, s.Case, s.Now);
        var after = Fired(engine, s.Case, s.Later);

        return before.IsSubsetOf(after).Label($"{string.Join(",", before)} not in {string.Join(",", after)}");
    }

    [Property(Arbitrary = [typeof(EscalationEnginePropertyTests)], MaxTest = 300)]
    public Property Evaluate_TwiceAfterApplyingTheDecisions_FiresNothingNew(Scenario s)
    {
        var engine = new EscalationEngine(s.Rules, Clocks);
        var first = engine.Evaluate(new EscalationContext(s.Case), s.Now);
        var recorded = Record(s.Case, first);
        var second = engine.Evaluate(new EscalationContext(recorded), s.Now);

        return (second.Decisions.IsEmpty && second.NextEvaluationAt == first.NextEvaluationAt).Label(second.ToString());
    }

    /// <summary>
    /// After the decisions at <c>now</c> are recorded, nothing fires strictly before <c>NextEvaluationAt</c>, and
    /// something fires at it: the instant is exact.
    /// </summary>
    [Property(Arbitrary = [typeof(EscalationEnginePropertyTests)], MaxTest = 300)]
    public Property Evaluate_NothingFiresBeforeNextEvaluationAt_AndSomethingFiresAtIt(Scenario s)
    {
        var engine = new EscalationEngine(s.Rules, Clocks);
        var first = engine.Evaluate(new EscalationContext(s.Case), s.Now);
        var recorded = Record(s.Case, first);
        var horizon = first.NextEvaluationAt ?? s.Now + Duration.FromDays(30);
        var span = horizon - s.Now;
        var probe = s.Now + Duration.FromNanoseconds((long)(span.ToInt64Nanoseconds() * (s.Probe.ToInt64Nanoseconds() / (double)Duration.FromDays(1).ToInt64Nanoseconds())));
        var justBefore = horizon - Duration.Epsilon;
        var quietInside = (probe <= s.Now || probe >= horizon || engine.Evaluate(new EscalationContext(recorded), probe).Decisions.IsEmpty)
            && (justBefore <= s.Now || engine.Evaluate(new EscalationContext(recorded), justBefore).Decisions.IsEmpty);
        var firesAtNext = first.NextEvaluationAt is not { } next || engine.Evaluate(new EscalationContext(recorded), next).HasDecisions;

        return (quietInside && firesAtNext).Label($"next {first.NextEvaluationAt}, probe {probe}, quiet {quietInside}, fires {firesAtNext}");
    }

    private static HashSet<(string, int)> Fired(EscalationEngine engine, ReviewCase reviewCase, Instant at) =>
        [.. engine.Evaluate(new EscalationContext(reviewCase), at).Decisions.Select(d => (d.RuleId, d.Level))];

    private static ReviewCase Record(ReviewCase reviewCase, EscalationResult result)
    {
        foreach (var d in result.Decisions)
        {
            reviewCase = reviewCase.Apply(new CaseEscalated(d.EventId, d.DecidedAt, Actor.System("escalation"), d.RuleId, d.Level));
        }

        return reviewCase;
    }

    private static Scenario Build(int seed, bool withStop)
    {
        var random = new Random(seed);
        double Hours(double max) => Math.Round(random.NextDouble() * max, 2);
        var events = new List<CaseEvent>();
        var description = new List<string>();
        var t = 0.0;
        if (random.Next(2) == 0)
        {
            var severity = (Severity)random.Next(4);
            events.Add(Triaged(0, severity));
            description.Add($"triaged {severity}");
        }

        if (random.Next(3) > 0)
        {
            t += Hours(40);
            events.Add(Reply(t));
            description.Add($"reply {t}h");
        }

        if (random.Next(3) == 0)
        {
            t += Hours(30);
            events.Add(Contact(t));
            description.Add($"contact {t}h");
        }

        if (random.Next(3) == 0)
        {
            t += Hours(10);
            events.Add(new CustomerReplied(Id("customer"), H(t), Actor.Customer, ContactChannel.Email));
            description.Add($"customer {t}h");
        }

        if (random.Next(3) == 0)
        {
            t += Hours(20);
            events.Add(Wait(t));
            description.Add($"wait {t}h");
        }

        var reviewCase = Case([.. events]);
        var now = H(t + Hours(150));
        var later = now + Duration.FromMinutes(random.Next(0, 20_000));
        var builder = EscalationRuleSet.CreateBuilder();
        var ruleCount = random.Next(1, 7);
        for (var i = 0; i < ruleCount; i++)
        {
            var conditions = Enumerable.Range(0, random.Next(1, 4)).Select(_ => RandomCondition(random)).ToArray();
            var stop = withStop && random.Next(4) == 0;
            builder.Add($"rule-{i % 3}", (i / 3) + 1, r =>
            {
                foreach (var c in conditions)
                {
                    r.When(c);
                }

                r.Notify(EscalationRole.TeamLead);
                if (stop)
                {
                    r.StopProcessing();
                }
            });
            description.Add($"[{string.Join(" and ", conditions.Select(c => c.ToString()))}{(stop ? " stop" : string.Empty)}]");
        }

        description.Add($"now {now}, later {later}");
        return new Scenario(reviewCase, builder.Build(), now, later, Duration.FromMinutes(random.Next(1, 1440)), string.Join("; ", description));
    }

    private static EscalationCondition RandomCondition(Random random)
    {
        var metric = Metrics[random.Next(Metrics.Length)];
        var hours = Duration.FromMinutes(random.Next(1, 100 * 60));
        return random.Next(10) switch
        {
            0 => EscalationCondition.GoalUsed(metric, random.Next(1, 101)),
            1 => EscalationCondition.GoalUsed(metric, Math.Round(random.NextDouble() * 99.9 + 0.1, 3)),
            2 => EscalationCondition.DueWithin(metric, hours),
            3 => EscalationCondition.OverdueBy(metric, hours),
            4 => EscalationCondition.Breached(metric),
            5 => EscalationCondition.SeverityAtLeast((Severity)random.Next(4)),
            6 => EscalationCondition.NoPrivateContactAfterPublicReply(hours),
            7 => EscalationCondition.WaitingOnCustomer(hours),
            8 => EscalationCondition.RatingAtMost(random.Next(1, 6)),
            _ => EscalationCondition.GoalUsed(metric, level: random.Next(1, 4)),
        };
    }
}

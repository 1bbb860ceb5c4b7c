using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Cases;
using ReviewKit.Responses;
using ReviewKit.Triage;
using static ReviewKit.Tests.TestData;

namespace ReviewKit.Tests.Responses;

/// <summary>The invariants of response plans, over random policies, requests and timelines.</summary>
public class ResponsePlannerPropertyTests
{
    /// <summary>A policy, a request's facts and a proposed gesture.</summary>
    public sealed record GestureCase(
        Severity Severity,
        CustomerValue Customer,
        decimal SeverityCap,
        decimal CustomerCap,
        decimal ApprovalAbove,
        decimal Budget,
        decimal? Spent,
        decimal MaxPercent,
        decimal? OrderValue,
        GestureKind Kind,
        decimal Amount)
    {
        public ResponsePolicy Policy()
        {
            var policy = new ResponsePolicy();
            policy.Gestures.FromSeverity = Severity.Low;
            policy.Gestures.MaxValueBySeverity[Severity] = SeverityCap;
            policy.Gestures.MaxValueByCustomerValue[Customer] = CustomerCap;
            policy.Gestures.ApprovalAbove = ApprovalAbove;
            policy.Gestures.BudgetPerPeriod = Budget;
            policy.Gestures.MaxDiscountPercent = MaxPercent;
            return policy;
        }

        public GestureAllowance Allowance() =>
            ResponsePlannerTests.Planner(Policy())
                .Plan(
                    ResponsePlannerTests.Request(
                        NewCase(),
                        Severity,
                        customer: Customer,
                        budget: Spent is { } s ? new GestureBudgetSnapshot("paris-store", s, "EUR") : null,
                        orderValue: OrderValue),
                    At(10))
                .Gesture;

        public decimal Value => Kind == GestureKind.PercentageDiscount ? Amount * (OrderValue ?? decimal.MaxValue / 200m) / 100m : Amount;
    }

    /// <summary>A timeline built from random actions (invalid ones skipped) and a moment after it.</summary>
    public sealed record TimelineCase(ReviewCase Case, Instant Now, Severity Severity, ReachableChannels Reachable, bool Negative)
    {
        public override string ToString() => $"{Case} {string.Join(", ", Case.Timeline.Select(e => $"{e.GetType().Name}@{(e.At - T0).TotalMinutes}"))} now +{(Now - T0).TotalMinutes} min, {Severity}, {Reachable}, negative {Negative}";
    }

    private static Gen<decimal> Money(int max) => Gen.Choose(0, max * 4).Select(q => q / 4m);

    public static Arbitrary<GestureCase> GestureCases() =>
        (from severity in Gen.Elements(Enum.GetValues<Severity>())
         from customer in Gen.Elements(Enum.GetValues<CustomerValue>())
         from severityCap in Money(200)
         from customerCap in Money(200)
         from approval in Money(100)
         from budget in Money(500)
         from spent in Gen.OneOf(Money(600).Select(m => (decimal?)m), Gen.Constant((decimal?)null))
         from maxPercent in Gen.Choose(1, 100).Select(p => (decimal)p)
         from order in Gen.OneOf(Money(400).Where(m => m > 0).Select(m => (decimal?)m), Gen.Constant((decimal?)null))
         from kind in Gen.Elements(Enum.GetValues<GestureKind>())
         from amount in kind == GestureKind.PercentageDiscount ? Gen.Choose(1, 400).Select(p => p / 4m) : Money(250)
         select new GestureCase(severity, customer, severityCap, customerCap, approval, budget, spent, maxPercent, order, kind, amount)).ToArbitrary();

    public static Arbitrary<TimelineCase> Timelines() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from length in Gen.Choose(0, 12)
         from severity in Gen.Elements(Enum.GetValues<Severity>())
         from reachable in Gen.Choose(0, 7).Select(r => (ReachableChannels)r)
         from negative in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
         from after in Gen.Choose(0, 20 * 24 * 60)
         select BuildTimeline(seed, length, severity, reachable, negative, after)).ToArbitrary();

    [Property(Arbitrary = [typeof(ResponsePlannerPropertyTests)], MaxTest = 500)]
    public Property Gesture_AllowedWithoutApproval_NeverExceedsACapNorTheRemainingBudget(GestureCase g)
    {
        var decision = g.Allowance().Evaluate(g.Kind, g.Amount);

        // Without a snapshot of what was spent, nothing is left to spend; an overspent budget leaves nothing either (never
        // less than nothing: a gesture worth nothing stays within it).
        var remaining = g.Spent is { } spent ? Math.Max(0m, g.Budget - spent) : 0m;
        var withinEverything =
            g.Value <= g.SeverityCap && g.Value <= g.CustomerCap && g.Value <= g.ApprovalAbove && g.Value <= remaining
            && (g.Kind != GestureKind.PercentageDiscount || (g.Amount <= g.MaxPercent && g.OrderValue is not null));
        return (decision != GestureDecision.Allowed || withinEverything).Label($"{decision} for value {g.Value}");
    }

    [Property(Arbitrary = [typeof(ResponsePlannerPropertyTests)], MaxTest = 300)]
    public Property Gesture_AnythingUpToTheStatedAllowance_IsAllowed(GestureCase g)
    {
        var allowance = g.Allowance();
        var amount = Math.Min(g.Amount, allowance.MaxValueWithoutApproval);
        var money = g.Kind == GestureKind.PercentageDiscount ? GestureKind.Voucher : g.Kind;
        return (!allowance.Kinds.Contains(money) || allowance.Evaluate(money, amount) == GestureDecision.Allowed)
            .Label($"{money} {amount} within {allowance}");
    }

    [Property(Arbitrary = [typeof(ResponsePlannerPropertyTests)], MaxTest = 300)]
    public Property Gesture_OverTheCap_IsNeverAllowedEvenWithApproval(GestureCase g)
    {
        var decision = g.Allowance().Evaluate(g.Kind, g.Amount);
        var overCap = g.Kind == GestureKind.PercentageDiscount
            ? g.Amount > g.MaxPercent || (g.OrderValue is not null && g.Value > Math.Min(g.SeverityCap, g.CustomerCap))
            : g.Value > Math.Min(g.SeverityCap, g.CustomerCap);
        return (!overCap || decision == GestureDecision.NotAllowed).Label($"{decision}");
    }

    [Property(Arbitrary = [typeof(ResponsePlannerPropertyTests)], MaxTest = 300)]
    public Property Plan_StepsAreTheFiveKindsInOrder(TimelineCase t)
    {
        var plan = Plan(t);
        return plan.Steps.Select(s => (int)s.Kind).SequenceEqual(Enumerable.Range(0, 5)).Label(plan.ToString());
    }

    [Property(Arbitrary = [typeof(ResponsePlannerPropertyTests)], MaxTest = 300)]
    public Property Plan_AStepIsNeverBothDoneAndOverdue(TimelineCase t)
    {
        var plan = Plan(t);
        var consistent = plan.Steps.All(s =>
            (s.State == ResponseStepState.Done) == (s.DoneAt is not null)
            && (s.State != ResponseStepState.Overdue || (s.DoneAt is null && s.DueAt is { } due && due < t.Now))
            && (s.DoneAt is not { } done || done <= t.Now));
        return consistent.Label(string.Join("; ", plan.Steps));
    }

    [Property(Arbitrary = [typeof(ResponsePlannerPropertyTests)], MaxTest = 300)]
    public Property Plan_IsDeterministicAndNextStepIsTheFirstOpenOne(TimelineCase t)
    {
        var a = Plan(t);
        var b = Plan(t);
        var next = a.Steps.Where(s => s.IsOpen).Select(s => (ResponseStep?)s).FirstOrDefault();
        return (a.Steps.SequenceEqual(b.Steps) && a.NextStep == next && a.Gesture == b.Gesture).Label(a.ToString());
    }

    [Property(Arbitrary = [typeof(ResponsePlannerPropertyTests)], MaxTest = 300)]
    public Property Plan_NotNegative_OnlyThePublicReplyCanBeOpen(TimelineCase t)
    {
        var plan = Plan(t);
        return (t.Negative || plan.Steps.Skip(1).All(s => !s.IsOpen && s.State != ResponseStepState.Pending)).Label(plan.ToString());
    }

    private static ResponsePlan Plan(TimelineCase t) =>
        ResponsePlannerTests.Planner().Plan(
            new ResponsePlanRequest(t.Case, new TriageResult(t.Negative, t.Severity, [])) { ReachableBy = t.Reachable },
            t.Now);

    private static TimelineCase BuildTimeline(int seed, int length, Severity severity, ReachableChannels reachable, bool negative, int after)
    {
        var random = new Random(seed);
        var c = NewCase();
        var minutes = 0;
        for (var i = 0; i < length; i++)
        {
            minutes += random.Next(1, 24 * 60);
            var at = At(minutes);
            var id = Id("e" + i);
            CaseEvent e = random.Next(10) switch
            {
                0 => new PublicReplyPosted(id, at, Agent, "Désolés. Marie"),
                1 => new PrivateContactMade(id, at, Agent, (ContactChannel)random.Next(3)),
                2 => new CustomerReplied(id, at, Actor.Customer, ContactChannel.PublicThread, "Toujours rien."),
                3 => new WaitingOnCustomerStarted(id, at, Agent),
                4 => new CaseResumed(id, at, Agent),
                5 => new GoodwillGestureOffered(id, at, Agent, GestureKind.Voucher, random.Next(0, 60), "EUR"),
                6 => new CaseResolved(id, at, Agent, "Fait."),
                7 => new CaseReopened(id, at, Actor.Customer),
                8 => new CaseClosed(id, at, Agent),
                _ => new CaseTriaged(id, at, Agent, (Severity)random.Next(4)),
            };
            try
            {
                c = c.Apply(e);
            }
            catch (InvalidCaseEventException)
            {
                // Not valid here: skip it.
            }
        }

        return new TimelineCase(c, c.Timeline[^1].At + Duration.FromMinutes(after), severity, reachable, negative);
    }
}

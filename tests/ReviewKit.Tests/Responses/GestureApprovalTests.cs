using ReviewKit.Cases;
using ReviewKit.Escalation;
using ReviewKit.Responses;
using ReviewKit.Reviews;
using ReviewKit.Sla;
using ReviewKit.Triage;
using static ReviewKit.Tests.Responses.ResponsePlannerTests;
using static ReviewKit.Tests.TestData;

namespace ReviewKit.Tests.Responses;

/// <summary>The response plan's approval threshold and the escalation condition "gesture awaiting approval" agree.</summary>
public class GestureApprovalTests
{
    private static readonly SlaEvaluator Clocks = new(SlaPolicy.Default);
    private static readonly Actor Lead = Actor.Agent("lead");

    private static bool Holds(EscalationCondition condition, ReviewCase reviewCase, Instant now) =>
        Escalation.EscalationTestData.Fires(condition, reviewCase, now);

    private static ReviewCase Record(ReviewCase reviewCase, EscalationResult result)
    {
        foreach (var d in result.Decisions)
        {
            reviewCase = reviewCase.Apply(new CaseEscalated(d.EventId, d.DecidedAt, Actor.System("escalation"), d.RuleId, d.Level));
        }

        return reviewCase;
    }

    public static TheoryData<string> Rules => ["amount limits", "flag only", "from options"];

    private static EscalationRuleSet RuleSet(string form) => form switch
    {
        // A 30 EUR voucher is within these amount limits: only the flag the plan's decision sets makes the rule hold.
        "amount limits" => EscalationRuleSet.CreateBuilder()
            .Add("gesture-approval", 1, r => r.WhenGestureAwaitingApproval(maxPercentage: 20, maxValue: 50).Notify(EscalationRole.Manager).RequireApproval(ApprovalSubject.Gesture))
            .Build(),
        "flag only" => EscalationRuleSet.CreateBuilder()
            .Add("gesture-approval", 1, r => r.WhenGestureAwaitingApproval().Notify(EscalationRole.Manager).RequireApproval(ApprovalSubject.Gesture))
            .Build(),
        _ => EscalationRuleSet.FromOptions(Options()),
    };

    private static EscalationOptions Options()
    {
        var options = new EscalationOptions();
        options.Rules.Add(new EscalationRuleOptions
        {
            Id = "gesture-approval",
            GestureRecordedAwaitingApproval = true,
            Notify = ["Manager"],
            RequireApproval = ["Gesture"],
        });
        return options;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void PlanSaysApproval_AgentRecordsItPending_RuleFiresOnce_ApprovalMakesTheStepDone(string form)
    {
        var engine = new EscalationEngine(RuleSet(form), Clocks);
        var planner = Planner();
        var budget = new GestureBudgetSnapshot("paris-store", 100m, "EUR");
        var reviewCase = NewCase().Apply(new PublicReplyPosted(Id("r1"), At(30), Agent, "Bonjour, toutes nos excuses. Marie"));

        // 1. The plan: a 30 EUR voucher is within the cap (High 50, Standard customer 30) but above the approval threshold (25).
        var plan = planner.Plan(Request(reviewCase, Severity.High, budget: budget), At(40));
        var decision = plan.Gesture.Evaluate(GestureKind.Voucher, 30m);
        Assert.Equal(GestureDecision.NeedsApproval, decision);
        Assert.Equal(ResponseStepState.Due, plan[ResponseStepKind.GoodwillGesture].State);

        // 2. The agent records the gesture as the plan decided: awaiting approval.
        reviewCase = reviewCase.Apply(new GoodwillGestureOffered(Id("g1"), At(60), Agent, GestureKind.Voucher, 30m, "EUR", "Bon d'achat")
        {
            AwaitsApproval = decision == GestureDecision.NeedsApproval,
        });
        var pending = planner.Plan(Request(reviewCase, Severity.High, budget: budget), At(61))[ResponseStepKind.GoodwillGesture];
        Assert.Equal(ResponseStepState.Pending, pending.State);
        Assert.Null(pending.DoneAt);
        Assert.Contains("awaits a manager's approval", pending.Guidance, StringComparison.Ordinal); // no analysis: English

        // 3. The escalation rule fires, once.
        var first = engine.Evaluate(new EscalationContext(reviewCase), At(61));
        var fired = Assert.Single(first.Decisions);
        Assert.Equal("gesture-approval", fired.RuleId);
        Assert.Contains("awaits approval", fired.Reason, StringComparison.Ordinal);
        reviewCase = Record(reviewCase, first);
        Assert.Empty(engine.Evaluate(new EscalationContext(reviewCase), At(75)).Decisions);

        // 4. The approver records the same gesture: the step is done at the approval.
        reviewCase = reviewCase.Apply(new GoodwillGestureOffered(Id("g2"), At(90), Lead, GestureKind.Voucher, 30m, "EUR", "Accordé"));
        var done = planner.Plan(Request(reviewCase, Severity.High, budget: budget), At(91))[ResponseStepKind.GoodwillGesture];
        Assert.Equal(ResponseStepState.Done, done.State);
        Assert.Equal(At(90), done.DoneAt);
        Assert.False(Holds(EscalationCondition.GestureAwaitingApproval(), reviewCase, At(91)));
    }

    [Fact]
    public void GesturePlanAllows_RecordedWithoutTheFlag_NoRuleFiresAndTheStepIsDone()
    {
        var engine = new EscalationEngine(RuleSet("flag only"), Clocks);
        var plan = Planner().Plan(Request(NewCase(), Severity.High, budget: new GestureBudgetSnapshot("paris-store", 100m, "EUR")), At(40));
        var decision = plan.Gesture.Evaluate(GestureKind.Voucher, 20m);
        Assert.Equal(GestureDecision.Allowed, decision);

        var reviewCase = NewCase().Apply(new GoodwillGestureOffered(Id("g1"), At(60), Agent, GestureKind.Voucher, 20m, "EUR")
        {
            AwaitsApproval = decision == GestureDecision.NeedsApproval,
        });

        Assert.Empty(engine.Evaluate(new EscalationContext(reviewCase), At(61)).Decisions);
        Assert.Equal(ResponseStepState.Done, Planner().Plan(Request(reviewCase, Severity.High), At(61))[ResponseStepKind.GoodwillGesture].State);
    }

    [Fact]
    public void PendingGesture_SameAgentRecordsItAgain_StillPending()
    {
        var reviewCase = NewCase()
            .Apply(new GoodwillGestureOffered(Id("g1"), At(60), Agent, GestureKind.Refund, 40m, "EUR") { AwaitsApproval = true })
            .Apply(new GoodwillGestureOffered(Id("g2"), At(70), Agent, GestureKind.Refund, 40m, "EUR"));

        Assert.Equal(ResponseStepState.Pending, Planner().Plan(Request(reviewCase, Severity.High), At(80))[ResponseStepKind.GoodwillGesture].State);
        Assert.True(Holds(EscalationCondition.GestureAwaitingApproval(), reviewCase, At(80)));
    }

    [Fact]
    public void PendingGesture_AnotherAgentRecordsADifferentAmount_StillPending()
    {
        var reviewCase = NewCase()
            .Apply(new GoodwillGestureOffered(Id("g1"), At(60), Agent, GestureKind.Refund, 40m, "EUR") { AwaitsApproval = true })
            .Apply(new GoodwillGestureOffered(Id("g2"), At(70), Lead, GestureKind.Refund, 35m, "EUR"));

        Assert.True(Holds(EscalationCondition.GestureAwaitingApproval(), reviewCase, At(80)));
        Assert.Equal(ResponseStepState.Pending, Planner().Plan(Request(reviewCase, Severity.High), At(80))[ResponseStepKind.GoodwillGesture].State);
    }

    [Fact]
    public void PendingGesture_RecordedBySystem_NeverAwaitsApproval()
    {
        var reviewCase = NewCase()
            .Apply(new GoodwillGestureOffered(Id("g1"), At(60), Actor.System("crm"), GestureKind.Refund, 40m, "EUR") { AwaitsApproval = true });

        Assert.False(Holds(EscalationCondition.GestureAwaitingApproval(), reviewCase, At(80)));
        Assert.Equal(ResponseStepState.Done, Planner().Plan(Request(reviewCase, Severity.High), At(80))[ResponseStepKind.GoodwillGesture].State);
    }

    [Fact]
    public void FlagOnlyCondition_LargeGestureWithoutTheFlag_DoesNotHold()
    {
        var reviewCase = NewCase().Apply(new GoodwillGestureOffered(Id("g1"), At(60), Agent, GestureKind.PercentageDiscount, 90m));

        Assert.False(Holds(EscalationCondition.GestureAwaitingApproval(), reviewCase, At(80)));
        Assert.True(Holds(EscalationCondition.GestureAwaitingApproval(20, null), reviewCase, At(80)));
    }

    [Fact]
    public void PendingGesture_PlanInFrench_GuidanceInFrench()
    {
        var french = new Review(new ReviewId(ReviewSource.Google, "g-fr"), T0, "Colis jamais reçu.", language: LanguageTag.French, locationId: "paris-store");
        var reviewCase = ReviewCase.Open(TheCaseId, new CaseOpened(Id("open"), T0, Actor.System("import"), french))
            .Apply(new GoodwillGestureOffered(Id("g1"), At(60), Agent, GestureKind.Voucher, 40m, "EUR") { AwaitsApproval = true });

        var step = Planner().Plan(Request(reviewCase, Severity.High), At(80))[ResponseStepKind.GoodwillGesture];

        Assert.Equal(ResponseStepState.Pending, step.State);
        Assert.Contains("attend l'accord d'un responsable", step.Guidance, StringComparison.Ordinal);
    }

    [Fact]
    public void FlagOnlyCondition_EqualityAndText()
    {
        Assert.Equal(EscalationCondition.GestureAwaitingApproval(), EscalationCondition.GestureAwaitingApproval());
        Assert.NotEqual(EscalationCondition.GestureAwaitingApproval(), EscalationCondition.GestureAwaitingApproval(100, null));
        Assert.Equal(EscalationConditionKind.GestureAwaitingApproval, EscalationCondition.GestureAwaitingApproval().Kind);
        Assert.Equal("gesture recorded as awaiting approval", EscalationCondition.GestureAwaitingApproval().ToString());
    }

    [Fact]
    public void Event_AwaitsApproval_DefaultsToFalseAndTakesPartInEquality()
    {
        var plain = new GoodwillGestureOffered(Id("g1"), At(60), Agent, GestureKind.Voucher, 40m, "EUR");
        var flagged = plain with { AwaitsApproval = true };

        Assert.False(plain.AwaitsApproval);
        Assert.True(flagged.AwaitsApproval);
        Assert.NotEqual(plain, flagged);
    }
}

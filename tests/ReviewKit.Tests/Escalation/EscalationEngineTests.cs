using ReviewKit.Calendars;
using ReviewKit.Cases;
using ReviewKit.Escalation;
using ReviewKit.Sla;
using ReviewKit.Triage;
using static ReviewKit.Tests.Escalation.EscalationTestData;
using static ReviewKit.Tests.TestData;

namespace ReviewKit.Tests.Escalation;

public class EscalationEngineTests
{
    private static readonly EscalationRuleSet Ladder = EscalationRuleSet.CreateBuilder()
        .Add("first-reply", 1, r => r.WhenGoalUsed(SlaMetric.FirstPublicReply).Notify(EscalationRole.TeamLead))
        .Add("first-reply", 2, r => r.WhenGoalUsed(SlaMetric.FirstPublicReply).Notify(EscalationRole.Manager).RaisePriority(CasePriority.High))
        .Add("first-reply", 3, r => r.WhenGoalUsed(SlaMetric.FirstPublicReply).Notify(EscalationRole.Manager, EscalationRole.Quality))
        .Build();

    private static readonly EscalationEngine LadderEngine = new(Ladder, Clocks);

    private static ReviewCase Record(ReviewCase reviewCase, EscalationResult result)
    {
        foreach (var d in result.Decisions)
        {
            reviewCase = reviewCase.Apply(new CaseEscalated(d.EventId, d.DecidedAt, Actor.System("escalation"), d.RuleId, d.Level));
        }

        return reviewCase;
    }

    [Fact]
    public void Evaluate_NothingDue_NoDecisionAndNextAtTheFirstThreshold()
    {
        var result = LadderEngine.Evaluate(new EscalationContext(Case()), H(1));

        Assert.Empty(result.Decisions);
        Assert.False(result.HasDecisions);
        Assert.Equal(H(12), result.NextEvaluationAt);
        Assert.Equal(TheCaseId, result.CaseId);
        Assert.Equal(H(1), result.EvaluatedAt);
    }

    [Fact]
    public void Evaluate_LadderThroughTime_EachLevelFiresOnceInOrder()
    {
        var reviewCase = Case();
        var fired = new List<(Instant, int)>();
        var now = H(1);
        for (var step = 0; step < 10; step++)
        {
            var result = LadderEngine.Evaluate(new EscalationContext(reviewCase), now);
            fired.AddRange(result.Decisions.Select(d => (now, d.Level)));
            reviewCase = Record(reviewCase, result);
            if (result.NextEvaluationAt is not { } next)
            {
                break;
            }

            now = next;
        }

        Assert.Equal([(H(12), 1), (H(18), 2), (H(24), 3)], fired);
    }

    [Fact]
    public void Evaluate_LateEvaluation_FiresEveryDueLevelAtOnce_AndNotAgain()
    {
        var first = LadderEngine.Evaluate(new EscalationContext(Case()), H(30));
        Assert.Equal([1, 2, 3], first.Decisions.Select(d => d.Level));
        Assert.Null(first.NextEvaluationAt);

        var again = LadderEngine.Evaluate(new EscalationContext(Record(Case(), first)), H(31));
        Assert.Empty(again.Decisions);
    }

    [Fact]
    public void Evaluate_ReopenedCase_EscalatesAgain()
    {
        var rules = EscalationRuleSet.CreateBuilder()
            .Add("critical", 1, r => r.WhenSeverityAtLeast(Severity.Critical).Notify(EscalationRole.Manager))
            .Build();
        var engine = new EscalationEngine(rules);
        var reviewCase = Case(Triaged(0, Severity.Critical));
        var first = engine.Evaluate(new EscalationContext(reviewCase), H(1));
        reviewCase = Record(reviewCase, first);

        Assert.Single(first.Decisions);
        Assert.Empty(engine.Evaluate(new EscalationContext(reviewCase), H(2)).Decisions);

        reviewCase = reviewCase.Apply(Resolve(3)).Apply(Reopen(4));
        var afterReopening = engine.Evaluate(new EscalationContext(reviewCase), H(5));

        Assert.Single(afterReopening.Decisions);
        Assert.Equal(1, afterReopening.Decisions[0].Cycle);
        Assert.NotEqual(first.Decisions[0].EventId, afterReopening.Decisions[0].EventId);
    }

    [Fact]
    public void Evaluate_ResolvedCase_NeverEscalates()
    {
        var result = LadderEngine.Evaluate(new EscalationContext(Case(Resolve(1))), H(40));

        Assert.Empty(result.Decisions);
        Assert.Null(result.NextEvaluationAt);
    }

    [Fact]
    public void Evaluate_StopProcessing_SkipsLaterRulesWhileItHolds()
    {
        var rules = EscalationRuleSet.CreateBuilder()
            .Add("legal", 1, r => r.WhenAnyRisk("legal_threat").Notify(EscalationRole.Legal).RequireApproval(ApprovalSubject.Reply).StopProcessing())
            .Add("negative", 1, r => r.WhenRatingAtMost(2).Notify(EscalationRole.TeamLead))
            .Add("first-reply", 1, r => r.WhenGoalUsed(SlaMetric.FirstPublicReply).Notify(EscalationRole.TeamLead))
            .Build();
        var engine = new EscalationEngine(rules, Clocks);
        var legal = engine.Evaluate(new EscalationContext(Case(), analysis: AnalysisWith(risks: ["legal_threat"])), H(1));
        var plain = engine.Evaluate(new EscalationContext(Case(), analysis: AnalysisWith()), H(1));

        Assert.Equal(["legal"], legal.Decisions.Select(d => d.RuleId));
        Assert.Null(legal.NextEvaluationAt); // the later rules cannot fire while the legal rule holds
        Assert.Equal(["negative"], plain.Decisions.Select(d => d.RuleId));
        Assert.Equal(H(12), plain.NextEvaluationAt);
    }

    [Fact]
    public void Evaluate_Order_DecidesTheOrderOfDecisions()
    {
        var rules = EscalationRuleSet.CreateBuilder()
            .Add("b", 1, r => r.Notify(EscalationRole.Agent).WithOrder(2))
            .Add("a", 1, r => r.Notify(EscalationRole.Agent).WithOrder(1))
            .Build();

        Assert.Equal(["a", "b"], new EscalationEngine(rules).Evaluate(new EscalationContext(Case()), H(1)).Decisions.Select(d => d.RuleId));
    }

    [Fact]
    public void Evaluate_Decision_CarriesActionsAndAReadableReason()
    {
        var result = LadderEngine.Evaluate(new EscalationContext(Case()), H(19));
        var level2 = result.Decisions[1];

        Assert.Equal("first-reply", level2.RuleId);
        Assert.Equal(2, level2.Level);
        Assert.Equal([EscalationAction.Notify(EscalationRole.Manager), EscalationAction.RaisePriority(CasePriority.High)], level2.Actions.ToArray());
        Assert.Equal("FirstPublicReply: 79.2% of the goal used (threshold 75%)", level2.Reason);
        Assert.Equal([EscalationRecipient.FromRole(EscalationRole.Manager)], level2.Recipients.ToArray());
        Assert.Equal("escalation:6:case-1/escalation:first-reply:2:0", level2.EventId.Value);
    }

    [Fact]
    public void Evaluate_AlreadyRecordedByAnotherMachine_IsNotDecidedAgain()
    {
        var reviewCase = Case(new CaseEscalated(Id("elsewhere"), H(12), Actor.System("other"), "first-reply", 1));

        Assert.Equal([2], LadderEngine.Evaluate(new EscalationContext(reviewCase), H(19)).Decisions.Select(d => d.Level));
    }

    [Fact]
    public void Evaluate_TimeConditionsTogether_NextIsTheLatestOfThem()
    {
        var rules = EscalationRuleSet.CreateBuilder()
            .Add("silent", 1, r => r.WhenNoPrivateContactAfterPublicReply(Duration.FromHours(4)).WhenGoalUsed(SlaMetric.FirstPrivateContact, 50).Notify(EscalationRole.TeamLead))
            .Build();
        var engine = new EscalationEngine(rules, Clocks);

        // Public reply at 2 h: no contact condition holds from 6 h; half of the 48 h private contact goal at 24 h.
        var result = engine.Evaluate(new EscalationContext(Case(Reply(2))), H(3));

        Assert.Equal(H(24), result.NextEvaluationAt);
        Assert.Single(engine.Evaluate(new EscalationContext(Case(Reply(2))), H(24)).Decisions);
    }

    [Fact]
    public void Evaluate_ImpossibleRule_HasNoNextEvaluation()
    {
        var rules = EscalationRuleSet.CreateBuilder()
            .Add("critical-late", 1, r => r.WhenSeverityAtLeast(Severity.Critical).WhenGoalUsed(SlaMetric.FirstPublicReply, 50).Notify(EscalationRole.Manager))
            .Build();

        Assert.Null(new EscalationEngine(rules, Clocks).Evaluate(new EscalationContext(Case()), H(1)).NextEvaluationAt);
    }

    [Fact]
    public void Evaluate_BusinessCalendar_NextEvaluationIsInBusinessTime()
    {
        // Goal 8 business hours, Monday-Friday 09:00-17:00 UTC. Opened Monday 2 March 2026 09:00.
        var calendar = BusinessCalendar.FromOptions(
            new BusinessCalendarOptions
            {
                Week = { ["Monday"] = ["09:00-17:00"], ["Tuesday"] = ["09:00-17:00"], ["Wednesday"] = ["09:00-17:00"], ["Thursday"] = ["09:00-17:00"], ["Friday"] = ["09:00-17:00"] },
            },
            "office");
        var calendars = new SingleCalendar(calendar);
        var policy = new SlaPolicy("office", new SlaTarget(Duration.FromHours(8), Duration.FromHours(16), "office"));
        var sla = new SlaEvaluator(policy, null, calendars);
        var rules = EscalationRuleSet.CreateBuilder()
            .Add("first-reply", 3, r => r.WhenGoalUsed(SlaMetric.FirstPublicReply).Notify(EscalationRole.Manager))
            .Add("breach", 1, r => r.WhenBreached(SlaMetric.FirstPublicReply).Notify(EscalationRole.Quality))
            .Build();
        var engine = new EscalationEngine(rules, sla, calendars);

        var result = engine.Evaluate(new EscalationContext(Case()), H(10)); // Monday 19:00, 8 business hours used

        Assert.Equal(["first-reply"], result.Decisions.Select(d => d.RuleId));
        // Over the 16 h limit: Tuesday 09:00-17:00 brings 16 h exactly; one nanosecond more is Wednesday 09:00.
        var breachAt = Instant.FromUtc(2026, 3, 4, 9, 0) + Duration.Epsilon;
        Assert.Equal(breachAt, result.NextEvaluationAt);
        Assert.DoesNotContain("breach", engine.Evaluate(new EscalationContext(Case()), breachAt - Duration.Epsilon).Decisions.Select(d => d.RuleId));
        Assert.Contains("breach", engine.Evaluate(new EscalationContext(Case()), breachAt).Decisions.Select(d => d.RuleId));
    }

    [Fact]
    public void Evaluate_SlaRulesWithoutEvaluator_ThrowsInvalidOperation()
    {
        var engine = new EscalationEngine(Ladder);

        Assert.Throws<InvalidOperationException>(() => engine.Evaluate(new EscalationContext(Case()), H(1)));
        Assert.Empty(engine.Evaluate(Context(Case(), H(1)), H(1)).Decisions); // given in the context: fine
    }

    [Fact]
    public void Evaluate_InvalidArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => new EscalationEngine(null!)).ParamName);
        Assert.Equal("context", Assert.Throws<ArgumentException>(() => LadderEngine.Evaluate(default, H(1))).ParamName);
        Assert.Equal("now", Assert.Throws<ArgumentOutOfRangeException>(() => LadderEngine.Evaluate(new EscalationContext(Case(Reply(5))), H(4))).ParamName);
        Assert.Equal("reviewCase", Assert.Throws<ArgumentNullException>(() => new EscalationContext(null!)).ParamName);
        Assert.Equal("repeatComplaints", Assert.Throws<ArgumentOutOfRangeException>(() => new EscalationContext(Case(), repeatComplaints: -1)).ParamName);
        Assert.Equal("repeatComplaintWindow", Assert.Throws<ArgumentOutOfRangeException>(() => new EscalationContext(Case(), repeatComplaintWindow: -Duration.Epsilon)).ParamName);
    }

    private sealed class SingleCalendar(BusinessCalendar calendar) : IBusinessCalendarProvider
    {
        public BusinessCalendar GetCalendar(string name) =>
            string.Equals(name, calendar.Name, StringComparison.OrdinalIgnoreCase) ? calendar : throw new KeyNotFoundException(name);
    }
}

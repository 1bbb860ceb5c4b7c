using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Cases;
using ReviewKit.Sla;
using static ReviewKit.Tests.TestData;

namespace ReviewKit.Tests.Sla;

public class SlaTargetTests
{
    private static readonly Duration Hour = Duration.FromHours(1);

    private static Instant H(double hours) => T0 + Duration.FromMinutes(hours * 60);

    private static ReviewCase Case(params CaseEvent[] events) => ReviewCase.FromTimeline(TheCaseId, [Opened(), .. events]);

    [Fact]
    public void PausedWhile_Default_IsEmptyAndNothingPauses()
    {
        var target = new SlaTarget(Hour, Hour);
        Assert.Empty(target.PausedWhile);
        Assert.False(target.PauseWhileWaitingOnCustomer);
        Assert.All(Enum.GetValues<CaseStatus>(), s => Assert.False(target.PausesWhile(s)));
    }

    [Fact]
    public void PausedWhile_GivenTwiceOutOfOrder_AscendingAndDistinct()
    {
        var target = new SlaTarget(Hour, Hour, pausedWhile: [CaseStatus.Closed, CaseStatus.WaitingOnCustomer, CaseStatus.Closed]);
        Assert.Equal([CaseStatus.WaitingOnCustomer, CaseStatus.Closed], target.PausedWhile);
        Assert.True(target.PauseWhileWaitingOnCustomer);
        Assert.True(target.PausesWhile(CaseStatus.Closed));
        Assert.False(target.PausesWhile(CaseStatus.InProgress));
        Assert.False(target.PausesWhile((CaseStatus)42));
    }

    [Fact]
    public void DefaultPolicy_ResolutionPausesWhileWaitingOnly_FirstReplyNeverPauses()
    {
        Assert.Equal([CaseStatus.WaitingOnCustomer], SlaPolicy.Default.GetTarget(SlaMetric.Resolution)!.PausedWhile);
        Assert.Empty(SlaPolicy.Default.GetTarget(SlaMetric.FirstPublicReply)!.PausedWhile);
        Assert.Empty(SlaPolicy.Default.GetTarget(SlaMetric.FirstPrivateContact)!.PausedWhile);
        Assert.Empty(SlaPolicy.Default.GetTarget(SlaMetric.NextReply)!.PausedWhile);
    }

    [Fact]
    public void Constructor_UndefinedState_ThrowsNamingPausedWhile()
    {
        Assert.Equal("pausedWhile", Assert.Throws<ArgumentOutOfRangeException>(() => new SlaTarget(Hour, Hour, pausedWhile: [(CaseStatus)9])).ParamName);
    }

    [Fact]
    public void Evaluate_FirstContactPausedWhileWaitingAndClosed_ExcludesBothAndIsPausedWhileClosed()
    {
        var policy = new SlaPolicy(
            "p", null, firstPrivateContact: new SlaTarget(Duration.FromHours(24), Duration.FromHours(48), pausedWhile: [CaseStatus.WaitingOnCustomer, CaseStatus.Closed]));
        var evaluator = new SlaEvaluator(policy);
        var reviewCase = Case(
            new PublicReplyPosted(Id("r"), H(1), Agent, "Désolés."),
            new WaitingOnCustomerStarted(Id("w"), H(2), Agent),
            new CustomerReplied(Id("c"), H(5), Actor.Customer, ContactChannel.PublicThread),
            new CaseClosed(Id("x"), H(7), Agent));

        var result = evaluator.Evaluate(reviewCase, H(10)).FirstPrivateContact;

        Assert.Equal(SlaState.Paused, result.State);
        Assert.Equal(Duration.FromHours(10 - 3 - 3), result.Elapsed);
        Assert.Equal(H(10) + Duration.FromHours(24 - 4), result.DueAt); // as if it restarted now
    }

    [Fact]
    public void Evaluate_ResolutionPausedWhileInProgress_CountsOnlyOpenAndWaitingTime()
    {
        var policy = new SlaPolicy("p", null, resolution: new SlaTarget(Duration.FromHours(24), Duration.FromHours(48), pausedWhile: [CaseStatus.InProgress]));
        var reviewCase = Case(
            new PublicReplyPosted(Id("r"), H(2), Agent, "Désolés."), // Open for 2 h
            new WaitingOnCustomerStarted(Id("w"), H(4), Agent), // in progress 2 h: paused
            new CaseResolved(Id("s"), H(9), Agent, "Remboursé.")); // waiting 5 h: counts

        var result = new SlaEvaluator(policy).Evaluate(reviewCase, H(20)).Resolution;

        Assert.Equal(SlaState.Met, result.State);
        Assert.Equal(Duration.FromHours(7), result.Elapsed);
        Assert.Equal(Duration.FromHours(9), result.CalendarTime);
    }

    /// <summary>
    /// The states a target pauses on and their complement split wall time exactly, and a running clock is paused exactly
    /// when the case's current status is one of its states: the evaluator's view of the states matches the case's own.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property PausedTimeOfAStateSetAndItsComplement_AddUpToWallTime()
    {
        var step =
            from kind in Gen.Choose(0, 6)
            from minutes in Gen.Choose(1, 300)
            select (kind, minutes);
        var gen =
            from count in Gen.Choose(0, 12)
            from steps in Gen.ArrayOf(step, count)
            from mask in Gen.Choose(0, 31)
            from after in Gen.Choose(0, 300)
            select (steps, mask, after);
        return Prop.ForAll(Arb.From(gen), p =>
        {
            var reviewCase = Case();
            var at = 0;
            var n = 0;
            foreach (var (kind, minutes) in p.steps)
            {
                at += minutes;
                var id = Id("e" + n++.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
                CaseEvent e = kind switch
                {
                    0 => new WaitingOnCustomerStarted(id, At(at), Agent),
                    1 => new CaseResumed(id, At(at), Agent),
                    2 => new CustomerReplied(id, At(at), Actor.Customer, ContactChannel.PublicThread),
                    3 => new PublicReplyPosted(id, At(at), Agent, "Désolés."),
                    4 => new CaseResolved(id, At(at), Agent, "Fait."),
                    5 => new CaseClosed(id, At(at), Agent),
                    _ => new CaseReopened(id, At(at), Agent),
                };
                try
                {
                    reviewCase = reviewCase.Apply(e);
                }
                catch (InvalidCaseEventException)
                {
                    // Not acceptable in this state: skip it.
                }
            }

            var now = At(at + p.after);
            var states = Enum.GetValues<CaseStatus>().Where(s => (p.mask & (1 << (int)s)) != 0).ToArray();
            var others = Enum.GetValues<CaseStatus>().Except(states).ToArray();
            SlaMetricResult Contact(CaseStatus[] pausedWhile) =>
                new SlaEvaluator(new SlaPolicy("p", null, new SlaTarget(Duration.FromDays(365), Duration.FromDays(365), pausedWhile: pausedWhile)))
                    .Evaluate(reviewCase, now).FirstPrivateContact;
            var paused = Contact(states);
            var complement = Contact(others);
            return paused.Elapsed + complement.Elapsed == now - T0
                && (paused.State == SlaState.Paused) == states.Contains(reviewCase.Status)
                && (complement.State == SlaState.Paused) == others.Contains(reviewCase.Status);
        });
    }
}

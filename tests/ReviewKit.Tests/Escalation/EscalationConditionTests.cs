using ReviewKit.Cases;
using ReviewKit.Escalation;
using ReviewKit.Reviews;
using ReviewKit.Sla;
using ReviewKit.Triage;
using static ReviewKit.Tests.Escalation.EscalationTestData;
using static ReviewKit.Tests.TestData;

namespace ReviewKit.Tests.Escalation;

public class EscalationConditionTests
{
    // SLA: the default policy's first public reply has a 24 h goal and a 48 h limit, in calendar hours.
    [Theory]
    [InlineData(11.99, 1, false)]
    [InlineData(12, 1, true)]
    [InlineData(17.99, 2, false)]
    [InlineData(18, 2, true)]
    [InlineData(23.99, 3, false)]
    [InlineData(24, 3, true)]
    public void GoalUsed_DefaultLadder_FiresAtHalfThreeQuartersAndFullGoal(double hours, int level, bool fires)
    {
        Assert.Equal(fires, Fires(EscalationCondition.GoalUsed(SlaMetric.FirstPublicReply, level: level), Case(), H(hours)));
    }

    [Fact]
    public void GoalUsed_ClockStopped_DoesNotHold()
    {
        var replied = Case(Reply(13));

        Assert.False(Fires(EscalationCondition.GoalUsed(SlaMetric.FirstPublicReply, 50), replied, H(30)));
        Assert.True(Fires(EscalationCondition.GoalUsed(SlaMetric.FirstPrivateContact, 50), replied, H(30)));
    }

    [Fact]
    public void GoalUsed_MetricNotApplicable_DoesNotHold()
    {
        var email = CaseOf(ReviewWith(source: ReviewSource.Email));

        Assert.False(Fires(EscalationCondition.GoalUsed(SlaMetric.FirstPublicReply, 10), email, H(40)));
    }

    [Theory]
    [InlineData(21.99, false)]
    [InlineData(22, true)]
    [InlineData(30, true)]
    public void DueWithin_TwoHours_FiresTwoHoursBeforeTheGoal(double hours, bool fires)
    {
        Assert.Equal(fires, Fires(EscalationCondition.DueWithin(SlaMetric.FirstPublicReply, Duration.FromHours(2)), Case(), H(hours)));
    }

    [Theory]
    [InlineData(27.99, false)]
    [InlineData(28, true)]
    public void OverdueBy_FourHours_FiresFourHoursAfterTheGoal(double hours, bool fires)
    {
        Assert.Equal(fires, Fires(EscalationCondition.OverdueBy(SlaMetric.FirstPublicReply, Duration.FromHours(4)), Case(), H(hours)));
    }

    [Fact]
    public void Breached_FiresOnlyPastTheLimit_AndStaysAfterTheClockStops()
    {
        var breached = EscalationCondition.Breached(SlaMetric.FirstPublicReply);

        Assert.False(Fires(breached, Case(), H(48)));
        Assert.True(Fires(breached, Case(), H(48.01)));
        Assert.True(Fires(breached, Case(Reply(50)), H(51)));
        Assert.False(Fires(breached, Case(Reply(47)), H(51)));
    }

    [Fact]
    public void Resolution_PausedWhileWaiting_DoesNotAdvance()
    {
        // Resolution: 5 days goal, paused while waiting on the customer.
        var waiting = Case(Reply(1), Wait(2));

        Assert.False(Fires(EscalationCondition.GoalUsed(SlaMetric.Resolution, 50), waiting, H(200)));
        Assert.True(Fires(EscalationCondition.GoalUsed(SlaMetric.Resolution, 50), Case(Reply(1)), H(60)));
    }

    [Fact]
    public void SeverityAtLeast_UsesTheTriageResultOrElseTheCase()
    {
        var high = EscalationCondition.SeverityAtLeast(Severity.High);
        var triagedHigh = Case(Triaged(0, Severity.High));

        Assert.False(Fires(high, Case(), H(1)));
        Assert.True(Fires(high, triagedHigh, H(1)));
        Assert.True(Fires(high, Context(Case(), H(1), TriageOf(Severity.Critical)), H(1)));
        Assert.False(Fires(high, Context(triagedHigh, H(1), TriageOf(Severity.Medium)), H(1)));
    }

    [Fact]
    public void AnyRisk_OneOfTheSet_Fires()
    {
        var legal = EscalationCondition.AnyRisk("legal_threat", "health_safety");

        Assert.True(Fires(legal, Context(Case(), H(1), analysis: AnalysisWith(risks: ["health_safety"])), H(1)));
        Assert.False(Fires(legal, Context(Case(), H(1), analysis: AnalysisWith(risks: ["public_exposure"])), H(1)));
        Assert.False(Fires(legal, Context(Case(), H(1)), H(1)));
    }

    [Fact]
    public void AnyTheme_OneOfTheSet_Fires()
    {
        var delivery = EscalationCondition.AnyTheme("delivery");

        Assert.True(Fires(delivery, Context(Case(), H(1), analysis: AnalysisWith(themes: ["price", "delivery"])), H(1)));
        Assert.False(Fires(delivery, Context(Case(), H(1), analysis: AnalysisWith(themes: ["price"])), H(1)));
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(2.5, false)]
    public void RatingAtMost_OnTheReviewsScale(double stars, bool fires)
    {
        Assert.Equal(fires, Fires(EscalationCondition.RatingAtMost(2), CaseOf(ReviewWith(stars)), H(1)));
    }

    [Fact]
    public void NormalizedRatingAtMost_ComparesAcrossScales()
    {
        var quarter = EscalationCondition.NormalizedRatingAtMost(0.25);

        Assert.True(Fires(quarter, CaseOf(ReviewWith(2)), H(1))); // (2-1)/4 = 0.25
        Assert.False(Fires(quarter, CaseOf(ReviewWith(4, RatingScale.TenPoints)), H(1))); // 3/9
        Assert.True(Fires(quarter, CaseOf(ReviewWith(2, RatingScale.NetPromoterScore)), H(1))); // 0.2
        Assert.False(Fires(quarter, CaseOf(ReviewWith(null)), H(1)));
    }

    [Fact]
    public void AudienceAtLeast_NeedsAKnownAudience()
    {
        var influencer = EscalationCondition.AudienceAtLeast(10_000);

        Assert.True(Fires(influencer, CaseOf(ReviewWith(audience: 10_000)), H(1)));
        Assert.False(Fires(influencer, CaseOf(ReviewWith(audience: 9_999)), H(1)));
        Assert.False(Fires(influencer, CaseOf(ReviewWith()), H(1)));
    }

    [Fact]
    public void Channel_OneOfTheSet_Fires()
    {
        var social = EscalationCondition.Channel(ReviewSource.Facebook, ReviewSource.Instagram);

        Assert.True(Fires(social, CaseOf(ReviewWith(source: ReviewSource.Instagram)), H(1)));
        Assert.False(Fires(social, CaseOf(ReviewWith(source: ReviewSource.Google)), H(1)));
    }

    [Fact]
    public void Location_OneOfTheSet_Fires()
    {
        Assert.True(Fires(EscalationCondition.Location("paris-store"), Case(), H(1)));
        Assert.False(Fires(EscalationCondition.Location("lyon-store"), Case(), H(1)));
        Assert.False(Fires(EscalationCondition.Location("paris-store"), CaseOf(ReviewWith(location: null)), H(1)));
    }

    [Theory]
    [InlineData(3, 30, true)]
    [InlineData(3, 7, true)]
    [InlineData(2, 30, false)]
    [InlineData(3, 31, false)] // a count over a longer window than the rule's may overstate it
    [InlineData(3, 0, false)]
    public void RepeatComplaints_CountFromTheHost(int count, int windowDays, bool fires)
    {
        var condition = EscalationCondition.RepeatComplaints(3, Duration.FromDays(30));

        Assert.Equal(fires, Fires(condition, Context(Case(), H(1), repeat: count, window: Duration.FromDays(windowDays)), H(1)));
    }

    [Fact]
    public void Reopened_CountsReopenings()
    {
        var reopenedOnce = Case(Resolve(1), Reopen(2));

        Assert.True(Fires(EscalationCondition.Reopened(), reopenedOnce, H(3)));
        Assert.False(Fires(EscalationCondition.Reopened(2), reopenedOnce, H(3)));
        Assert.False(Fires(EscalationCondition.Reopened(), Case(), H(3)));
    }

    [Theory]
    [InlineData(5.99, false)]
    [InlineData(6, true)]
    public void NoPrivateContactAfterPublicReply_FiresAfterTheDelay(double hours, bool fires)
    {
        var condition = EscalationCondition.NoPrivateContactAfterPublicReply(Duration.FromHours(4));

        Assert.Equal(fires, Fires(condition, Case(Reply(2)), H(hours)));
        Assert.False(Fires(condition, Case(Reply(2), Contact(3)), H(hours)));
        Assert.False(Fires(condition, Case(), H(hours)));
    }

    [Theory]
    [InlineData(26.99, false)]
    [InlineData(27, true)]
    public void WaitingOnCustomer_FiresAfterTheDuration(double hours, bool fires)
    {
        var condition = EscalationCondition.WaitingOnCustomer(Duration.FromHours(24));

        Assert.Equal(fires, Fires(condition, Case(Reply(1), Wait(3)), H(hours)));
        Assert.False(Fires(condition, Case(Reply(1), Wait(3), new CaseResumed(Id("resume"), H(4), Agent)), H(hours)));
    }

    [Fact]
    public void GestureAwaitingApproval_AboveTheLimitUntilAnotherAgentConfirms()
    {
        var condition = EscalationCondition.GestureAwaitingApproval(maxPercentage: 20, maxValue: 50);
        var big = new GoodwillGestureOffered(Id("g1"), H(2), Agent, GestureKind.PercentageDiscount, 30);
        var small = new GoodwillGestureOffered(Id("g1"), H(2), Agent, GestureKind.PercentageDiscount, 20);
        var voucher = new GoodwillGestureOffered(Id("g1"), H(2), Agent, GestureKind.Voucher, 80, "EUR");
        var bySystem = new GoodwillGestureOffered(Id("g1"), H(2), Actor.System("crm"), GestureKind.Voucher, 80, "EUR");
        var approval = new GoodwillGestureOffered(Id("g2"), H(3), Actor.Agent("lead"), GestureKind.PercentageDiscount, 30);
        var sameAgentAgain = new GoodwillGestureOffered(Id("g2"), H(3), Agent, GestureKind.PercentageDiscount, 30);

        Assert.True(Fires(condition, Case(big), H(4)));
        Assert.False(Fires(condition, Case(small), H(4)));
        Assert.True(Fires(condition, Case(voucher), H(4)));
        Assert.False(Fires(condition, Case(bySystem), H(4)));
        Assert.False(Fires(condition, Case(big, approval), H(4)));
        Assert.True(Fires(condition, Case(big, sameAgentAgain), H(4)));
    }

    [Fact]
    public void Equality_SameKindAndParameters_AreEqual()
    {
        Assert.Equal(EscalationCondition.GoalUsed(SlaMetric.Resolution, 75), EscalationCondition.GoalUsed(SlaMetric.Resolution, level: 2));
        Assert.NotEqual(EscalationCondition.GoalUsed(SlaMetric.Resolution, 75), EscalationCondition.GoalUsed(SlaMetric.NextReply, 75));
        Assert.Equal(EscalationCondition.AnyRisk("a", "b"), EscalationCondition.AnyRisk("a", "b", "a"));
        Assert.True(EscalationCondition.Reopened() != EscalationCondition.Reopened(2));
        Assert.Equal("Resolution: at least 75% of the goal used", EscalationCondition.GoalUsed(SlaMetric.Resolution, 75).ToString());
    }

    [Fact]
    public void Factories_InvalidArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("percent", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationCondition.GoalUsed(SlaMetric.Resolution, 120)).ParamName);
        Assert.Equal("percent", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationCondition.GoalUsed(SlaMetric.Resolution, 0)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationCondition.GoalUsed(SlaMetric.Resolution, level: 4)).ParamName);
        Assert.Equal("metric", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationCondition.Breached((SlaMetric)9)).ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationCondition.DueWithin(SlaMetric.Resolution, Duration.Zero)).ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationCondition.OverdueBy(SlaMetric.Resolution, -Duration.Epsilon)).ParamName);
        Assert.Equal("severity", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationCondition.SeverityAtLeast((Severity)7)).ParamName);
        Assert.Equal("riskIds", Assert.Throws<ArgumentException>(() => EscalationCondition.AnyRisk([])).ParamName);
        Assert.Equal("themeIds", Assert.Throws<ArgumentException>(() => EscalationCondition.AnyTheme(" ")).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationCondition.RatingAtMost(double.NaN)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationCondition.NormalizedRatingAtMost(1.5)).ParamName);
        Assert.Equal("followers", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationCondition.AudienceAtLeast(-1)).ParamName);
        Assert.Equal("channels", Assert.Throws<ArgumentException>(() => EscalationCondition.Channel(default(ReviewSource))).ParamName);
        Assert.Equal("locationIds", Assert.Throws<ArgumentNullException>(() => EscalationCondition.Location(null!)).ParamName);
        Assert.Equal("atLeast", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationCondition.RepeatComplaints(0, Duration.FromDays(1))).ParamName);
        Assert.Equal("within", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationCondition.RepeatComplaints(2, Duration.Zero)).ParamName);
        Assert.Equal("atLeast", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationCondition.Reopened(0)).ParamName);
        Assert.Equal("after", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationCondition.NoPrivateContactAfterPublicReply(Duration.Zero)).ParamName);
        Assert.Equal("duration", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationCondition.WaitingOnCustomer(Duration.Zero)).ParamName);
        Assert.Equal("maxPercentage", Assert.Throws<ArgumentException>(() => EscalationCondition.GestureAwaitingApproval(null, null)).ParamName);
        Assert.Equal("maxPercentage", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationCondition.GestureAwaitingApproval(101, null)).ParamName);
        Assert.Equal("maxValue", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationCondition.GestureAwaitingApproval(null, -1)).ParamName);
    }
}

using NodaTime.Testing;
using ReviewKit.Calendars;
using ReviewKit.Cases;
using ReviewKit.Reviews;
using ReviewKit.Sla;
using ReviewKit.Triage;
using static ReviewKit.Tests.TestData;

namespace ReviewKit.Tests.Sla;

public class SlaEvaluatorTests
{
    private static readonly SlaEvaluator Default = new(SlaPolicy.Default);
    private static readonly SlaPolicy Urgent = new("urgent", new SlaTarget(Duration.FromHours(2), Duration.FromHours(4)), resolution: new SlaTarget(Duration.FromHours(8), Duration.FromHours(16)));

    private static ReviewCase Case(params CaseEvent[] events) => ReviewCase.FromTimeline(TheCaseId, [Opened(), .. events]);

    private static Instant H(double hours) => T0 + Duration.FromMinutes(hours * 60);

    private static FakeClock ClockAt(double hours) => new(H(hours));

    [Fact]
    public void Evaluate_NoReplyYet_FirstPublicReplyRunsInCalendarHours()
    {
        var clock = ClockAt(10);
        var result = Default.Evaluate(Case(), clock.GetCurrentInstant()).FirstPublicReply;

        Assert.Equal(SlaState.Running, result.State);
        Assert.Equal(T0, result.StartedAt);
        Assert.Null(result.StoppedAt);
        Assert.Equal(H(24), result.DueAt);
        Assert.Equal(H(48), result.LimitAt);
        Assert.Equal(Duration.FromHours(10), result.Elapsed);
        Assert.Equal(Duration.FromHours(14), result.Remaining);
        Assert.Equal(10.0 / 24, result.FractionOfGoalUsed, 12);
        Assert.Equal(0, result.WarningsReached);
        Assert.Null(result.BreachedAt);
    }

    [Theory]
    [InlineData(11.9, 0)]
    [InlineData(12, 1)]
    [InlineData(18, 2)]
    [InlineData(30, 2)]
    public void Evaluate_RunningClock_WarnsAtHalfAndThreeQuartersOfGoal(double hours, int warnings)
    {
        Assert.Equal(warnings, Default.Evaluate(Case(), H(hours)).FirstPublicReply.WarningsReached);
    }

    [Fact]
    public void Evaluate_DueWithinOffset_CountsAsWarning()
    {
        var policy = new SlaPolicy("p", new SlaTarget(Duration.FromHours(24), Duration.FromHours(48), warningFractions: [1.0], dueWithin: [Duration.FromHours(2)]));
        var evaluator = new SlaEvaluator(policy);
        Assert.Equal(0, evaluator.Evaluate(Case(), H(21)).FirstPublicReply.WarningsReached);
        Assert.Equal(1, evaluator.Evaluate(Case(), H(22)).FirstPublicReply.WarningsReached);
        Assert.Equal(2, evaluator.Evaluate(Case(), H(24)).FirstPublicReply.WarningsReached);
    }

    [Theory]
    [InlineData(20, SlaState.Met)]
    [InlineData(24, SlaState.Met)]
    [InlineData(30, SlaState.MetLate)]
    [InlineData(48, SlaState.MetLate)]
    [InlineData(50, SlaState.Breached)]
    public void Evaluate_ReplyPosted_StateFromGoalAndLimit(double replyHours, SlaState expected)
    {
        var reviewCase = Case(new PublicReplyPosted(Id("reply"), H(replyHours), Agent, "Nous sommes désolés."));
        var result = Default.Evaluate(reviewCase, H(60)).FirstPublicReply;
        Assert.Equal(expected, result.State);
        Assert.Equal(H(replyHours), result.StoppedAt);
        Assert.Equal(Duration.FromMinutes(replyHours * 60), result.CalendarTime);
        Assert.Equal(expected == SlaState.Breached ? H(48) : null, result.BreachedAt);
    }

    [Fact]
    public void Evaluate_NoReplyPastLimit_BreachedAtLimit()
    {
        var result = Default.Evaluate(Case(), H(49)).FirstPublicReply;
        Assert.Equal(SlaState.Breached, result.State);
        Assert.Equal(H(48), result.BreachedAt);
        Assert.Equal(Duration.FromHours(-25), result.Remaining);
    }

    [Fact]
    public void Evaluate_PrivateChannelReview_FirstPublicReplyNotApplicable()
    {
        var review = new Review(new ReviewId(ReviewSource.Email, "mail-1"), T0, "Commande arrivée cassée.");
        var reviewCase = ReviewCase.Open(TheCaseId, new CaseOpened(Id("open"), T0, Actor.System("mail"), review));
        var evaluation = Default.Evaluate(reviewCase, H(5));
        Assert.Equal(SlaState.NotApplicable, evaluation.FirstPublicReply.State);
        Assert.Null(evaluation.FirstPublicReply.StartedAt);
        Assert.Equal(SlaState.Running, evaluation.FirstPrivateContact.State);
    }

    [Fact]
    public void Evaluate_WaitingOnCustomer_PausesResolutionButNeverFirstReply()
    {
        var reviewCase = Case(
            new PrivateContactMade(Id("call"), H(1), Agent, ContactChannel.Phone),
            new WaitingOnCustomerStarted(Id("wait"), H(1), Agent),
            new CaseResumed(Id("resume"), H(25), Agent));
        var evaluation = Default.Evaluate(reviewCase, H(30));

        Assert.Equal(Duration.FromHours(6), evaluation.Resolution.Elapsed);
        Assert.Equal(SlaState.Running, evaluation.Resolution.State);
        Assert.Equal(H(24 + 120), evaluation.Resolution.DueAt);
        Assert.Equal(Duration.FromHours(30), evaluation.FirstPublicReply.Elapsed);
        Assert.Equal(SlaState.Running, evaluation.FirstPublicReply.State);
        Assert.Equal(SlaState.Met, evaluation.FirstPrivateContact.State);
    }

    [Fact]
    public void Evaluate_WaitingNow_ResolutionPausedAndDueMovesLater()
    {
        var reviewCase = Case(new WaitingOnCustomerStarted(Id("wait"), H(2), Agent));
        var early = Default.Evaluate(reviewCase, H(10)).Resolution;
        var later = Default.Evaluate(reviewCase, H(20)).Resolution;

        Assert.Equal(SlaState.Paused, early.State);
        Assert.Equal(Duration.FromHours(2), early.Elapsed);
        Assert.Equal(Duration.FromHours(2), later.Elapsed);
        Assert.Equal(early.DueAt + Duration.FromHours(10), later.DueAt);
        Assert.Equal(SlaState.Running, Default.Evaluate(reviewCase, H(20)).FirstPublicReply.State);
    }

    [Fact]
    public void Evaluate_ReopenedCase_KeepsResolutionTimeAlreadyUsed()
    {
        var reviewCase = Case(
            new CaseResolved(Id("resolved"), H(10), Agent, "Remboursé."),
            new CaseReopened(Id("reopened"), H(100), Actor.Customer));
        var result = Default.Evaluate(reviewCase, H(105)).Resolution;

        Assert.Equal(SlaState.Running, result.State);
        Assert.Equal(Duration.FromHours(15), result.Elapsed);
        Assert.Equal(H(100 + 110), result.DueAt);
    }

    [Fact]
    public void Evaluate_Resolved_ResolutionMet()
    {
        var reviewCase = Case(new CaseResolved(Id("resolved"), H(10), Agent, "Remboursé."));
        var result = Default.Evaluate(reviewCase, H(300)).Resolution;
        Assert.Equal(SlaState.Met, result.State);
        Assert.Equal(Duration.FromHours(10), result.Elapsed);
    }

    [Fact]
    public void Evaluate_NextReply_RunsFromOldestUnansweredMessage()
    {
        var reviewCase = Case(
            new PublicReplyPosted(Id("reply"), H(1), Agent, "Désolés."),
            new CustomerReplied(Id("c1"), H(2), Actor.Customer, ContactChannel.PublicThread),
            new CustomerReplied(Id("c2"), H(3), Actor.Customer, ContactChannel.PublicThread));
        var result = Default.Evaluate(reviewCase, H(4)).NextReply;
        Assert.Equal(SlaState.Running, result.State);
        Assert.Equal(H(2), result.StartedAt);
        Assert.Equal(Duration.FromHours(2), result.Elapsed);

        var answered = reviewCase.Apply(new PublicReplyPosted(Id("reply2"), H(5), Agent, "Voici la solution."));
        Assert.Equal(SlaState.NotApplicable, Default.Evaluate(answered, H(6)).NextReply.State);
    }

    [Fact]
    public void Evaluate_BusinessCalendarTarget_CountsOnlyOpenHours()
    {
        var calendars = new Calendars(("utc-weekdays", BusinessCalendar.FromOptions(new BusinessCalendarOptions
        {
            TimeZone = "UTC",
            Week = new() { ["Monday"] = ["09:00-17:00"], ["Tuesday"] = ["09:00-17:00"], ["Friday"] = ["09:00-17:00"] },
        })));
        var policy = new SlaPolicy("business", new SlaTarget(Duration.FromHours(8), Duration.FromHours(16), "utc-weekdays"));
        var evaluator = new SlaEvaluator(policy, calendars: calendars);
        var friday = Instant.FromUtc(2026, 3, 6, 16, 0);
        var review = new Review(new ReviewId(ReviewSource.Google, "g"), friday, "Mauvais accueil.");
        var reviewCase = ReviewCase.Open(TheCaseId, new CaseOpened(Id("open"), friday, Actor.System("import"), review));

        var result = evaluator.Evaluate(reviewCase, Instant.FromUtc(2026, 3, 9, 10, 0)).FirstPublicReply;

        Assert.Equal(Duration.FromHours(2), result.Elapsed);
        Assert.Equal(Instant.FromUtc(2026, 3, 9, 16, 0), result.DueAt);
        Assert.Equal(Instant.FromUtc(2026, 3, 10, 16, 0), result.LimitAt);
    }

    [Fact]
    public void SelectPolicy_OrderedRules_FirstMatchWinsElseDefault()
    {
        var trustpilot = new SlaPolicy("trustpilot", new SlaTarget(Duration.FromHours(12), Duration.FromHours(24)));
        var store = new SlaPolicy("store", new SlaTarget(Duration.FromHours(6), Duration.FromHours(12)));
        var evaluator = new SlaEvaluator(
            SlaPolicy.Default,
            [
                new SlaPolicyRule(Urgent, minimumSeverity: Severity.High),
                new SlaPolicyRule(trustpilot, channel: ReviewSource.Trustpilot),
                new SlaPolicyRule(store, locationId: "paris-store", minimumPriority: CasePriority.High),
            ]);

        Assert.Same(SlaPolicy.Default, evaluator.SelectPolicy(Case()));
        Assert.Same(Urgent, evaluator.SelectPolicy(Case(new CaseTriaged(Id("t"), H(0.1), Agent, Severity.Critical))));
        Assert.Same(SlaPolicy.Default, evaluator.SelectPolicy(Case(new CaseTriaged(Id("t"), H(0.1), Agent, Severity.Medium))));
        Assert.Same(store, evaluator.SelectPolicy(Case(new CasePriorityChanged(Id("p"), H(0.1), Agent, CasePriority.Urgent))));
        Assert.Equal(3, evaluator.Rules.Count);
    }

    [Fact]
    public void Evaluate_PriorityChangeSelectsStricterPolicy_RecomputesButNeverBackDatesBreach()
    {
        var evaluator = new SlaEvaluator(SlaPolicy.Default, [new SlaPolicyRule(Urgent, minimumPriority: CasePriority.Urgent)]);
        var reviewCase = Case(new CasePriorityChanged(Id("p"), H(10), Agent, CasePriority.Urgent));
        var evaluation = evaluator.Evaluate(reviewCase, H(11));

        Assert.Same(Urgent, evaluation.Policy);
        Assert.Equal(SlaState.Breached, evaluation.FirstPublicReply.State);
        Assert.Equal(H(4), evaluation.FirstPublicReply.LimitAt);
        Assert.Equal(H(10), evaluation.FirstPublicReply.BreachedAt);
    }

    [Fact]
    public void Evaluate_StoppedBeforePolicyChange_KeepsVerdictOfPolicyInForce()
    {
        var evaluator = new SlaEvaluator(SlaPolicy.Default, [new SlaPolicyRule(Urgent, minimumPriority: CasePriority.Urgent)]);
        var reviewCase = Case(
            new PublicReplyPosted(Id("reply"), H(5), Agent, "Désolés."),
            new CasePriorityChanged(Id("p"), H(6), Agent, CasePriority.Urgent));
        var evaluation = evaluator.Evaluate(reviewCase, H(7));

        Assert.Equal(SlaState.Met, evaluation.FirstPublicReply.State);
        Assert.Equal(H(24), evaluation.FirstPublicReply.DueAt);
        Assert.Equal(SlaState.Running, evaluation.Resolution.State);
        Assert.Equal(H(8), evaluation.Resolution.DueAt);
    }

    [Fact]
    public void Evaluate_PolicyEffectiveLater_BreachDatedAtEffectiveFrom()
    {
        var policy = new SlaPolicy("new", new SlaTarget(Duration.FromHours(1), Duration.FromHours(2)), effectiveFrom: H(20));
        var result = new SlaEvaluator(policy).Evaluate(Case(), H(21)).FirstPublicReply;
        Assert.Equal(SlaState.Breached, result.State);
        Assert.Equal(H(20), result.BreachedAt);
    }

    [Fact]
    public void Evaluate_SameCaseTwice_EqualResults()
    {
        var a = Default.Evaluate(Case(), H(3));
        var b = Default.Evaluate(Case(), H(3));
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.Resolution, a[SlaMetric.Resolution]);
        Assert.NotEqual(a, Default.Evaluate(Case(), H(4)));
    }

    [Fact]
    public void SlaMetricResult_Default_IsNotApplicableWithoutInstants()
    {
        var result = default(SlaMetricResult);
        Assert.Equal(SlaState.NotApplicable, result.State);
        Assert.Equal(SlaMetric.FirstPublicReply, result.Metric);
        Assert.Null(result.StartedAt);
        Assert.Null(result.DueAt);
        Assert.Null(result.BreachedAt);
        Assert.Null(result.CalendarTime);
        Assert.Equal(Duration.Zero, result.Elapsed);
    }

    [Fact]
    public void Compliance_ManyCases_CountsAndPercentiles()
    {
        var cases = new List<ReviewCase>();
        for (var i = 1; i <= 10; i++)
        {
            cases.Add(ReviewCase.FromTimeline(new CaseId($"c{i}"), [Opened(), new PublicReplyPosted(Id("r"), H(i * 5), Agent, "Merci.")]));
        }

        cases.Add(Case());
        var report = Default.Compliance(cases, H(100));
        var reply = report[(int)SlaMetric.FirstPublicReply];

        Assert.Equal(SlaMetric.FirstPublicReply, reply.Metric);
        Assert.Equal(4, reply.Met); // 5, 10, 15, 20 h
        Assert.Equal(5, reply.MetLate); // 25 to 45 h
        Assert.Equal(2, reply.Breached); // 50 h, and the unanswered case
        Assert.Equal(0, reply.InProgress);
        Assert.Equal(4.0 / 11, reply.AchievementRate!.Value, 12);
        Assert.Equal(Duration.FromHours(25), reply.MedianBusinessTime);
        Assert.Equal(Duration.FromHours(45), reply.P90BusinessTime);
        Assert.Equal(Duration.FromHours(25), reply.MedianCalendarTime);
        Assert.Equal(11, report[(int)SlaMetric.Resolution].InProgress);
        Assert.Null(report[(int)SlaMetric.Resolution].MedianBusinessTime);
    }

    [Fact]
    public void ArgumentValidation_EveryEntryPoint()
    {
        Assert.Equal("reviewCase", Assert.Throws<ArgumentNullException>(() => Default.Evaluate(null!, T0)).ParamName);
        Assert.Equal("reviewCase", Assert.Throws<ArgumentNullException>(() => Default.SelectPolicy(null!)).ParamName);
        Assert.Equal("now", Assert.Throws<ArgumentOutOfRangeException>(() => Default.Evaluate(Case(new NoteAdded(Id("n"), H(2), Agent, "x")), H(1))).ParamName);
        Assert.Equal("cases", Assert.Throws<ArgumentNullException>(() => Default.Compliance(null!, T0)).ParamName);
        Assert.Equal("defaultPolicy", Assert.Throws<ArgumentNullException>(() => new SlaEvaluator(null!)).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentException>(() => new SlaEvaluator(SlaPolicy.Default, [null!])).ParamName);
        var needsCalendar = new SlaPolicy("p", new SlaTarget(Duration.FromHours(1), Duration.FromHours(2), "paris"));
        Assert.Equal("calendars", Assert.Throws<ArgumentException>(() => new SlaEvaluator(needsCalendar)).ParamName);
        Assert.Throws<KeyNotFoundException>(() => new SlaEvaluator(needsCalendar, calendars: new Calendars()));
        Assert.Equal("goal", Assert.Throws<ArgumentOutOfRangeException>(() => new SlaTarget(Duration.Zero, Duration.FromHours(1))).ParamName);
        Assert.Equal("limit", Assert.Throws<ArgumentOutOfRangeException>(() => new SlaTarget(Duration.FromHours(2), Duration.FromHours(1))).ParamName);
        Assert.Equal("calendarName", Assert.Throws<ArgumentException>(() => new SlaTarget(Duration.FromHours(1), Duration.FromHours(1), " ")).ParamName);
        Assert.Equal("warningFractions", Assert.Throws<ArgumentOutOfRangeException>(() => new SlaTarget(Duration.FromHours(1), Duration.FromHours(1), warningFractions: [1.5])).ParamName);
        Assert.Equal("dueWithin", Assert.Throws<ArgumentOutOfRangeException>(() => new SlaTarget(Duration.FromHours(1), Duration.FromHours(1), dueWithin: [Duration.Zero])).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new SlaPolicy(" ", null)).ParamName);
        Assert.Equal("metric", Assert.Throws<ArgumentOutOfRangeException>(() => SlaPolicy.Default.GetTarget((SlaMetric)9)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => new SlaPolicyRule(null!)).ParamName);
        Assert.Equal("locationId", Assert.Throws<ArgumentException>(() => new SlaPolicyRule(Urgent, locationId: "")).ParamName);
        Assert.Equal("reviewCase", Assert.Throws<ArgumentNullException>(() => new SlaPolicyRule(Urgent).Matches(null!)).ParamName);
    }

    private sealed class Calendars(params (string Name, BusinessCalendar Calendar)[] calendars) : IBusinessCalendarProvider
    {
        public BusinessCalendar GetCalendar(string name) =>
            calendars.FirstOrDefault(c => c.Name == name).Calendar ?? throw new KeyNotFoundException(name);
    }
}

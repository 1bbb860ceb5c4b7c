using ReviewKit.Analysis;
using ReviewKit.Cases;
using ReviewKit.Responses;
using ReviewKit.Reviews;
using ReviewKit.Sla;
using ReviewKit.Triage;
using static ReviewKit.Tests.TestData;

namespace ReviewKit.Tests.Responses;

public class ResponsePlannerTests
{
    private static readonly SlaEvaluator Sla = new(SlaPolicy.Default);
    private static readonly ReachableChannels PhoneAndEmail = ReachableChannels.Phone | ReachableChannels.Email;

    // ---- Steps, due instants and states ----

    [Fact]
    public void Plan_NewCase_FiveStepsInOrderDueFromTheSlaClocks()
    {
        var plan = Planner().Plan(Request(NewCase(), reachable: PhoneAndEmail), At(60));

        Assert.Equal(
            [ResponseStepKind.PublicReply, ResponseStepKind.PrivateContact, ResponseStepKind.Solution, ResponseStepKind.GoodwillGesture, ResponseStepKind.FollowUp],
            plan.Steps.Select(s => s.Kind));
        Assert.Equal(ResponseStepState.Due, plan[ResponseStepKind.PublicReply].State);
        Assert.Equal(T0 + Duration.FromHours(24), plan[ResponseStepKind.PublicReply].DueAt);
        Assert.Equal(plan.Sla.FirstPublicReply.DueAt, plan[ResponseStepKind.PublicReply].DueAt);
        Assert.Equal(T0 + Duration.FromHours(48), plan[ResponseStepKind.PrivateContact].DueAt);
        Assert.Equal(T0 + Duration.FromDays(5), plan[ResponseStepKind.Solution].DueAt);
        Assert.Equal(ResponseStepState.Due, plan[ResponseStepKind.GoodwillGesture].State);
        Assert.Equal(ResponseStepState.Pending, plan[ResponseStepKind.FollowUp].State);
        Assert.Null(plan[ResponseStepKind.FollowUp].DueAt);
        Assert.Equal(ResponseStepKind.PublicReply, plan.NextStep!.Value.Kind);
    }

    [Fact]
    public void Plan_PublicReplyPosted_StepDoneAtTheReply()
    {
        var c = NewCase().Apply(new PublicReplyPosted(Id("r1"), At(30), Agent, "Bonjour, désolés. Marie"));

        var plan = Planner().Plan(Request(c, reachable: PhoneAndEmail), At(60));

        Assert.Equal(ResponseStepState.Done, plan[ResponseStepKind.PublicReply].State);
        Assert.Equal(At(30), plan[ResponseStepKind.PublicReply].DoneAt);
        Assert.Equal(ResponseStepKind.PrivateContact, plan.NextStep!.Value.Kind);
    }

    [Fact]
    public void Plan_NoReplyAfterTheGoal_PublicReplyOverdue()
    {
        var plan = Planner().Plan(Request(NewCase(), reachable: PhoneAndEmail), T0 + Duration.FromHours(25));

        Assert.Equal(ResponseStepState.Overdue, plan[ResponseStepKind.PublicReply].State);
        Assert.Equal(ResponseStepState.Due, plan[ResponseStepKind.PrivateContact].State);
    }

    [Fact]
    public void Plan_ReplyPostedLate_DoneNotOverdue()
    {
        var c = NewCase().Apply(new PublicReplyPosted(Id("r1"), T0 + Duration.FromHours(30), Agent, "Désolés. Marie"));

        var plan = Planner().Plan(Request(c), T0 + Duration.FromHours(31));

        Assert.Equal(ResponseStepState.Done, plan[ResponseStepKind.PublicReply].State);
    }

    [Fact]
    public void Plan_PrivateChannelReview_NoPublicReply()
    {
        var review = new Review(new ReviewId(ReviewSource.Email, "m-1"), T0, "Commande jamais reçue.", locationId: "paris-store");
        var c = ReviewCase.Open(TheCaseId, new CaseOpened(Id("open"), T0, Actor.System("mail"), review));

        var plan = Planner().Plan(Request(c, reachable: ReachableChannels.Email), At(10));

        Assert.Equal(ResponseStepState.NotApplicable, plan[ResponseStepKind.PublicReply].State);
        Assert.Equal(ResponseStepKind.PrivateContact, plan.NextStep!.Value.Kind);
    }

    [Fact]
    public void Plan_ReviewNotNegative_PublicReplyOnly()
    {
        var request = new ResponsePlanRequest(NewCase(), new TriageResult(false, Severity.Low, [])) { ReachableBy = PhoneAndEmail };

        var plan = Planner().Plan(request, At(10));

        Assert.Equal(ResponseStepState.Due, plan[ResponseStepKind.PublicReply].State);
        Assert.All(plan.Steps.Skip(1), s => Assert.Equal(ResponseStepState.NotApplicable, s.State));
        Assert.False(plan.Gesture.IsAvailable);
    }

    [Fact]
    public void Plan_Resolved_SolutionDoneFollowUpDueAfterTheDelayGestureNoLongerApplies()
    {
        var c = NewCase()
            .Apply(new PublicReplyPosted(Id("r1"), At(30), Agent, "Désolés. Marie"))
            .Apply(new CaseResolved(Id("res"), At(600), Agent, "Colis renvoyé."));

        var plan = Planner().Plan(Request(c, reachable: PhoneAndEmail), At(700));

        Assert.Equal(ResponseStepState.Done, plan[ResponseStepKind.Solution].State);
        Assert.Equal(At(600), plan[ResponseStepKind.Solution].DoneAt);
        Assert.Equal(ResponseStepState.NotApplicable, plan[ResponseStepKind.GoodwillGesture].State);
        Assert.Equal(ResponseStepState.Due, plan[ResponseStepKind.FollowUp].State);
        Assert.Equal(At(600) + Duration.FromDays(3), plan[ResponseStepKind.FollowUp].DueAt);
    }

    [Fact]
    public void Plan_FollowUpNotMadeInTime_Overdue()
    {
        var c = NewCase().Apply(new CaseResolved(Id("res"), At(600), Agent, "Colis renvoyé."));

        var plan = Planner().Plan(Request(c), At(600) + Duration.FromDays(4));

        Assert.Equal(ResponseStepState.Overdue, plan[ResponseStepKind.FollowUp].State);
    }

    [Fact]
    public void Plan_ContactAfterResolution_FollowUpDoneOnItsChannel()
    {
        var c = NewCase()
            .Apply(new CaseResolved(Id("res"), At(600), Agent, "Colis renvoyé."))
            .Apply(new PrivateContactMade(Id("fu"), At(2000), Agent, ContactChannel.Email, "Comment cela s'est-il terminé ?"));

        var plan = Planner().Plan(Request(c), At(2100));

        Assert.Equal(ResponseStepState.Done, plan[ResponseStepKind.FollowUp].State);
        Assert.Equal(At(2000), plan[ResponseStepKind.FollowUp].DoneAt);
        Assert.Equal(ContactChannel.Email, plan[ResponseStepKind.FollowUp].Channel);
    }

    [Fact]
    public void Plan_FollowUpDisabled_NotApplicable()
    {
        var policy = new ResponsePolicy { FollowUp = false };
        var c = NewCase().Apply(new CaseResolved(Id("res"), At(600), Agent, "Fait."));

        var plan = Planner(policy).Plan(Request(c), At(700));

        Assert.Equal(ResponseStepState.NotApplicable, plan[ResponseStepKind.FollowUp].State);
    }

    [Fact]
    public void Plan_Reopened_SolutionDueAgainAndTheFailedResolutionIsInTheBrief()
    {
        var c = NewCase()
            .Apply(new CaseResolved(Id("res"), At(600), Agent, "Colis renvoyé."))
            .Apply(new CaseReopened(Id("reo"), At(900), Actor.Customer, "Toujours rien."));

        var plan = Planner().Plan(Request(c), At(1000));

        Assert.Equal(ResponseStepState.Due, plan[ResponseStepKind.Solution].State);
        Assert.Equal(ResponseStepState.Pending, plan[ResponseStepKind.FollowUp].State);
        Assert.Contains(plan.Brief.AlreadyTried, e => e is CaseResolved { Id.Value: "res" });
    }

    [Fact]
    public void Plan_ClosedWithoutResolution_NothingLeftToDo()
    {
        var c = NewCase().Apply(new CaseClosed(Id("close"), At(10), Agent, "spam"));

        var plan = Planner().Plan(Request(c, reachable: PhoneAndEmail), At(20));

        Assert.All(plan.Steps, s => Assert.Equal(ResponseStepState.NotApplicable, s.State));
        Assert.Null(plan.NextStep);
    }

    [Fact]
    public void Plan_WaitingOnCustomer_ResolutionDueMovesLaterWithThePause()
    {
        var c = NewCase().Apply(new WaitingOnCustomerStarted(Id("w"), At(60), Agent));

        var early = Planner().Plan(Request(c), At(120));
        var later = Planner().Plan(Request(c), At(600));

        Assert.Equal(ResponseStepState.Due, later[ResponseStepKind.Solution].State);
        Assert.Equal(early[ResponseStepKind.Solution].DueAt!.Value + Duration.FromMinutes(480), later[ResponseStepKind.Solution].DueAt);
    }

    [Fact]
    public void Plan_SeverityFromTheCaseTriageEventWins()
    {
        var c = NewCase().Apply(new CaseTriaged(Id("t"), At(1), Agent, Severity.Critical));

        var plan = Planner().Plan(Request(c, Severity.Medium, PhoneAndEmail), At(10));

        Assert.Equal(Severity.Critical, plan.Severity);
        Assert.Equal(ContactChannel.Phone, plan.Brief.Channel);
    }

    // ---- Channel choice ----

    [Theory]
    [InlineData(Severity.High, false, ReachableChannels.Phone | ReachableChannels.Email, ContactChannel.Phone)]
    [InlineData(Severity.Critical, false, ReachableChannels.Phone | ReachableChannels.Email, ContactChannel.Phone)]
    [InlineData(Severity.Medium, false, ReachableChannels.Phone | ReachableChannels.Email, ContactChannel.Email)]
    [InlineData(Severity.Low, true, ReachableChannels.Phone | ReachableChannels.Email, ContactChannel.Phone)]
    [InlineData(Severity.High, false, ReachableChannels.Email | ReachableChannels.PrivateMessage, ContactChannel.Email)]
    [InlineData(Severity.Medium, false, ReachableChannels.Phone, ContactChannel.Phone)]
    [InlineData(Severity.Medium, false, ReachableChannels.PrivateMessage, ContactChannel.PrivateMessage)]
    [InlineData(Severity.Critical, true, ReachableChannels.PrivateMessage, ContactChannel.PrivateMessage)]
    public void Plan_ChannelChoice(Severity severity, bool askedForCall, ReachableChannels reachable, ContactChannel expected)
    {
        var request = new ResponsePlanRequest(NewCase(), new TriageResult(true, severity, [])) { ReachableBy = reachable, CustomerAskedForCall = askedForCall };

        var plan = Planner().Plan(request, At(10));

        Assert.Equal(expected, plan[ResponseStepKind.PrivateContact].Channel);
        Assert.Equal(expected, plan.Brief.Channel);
    }

    [Fact]
    public void Plan_NoPrivateChannelKnown_PrivateContactNotApplicable()
    {
        var plan = Planner().Plan(Request(NewCase(), Severity.High, ReachableChannels.None), At(10));

        Assert.Equal(ResponseStepState.NotApplicable, plan[ResponseStepKind.PrivateContact].State);
        Assert.Null(plan.Brief.Channel);
    }

    [Fact]
    public void Plan_PhoneFromSeverityLowered_MediumIsCalled()
    {
        var policy = new ResponsePolicy { PhoneFromSeverity = Severity.Medium };

        var plan = Planner(policy).Plan(Request(NewCase(), Severity.Medium, PhoneAndEmail), At(10));

        Assert.Equal(ContactChannel.Phone, plan.Brief.Channel);
    }

    [Fact]
    public void Plan_ContactMade_ChannelIsTheOneUsed()
    {
        var c = NewCase().Apply(new PrivateContactMade(Id("pc"), At(20), Agent, ContactChannel.PrivateMessage));

        var plan = Planner().Plan(Request(c, Severity.High, PhoneAndEmail), At(30));

        Assert.Equal(ResponseStepState.Done, plan[ResponseStepKind.PrivateContact].State);
        Assert.Equal(ContactChannel.PrivateMessage, plan[ResponseStepKind.PrivateContact].Channel);
    }

    // ---- Gestures ----

    [Fact]
    public void Gesture_CapIsTheSmallerOfSeverityAndCustomerCaps()
    {
        var high = Planner().Plan(Request(NewCase(), Severity.High), At(10)).Gesture;
        var highKey = Planner().Plan(Request(NewCase(), Severity.High, customer: CustomerValue.Key), At(10)).Gesture;
        var mediumKey = Planner().Plan(Request(NewCase(), Severity.Medium, customer: CustomerValue.Key), At(10)).Gesture;

        Assert.Equal(30m, high.Cap);
        Assert.Equal(50m, highKey.Cap);
        Assert.Equal(20m, mediumKey.Cap);
    }

    [Fact]
    public void Gesture_LowSeverity_NotAvailable()
    {
        var plan = Planner().Plan(Request(NewCase(), Severity.Low), At(10));

        Assert.False(plan.Gesture.IsAvailable);
        Assert.Empty(plan.Gesture.Kinds);
        Assert.Equal(ResponseStepState.NotApplicable, plan[ResponseStepKind.GoodwillGesture].State);
        Assert.Equal(GestureDecision.NotAllowed, plan.Gesture.Evaluate(GestureKind.Voucher, 1m));
    }

    [Fact]
    public void Gesture_Disabled_NotAvailable()
    {
        var policy = new ResponsePolicy();
        policy.Gestures.Enabled = false;

        var plan = Planner(policy).Plan(Request(NewCase(), Severity.Critical), At(10));

        Assert.False(plan.Gesture.IsAvailable);
    }

    [Fact]
    public void Gesture_WithoutApproval_IsTheSmallestOfCapThresholdAndRemainingBudget()
    {
        var plenty = Planner().Plan(Request(NewCase(), Severity.High, budget: new GestureBudgetSnapshot("paris-store", 100m, "EUR")), At(10)).Gesture;
        var little = Planner().Plan(Request(NewCase(), Severity.High, budget: new GestureBudgetSnapshot("paris-store", 490m, "EUR")), At(10)).Gesture;
        var spent = Planner().Plan(Request(NewCase(), Severity.High, budget: new GestureBudgetSnapshot("paris-store", 800m, "EUR")), At(10)).Gesture;

        Assert.Equal(400m, plenty.RemainingBudget);
        Assert.Equal(25m, plenty.MaxValueWithoutApproval);
        Assert.Equal(10m, little.MaxValueWithoutApproval);
        Assert.Equal(0m, spent.RemainingBudget);
        Assert.Equal(0m, spent.MaxValueWithoutApproval);
    }

    [Fact]
    public void Gesture_OverspentBudget_OnlyAGestureWorthNothingIsAllowedWithoutApproval()
    {
        var spent = Planner().Plan(Request(NewCase(), Severity.High, budget: new GestureBudgetSnapshot("paris-store", 800m, "EUR")), At(10)).Gesture;

        Assert.Equal(GestureDecision.Allowed, spent.Evaluate(GestureKind.FreeService, 0m));
        Assert.Equal(GestureDecision.NeedsApproval, spent.Evaluate(GestureKind.FreeService, 0.25m));
    }

    [Fact]
    public void Gesture_NoBudgetSnapshot_NothingWithoutApproval()
    {
        var gesture = Planner().Plan(Request(NewCase(), Severity.High), At(10)).Gesture;

        Assert.Null(gesture.RemainingBudget);
        Assert.Equal(0m, gesture.MaxValueWithoutApproval);
        Assert.Equal(GestureDecision.NeedsApproval, gesture.Evaluate(GestureKind.Voucher, 5m));
    }

    [Fact]
    public void Gesture_BudgetByLocation_OverridesTheDefault()
    {
        var policy = new ResponsePolicy();
        policy.Gestures.BudgetByLocation["paris-store"] = 50m;

        var gesture = Planner(policy).Plan(Request(NewCase(), Severity.High, budget: new GestureBudgetSnapshot("paris-store", 40m, "EUR")), At(10)).Gesture;

        Assert.Equal(10m, gesture.RemainingBudget);
    }

    [Theory]
    [InlineData(GestureKind.Voucher, 10, GestureDecision.Allowed)]
    [InlineData(GestureKind.Voucher, 25, GestureDecision.Allowed)]
    [InlineData(GestureKind.Voucher, 26, GestureDecision.NeedsApproval)]
    [InlineData(GestureKind.Voucher, 30, GestureDecision.NeedsApproval)]
    [InlineData(GestureKind.Voucher, 31, GestureDecision.NotAllowed)]
    [InlineData(GestureKind.FreeService, 0, GestureDecision.Allowed)]
    [InlineData(GestureKind.Refund, 20, GestureDecision.Allowed)]
    [InlineData(GestureKind.PercentageDiscount, 10, GestureDecision.Allowed)]
    [InlineData(GestureKind.PercentageDiscount, 20, GestureDecision.Allowed)]
    [InlineData(GestureKind.PercentageDiscount, 21, GestureDecision.NotAllowed)]
    public void Gesture_Evaluate_HighSeverityStandardCustomerOrderOf100(GestureKind kind, int amount, GestureDecision expected)
    {
        var gesture = Planner().Plan(Request(NewCase(), Severity.High, budget: new GestureBudgetSnapshot("paris-store", 0m, "EUR"), orderValue: 100m), At(10)).Gesture;

        Assert.Equal(expected, gesture.Evaluate(kind, amount));
    }

    [Fact]
    public void Gesture_PercentageOnUnknownOrder_NeedsApproval()
    {
        var gesture = Planner().Plan(Request(NewCase(), Severity.High, budget: new GestureBudgetSnapshot("paris-store", 0m, "EUR")), At(10)).Gesture;

        Assert.Equal(GestureDecision.NeedsApproval, gesture.Evaluate(GestureKind.PercentageDiscount, 5m));
        Assert.Equal(0m, gesture.MaxDiscountPercentWithoutApproval);
    }

    [Fact]
    public void Gesture_PercentageOnKnownOrder_MaxWithoutApprovalFollowsTheValue()
    {
        var gesture = Planner().Plan(Request(NewCase(), Severity.High, budget: new GestureBudgetSnapshot("paris-store", 0m, "EUR"), orderValue: 300m), At(10)).Gesture;

        Assert.Equal(8.33m, gesture.MaxDiscountPercentWithoutApproval);
        Assert.Equal(GestureDecision.Allowed, gesture.Evaluate(GestureKind.PercentageDiscount, 8.33m));
        Assert.Equal(GestureDecision.NeedsApproval, gesture.Evaluate(GestureKind.PercentageDiscount, 9m));
    }

    [Fact]
    public void Gesture_KindNotAllowed_NotAllowed()
    {
        var policy = new ResponsePolicy();
        policy.Gestures.AllowedKinds.Add(GestureKind.Voucher);

        var gesture = Planner(policy).Plan(Request(NewCase(), Severity.High, budget: new GestureBudgetSnapshot("paris-store", 0m, "EUR")), At(10)).Gesture;

        Assert.Equal([GestureKind.Voucher], gesture.Kinds.ToArray());
        Assert.Equal(GestureDecision.NotAllowed, gesture.Evaluate(GestureKind.Refund, 5m));
        Assert.Equal(GestureDecision.Allowed, gesture.Evaluate(GestureKind.Voucher, 5m));
    }

    [Fact]
    public void Gesture_Offered_StepDone()
    {
        var c = NewCase().Apply(new GoodwillGestureOffered(Id("g"), At(50), Agent, GestureKind.Voucher, 10m, "EUR"));

        var plan = Planner().Plan(Request(c, Severity.High), At(60));

        Assert.Equal(ResponseStepState.Done, plan[ResponseStepKind.GoodwillGesture].State);
        Assert.Equal(At(50), plan[ResponseStepKind.GoodwillGesture].DoneAt);
        Assert.Contains(plan.Brief.AlreadyTried, e => e is GoodwillGestureOffered);
    }

    [Fact]
    public void Gesture_Optional_NeverOverdue()
    {
        var plan = Planner().Plan(Request(NewCase(), Severity.High), T0 + Duration.FromDays(11));

        Assert.Equal(ResponseStepState.Overdue, plan[ResponseStepKind.Solution].State);
        Assert.Equal(ResponseStepState.Due, plan[ResponseStepKind.GoodwillGesture].State);
    }

    // ---- Brief ----

    [Fact]
    public void Brief_HoldsWordsThemesNeedsSolutionsAndWhatWasTried()
    {
        var policy = new ResponsePolicy();
        policy.Solutions[ThemeIds.Delay] = "Renvoyer le colis en express à nos frais.";
        var c = NewCase()
            .Apply(new PublicReplyPosted(Id("r1"), At(30), Agent, "Désolés. Marie"))
            .Apply(new CustomerReplied(Id("cr"), At(40), Actor.Customer, ContactChannel.PublicThread, "Toujours rien reçu !"))
            .Apply(new PrivateContactMade(Id("pc"), At(50), Agent, ContactChannel.Phone, "Appel, message laissé."))
            .Apply(new NoteAdded(Id("n"), At(55), Agent, "interne"));
        var analysis = new ReviewAnalysis(
            LanguageTag.French, -0.8, 0, 1, 0,
            [new ThemeMatch(ThemeIds.Delay, 0.9, []), new ThemeMatch(ThemeIds.CustomerService, 0.6, [])],
            []);

        var plan = Planner(policy, new ThemeCatalog([new ThemeDefinition(ThemeIds.Delay, "reliability", "fiabilité")]))
            .Plan(new ResponsePlanRequest(c, Negative(Severity.High), analysis) { ReachableBy = PhoneAndEmail }, At(60));
        var brief = plan.Brief;

        Assert.Equal(["Colis jamais reçu.", "Toujours rien reçu !"], brief.CustomerWords.ToArray());
        Assert.Equal([ThemeIds.Delay, ThemeIds.CustomerService], brief.Themes.Select(t => t.ThemeId));
        Assert.Equal("fiabilité", brief.Themes[0].UnmetNeed);
        Assert.Equal("Renvoyer le colis en express à nos frais.", brief.Themes[0].Solution);
        Assert.Null(brief.Themes[1].UnmetNeed);
        Assert.Equal(["r1", "pc"], brief.AlreadyTried.Select(e => e.Id.Value));
        Assert.Equal(LanguageTag.French, brief.Language);
        Assert.Same(plan.Gesture, brief.Gesture);
        Assert.DoesNotContain("Colis", brief.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_GuidanceInTheReviewLanguage()
    {
        var english = new Review(new ReviewId(ReviewSource.Google, "g-en"), T0, "Parcel never arrived.", language: LanguageTag.English, locationId: "paris-store");
        var frenchCase = NewCase();
        var englishCase = ReviewCase.Open(TheCaseId, new CaseOpened(Id("open"), T0, Actor.System("import"), english));
        var frenchAnalysis = new ReviewAnalysis(LanguageTag.French, -0.5, 0, 1, 0, [], []);

        var fr = Planner().Plan(new ResponsePlanRequest(frenchCase, Negative(Severity.High), frenchAnalysis), At(10));
        var en = Planner().Plan(new ResponsePlanRequest(englishCase, Negative(Severity.High)), At(10));

        Assert.Contains("excusez-vous", fr[ResponseStepKind.PublicReply].Guidance, StringComparison.Ordinal);
        Assert.Contains("apologise", en[ResponseStepKind.PublicReply].Guidance, StringComparison.Ordinal);
        Assert.Contains("never tied to a gesture", en[ResponseStepKind.FollowUp].Guidance, StringComparison.Ordinal);
    }

    // ---- Argument validation ----

    [Fact]
    public void Constructor_InvalidArguments_Throw()
    {
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => new ResponsePlanner(null!, Sla)).ParamName);
        Assert.Equal("sla", Assert.Throws<ArgumentNullException>(() => new ResponsePlanner(new ResponsePolicy(), null!)).ParamName);
        var invalid = new ResponsePolicy { FollowUpAfter = TimeSpan.Zero };
        var ex = Assert.Throws<ArgumentException>(() => new ResponsePlanner(invalid, Sla));
        Assert.Equal("policy", ex.ParamName);
        Assert.Contains("FollowUpAfter", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_InvalidArguments_Throw()
    {
        var planner = Planner();
        var c = NewCase().Apply(new NoteAdded(Id("n"), At(100), Agent, "x"));

        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => planner.Plan(null!, At(0))).ParamName);
        Assert.Equal("now", Assert.Throws<ArgumentOutOfRangeException>(() => planner.Plan(Request(c), At(50))).ParamName);
        var otherLocation = Assert.Throws<ArgumentException>(() => planner.Plan(Request(c, budget: new GestureBudgetSnapshot("lyon", 0m, "EUR")), At(200)));
        Assert.Equal("request", otherLocation.ParamName);
        Assert.Contains("per location", otherLocation.Message, StringComparison.Ordinal);
        Assert.Equal("request", Assert.Throws<ArgumentException>(() => planner.Plan(Request(c, budget: new GestureBudgetSnapshot("paris-store", 0m, "USD")), At(200))).ParamName);
        Assert.Equal("request", Assert.Throws<ArgumentException>(() => planner.Plan(Request(c, budget: default(GestureBudgetSnapshot)), At(200))).ParamName);
    }

    [Fact]
    public void Request_InvalidArguments_Throw()
    {
        Assert.Equal("reviewCase", Assert.Throws<ArgumentNullException>(() => new ResponsePlanRequest(null!, Negative(Severity.Low))).ParamName);
        Assert.Equal("triage", Assert.Throws<ArgumentNullException>(() => new ResponsePlanRequest(NewCase(), null!)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new ResponsePlanRequest(NewCase(), Negative(Severity.Low)) { OrderValue = -1m }).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new ResponsePlanRequest(NewCase(), Negative(Severity.Low)) { CustomerValue = (CustomerValue)7 }).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new ResponsePlanRequest(NewCase(), Negative(Severity.Low)) { ReachableBy = (ReachableChannels)8 }).ParamName);
        Assert.Same(ReviewAnalysis.Empty, new ResponsePlanRequest(NewCase(), Negative(Severity.Low)).Analysis);
    }

    [Fact]
    public void BudgetSnapshot_InvalidArguments_Throw()
    {
        Assert.Equal("spent", Assert.Throws<ArgumentOutOfRangeException>(() => new GestureBudgetSnapshot("paris", -1m, "EUR")).ParamName);
        Assert.Equal("currency", Assert.Throws<ArgumentException>(() => new GestureBudgetSnapshot("paris", 1m, "euro")).ParamName);
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => new GestureBudgetSnapshot("paris", 1m, null!)).ParamName);
        Assert.Equal("locationId", Assert.Throws<ArgumentException>(() => new GestureBudgetSnapshot(" ", 1m, "EUR")).ParamName);
        Assert.Equal(new GestureBudgetSnapshot("paris", 1m, "EUR"), new GestureBudgetSnapshot("paris", 1m, "EUR"));
    }

    [Fact]
    public void Evaluate_And_Indexer_InvalidArguments_Throw()
    {
        var plan = Planner().Plan(Request(NewCase(), Severity.High), At(10));

        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => plan.Gesture.Evaluate((GestureKind)9, 1m)).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => plan.Gesture.Evaluate(GestureKind.PercentageDiscount, 0m)).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => plan.Gesture.Evaluate(GestureKind.Voucher, -1m)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => plan[(ResponseStepKind)5]).ParamName);
    }

    internal static ResponsePlanner Planner(ResponsePolicy? policy = null, ThemeCatalog? themes = null) =>
        new(policy ?? new ResponsePolicy(), Sla, themes);

    internal static TriageResult Negative(Severity severity) => new(true, severity, []);

    internal static ResponsePlanRequest Request(
        ReviewCase c,
        Severity severity = Severity.Medium,
        ReachableChannels reachable = ReachableChannels.Email,
        CustomerValue customer = CustomerValue.Standard,
        GestureBudgetSnapshot? budget = null,
        decimal? orderValue = null) =>
        new(c, Negative(severity)) { ReachableBy = reachable, CustomerValue = customer, Budget = budget, OrderValue = orderValue };
}

using ReviewKit.Cases;
using ReviewKit.Sla;
using static ReviewKit.Tests.TestData;

namespace ReviewKit.Tests.Sla;

/// <summary>The next-reply clock: what answers a customer message, and compliance over every reply cycle.</summary>
public class SlaNextReplyTests
{
    private static readonly SlaEvaluator Default = new(SlaPolicy.Default); // next reply: goal 24 h, limit 48 h

    private static Instant H(double hours) => T0 + Duration.FromMinutes(hours * 60);

    private static ReviewCase Case(params CaseEvent[] events) => ReviewCase.FromTimeline(TheCaseId, [Opened(), .. events]);

    private static CustomerReplied Message(string id, double hours) => new(Id(id), H(hours), Actor.Customer, ContactChannel.PublicThread);

    [Fact]
    public void Evaluate_NoteGestureOrResolution_DoNotAnswerTheMessage()
    {
        var reviewCase = Case(
            new PublicReplyPosted(Id("r1"), H(1), Agent, "Désolés."),
            Message("m1", 2),
            new NoteAdded(Id("n"), H(3), Agent, "Rappeler demain."),
            new GoodwillGestureOffered(Id("g"), H(4), Agent, GestureKind.Voucher, 10m, "EUR"),
            new CaseResolved(Id("s"), H(5), Agent, "Bon d'achat."));

        var result = Default.Evaluate(reviewCase, H(6)).NextReply;

        Assert.Equal(SlaState.Running, result.State);
        Assert.Equal(H(2), result.StartedAt);
        Assert.Equal(Duration.FromHours(4), result.Elapsed);
    }

    [Fact]
    public void Evaluate_PrivateContactAfterMessage_AnswersIt()
    {
        var reviewCase = Case(Message("m1", 2), new PrivateContactMade(Id("p"), H(3), Agent, ContactChannel.Phone));
        Assert.Equal(SlaState.NotApplicable, Default.Evaluate(reviewCase, H(4)).NextReply.State);
    }

    [Fact]
    public void Evaluate_ReplyAtSameInstantOrderedBeforeMessage_DoesNotAnswerIt()
    {
        // At one instant, events are in id order: the reply "a" comes before the message "b".
        var reviewCase = Case(new PublicReplyPosted(Id("a"), H(2), Agent, "Désolés."), Message("b", 2));
        var result = Default.Evaluate(reviewCase, H(3)).NextReply;
        Assert.Equal(SlaState.Running, result.State);
        Assert.Equal(H(2), result.StartedAt);
    }

    [Fact]
    public void Compliance_SeveralReplyCycles_CountsEveryCycleFromItsOldestMessage()
    {
        var reviewCase = Case(
            new PublicReplyPosted(Id("r0"), H(0.5), Agent, "Désolés."),
            Message("m1", 1),
            new PublicReplyPosted(Id("r1"), H(3), Agent, "Nous regardons."), // cycle 1: 2 h, met
            Message("m2", 5),
            Message("m3", 6),
            new PrivateContactMade(Id("p1"), H(35), Agent, ContactChannel.Phone), // cycle 2: from m2, 30 h, met late
            Message("m4", 40),
            new PublicReplyPosted(Id("r2"), H(100), Agent, "Enfin."), // cycle 3: 60 h, breached
            Message("m5", 110)); // cycle 4: unanswered, 10 h at 120 h, running

        var nextReply = Default.Compliance([reviewCase], H(120))[(int)SlaMetric.NextReply];

        Assert.Equal(1, nextReply.Met);
        Assert.Equal(1, nextReply.MetLate);
        Assert.Equal(1, nextReply.Breached);
        Assert.Equal(1, nextReply.InProgress);
        Assert.Equal(Duration.FromHours(30), nextReply.MedianBusinessTime); // of 2, 30 and 60 h
        Assert.Equal(Duration.FromHours(60), nextReply.P90BusinessTime);
        Assert.Equal(1.0 / 3, nextReply.AchievementRate!.Value, 12);
    }

    [Fact]
    public void Compliance_AnsweredCycle_JudgedByPolicyInForceWhenAnswered()
    {
        var strict = new SlaPolicy("strict", null, nextReply: new SlaTarget(Duration.FromHours(1), Duration.FromHours(2)));
        var evaluator = new SlaEvaluator(SlaPolicy.Default, [new SlaPolicyRule(strict, minimumPriority: CasePriority.Urgent)]);
        var reviewCase = Case(
            Message("m1", 1),
            new PublicReplyPosted(Id("r1"), H(4), Agent, "Voilà."), // 3 h: met under the default policy
            new CasePriorityChanged(Id("u"), H(5), Agent, CasePriority.Urgent));

        var nextReply = evaluator.Compliance([reviewCase], H(6))[(int)SlaMetric.NextReply];

        Assert.Equal(1, nextReply.Met);
        Assert.Equal(0, nextReply.Breached);
    }
}

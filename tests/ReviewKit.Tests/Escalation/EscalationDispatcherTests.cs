using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ReviewKit.Cases;
using ReviewKit.Escalation;
using ReviewKit.Sla;
using static ReviewKit.Tests.Escalation.EscalationTestData;
using static ReviewKit.Tests.TestData;

namespace ReviewKit.Tests.Escalation;

public class EscalationDispatcherTests
{
    private static readonly EscalationEngine Engine = new(
        EscalationRuleSet.CreateBuilder()
            .Add("first-reply", 1, r => r.WhenGoalUsed(SlaMetric.FirstPublicReply).Notify(EscalationRole.TeamLead).NotifyRecipients("lead@example.com"))
            .Add("first-reply", 2, r => r.WhenGoalUsed(SlaMetric.FirstPublicReply).Notify(EscalationRole.Manager).RaisePriority(CasePriority.High).MoveToQueue("priority"))
            .Build(),
        Clocks);

    [Fact]
    public async Task DispatchAsync_RecordsEscalationsAndRaisesPriority_AfterNotifying()
    {
        var notifier = new RecordingNotifier();
        var dispatcher = new EscalationDispatcher([notifier]);
        var reviewCase = Case(new CaseAssigned(Id("assign"), H(0.5), Agent, "alice", "support"));
        var result = Engine.Evaluate(new EscalationContext(reviewCase), H(20));

        var updated = await dispatcher.DispatchAsync(reviewCase, result);

        Assert.Equal([("first-reply", 1), ("first-reply", 2)], updated.Escalations.Select(e => (e.RuleId, e.Level)));
        Assert.All(updated.Escalations, e => Assert.Equal(Actor.System("escalation"), e.By));
        Assert.Equal(CasePriority.High, updated.Priority);
        Assert.True(updated.HasEscalated("first-reply", 2));
        Assert.Equal(result.Decisions.Select(d => d.IdempotencyKey), notifier.Received.Select(n => n.IdempotencyKey));
        var first = notifier.Received[0];
        Assert.Equal([EscalationRecipient.FromRole(EscalationRole.TeamLead), EscalationRecipient.Named("lead@example.com")], first.Recipients.ToArray());
        Assert.Equal("alice", first.Assignee);
        Assert.Equal("support", first.Team);
        Assert.Equal(TheCaseId, first.CaseId);
        Assert.Equal(H(20), first.At);
        Assert.Contains(EscalationAction.MoveToQueue("priority"), notifier.Received[1].Decision.Actions);
    }

    [Fact]
    public async Task DispatchAsync_Retried_RecordsAndNotifiesOnce()
    {
        var notifier = new RecordingNotifier();
        var dispatcher = new EscalationDispatcher([notifier]);
        var reviewCase = Case();
        var result = Engine.Evaluate(new EscalationContext(reviewCase), H(13));

        var once = await dispatcher.DispatchAsync(reviewCase, result);
        var twice = await dispatcher.DispatchAsync(once, result);

        Assert.Same(once, twice);
        Assert.Single(notifier.Received);
        Assert.Single(twice.Escalations);
    }

    [Fact]
    public async Task DispatchAsync_TwoMachinesSameDecisionAtDifferentInstants_SameEventIdSoRecordedOnce()
    {
        var reviewCase = Case();
        var machineA = Engine.Evaluate(new EscalationContext(reviewCase), H(13));
        var machineB = Engine.Evaluate(new EscalationContext(reviewCase), H(14));
        var dispatcher = new EscalationDispatcher([]);

        Assert.Equal(machineA.Decisions[0].EventId, machineB.Decisions[0].EventId);
        Assert.Equal(machineA.Decisions[0].IdempotencyKey, machineB.Decisions[0].IdempotencyKey);
        var afterA = await dispatcher.DispatchAsync(reviewCase, machineA);
        var afterBoth = await dispatcher.DispatchAsync(afterA, machineB);

        Assert.Single(afterBoth.Escalations);
        Assert.Equal(H(13), afterBoth.Escalations[0].At);
    }

    [Fact]
    public async Task DispatchAsync_NotifierFails_NothingRecordedSoTheHostRetries()
    {
        var dispatcher = new EscalationDispatcher([new FailingNotifier()]);
        var reviewCase = Case();
        var result = Engine.Evaluate(new EscalationContext(reviewCase), H(13));

        await Assert.ThrowsAsync<InvalidOperationException>(() => dispatcher.DispatchAsync(reviewCase, result));
        Assert.Empty(Engine.Evaluate(new EscalationContext(reviewCase), H(13)).Decisions.Where(d => reviewCase.HasEscalated(d.RuleId, d.Level)));
    }

    [Fact]
    public async Task DispatchAsync_CaseResolvedOrReopenedSince_DropsTheStaleDecision()
    {
        var reviewCase = Case();
        var result = Engine.Evaluate(new EscalationContext(reviewCase), H(13));
        var dispatcher = new EscalationDispatcher([]);

        var resolved = reviewCase.Apply(Resolve(14));
        Assert.Same(resolved, await dispatcher.DispatchAsync(resolved, result));

        var reopened = resolved.Apply(Reopen(15));
        Assert.Same(reopened, await dispatcher.DispatchAsync(reopened, result));
    }

    [Fact]
    public async Task DispatchAsync_PriorityAlreadyHigher_IsNotLowered()
    {
        var reviewCase = Case(new CasePriorityChanged(Id("p"), H(1), Agent, CasePriority.Urgent));
        var updated = await new EscalationDispatcher([]).DispatchAsync(reviewCase, Engine.Evaluate(new EscalationContext(reviewCase), H(20)));

        Assert.Equal(CasePriority.Urgent, updated.Priority);
        Assert.Equal(2, updated.Escalations.Length);
    }

    [Fact]
    public async Task DispatchAsync_Cancelled_Throws()
    {
        var reviewCase = Case();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new EscalationDispatcher([]).DispatchAsync(reviewCase, Engine.Evaluate(new EscalationContext(reviewCase), H(13)), cts.Token));
    }

    [Fact]
    public async Task DispatchAsync_CountsEscalationsByRuleAndLevel()
    {
        var measurements = new ConcurrentBag<(long Value, string Rule, int Level)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == EscalationDispatcher.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? rule = null;
            var level = 0;
            foreach (var tag in tags)
            {
                if (tag.Key == "rule")
                {
                    rule = (string?)tag.Value;
                }
                else if (tag.Key == "level")
                {
                    level = (int)tag.Value!;
                }
            }

            if (rule == "first-reply")
            {
                measurements.Add((value, rule, level));
            }
        });
        listener.Start();
        var reviewCase = new ReviewCase[] { Case() }[0];

        await new EscalationDispatcher([]).DispatchAsync(reviewCase, Engine.Evaluate(new EscalationContext(reviewCase), H(20)));

        Assert.Contains((1L, "first-reply", 1), measurements);
        Assert.Contains((1L, "first-reply", 2), measurements);
    }

    [Fact]
    public async Task DispatchAsync_InvalidArguments_ThrowNamingTheParameter()
    {
        var dispatcher = new EscalationDispatcher([]);
        var other = ReviewCase.Open(new CaseId("other"), Opened());
        var result = Engine.Evaluate(new EscalationContext(Case()), H(13));

        Assert.Equal("notifiers", Assert.Throws<ArgumentNullException>(() => new EscalationDispatcher(null!)).ParamName);
        Assert.Equal("notifiers", Assert.Throws<ArgumentException>(() => new EscalationDispatcher([null!])).ParamName);
        Assert.Equal("actor", Assert.Throws<ArgumentException>(() => new EscalationDispatcher([], default(Actor))).ParamName);
        Assert.Equal("reviewCase", (await Assert.ThrowsAsync<ArgumentNullException>(() => dispatcher.DispatchAsync(null!, result))).ParamName);
        Assert.Equal("result", (await Assert.ThrowsAsync<ArgumentException>(() => dispatcher.DispatchAsync(other, result))).ParamName);
        Assert.Equal("decision", Assert.Throws<ArgumentNullException>(() => new EscalationNotification(null!)).ParamName);
    }

    [Fact]
    public void Group_NotificationsPerRecipientWithinTheWindow()
    {
        var notifications = new List<EscalationNotification>();
        for (var i = 0; i < 5; i++)
        {
            var reviewCase = ReviewCase.Open(new CaseId($"case-{i}"), Opened());
            var at = H(12) + Duration.FromMinutes(i * 10); // 12:00, 12:10, ..., 12:40
            notifications.AddRange(Engine.Evaluate(new EscalationContext(reviewCase), at).Decisions.Select(d => new EscalationNotification(d)));
        }

        var digests = EscalationDigest.Group([.. notifications, notifications[0]], Duration.FromMinutes(30));

        var lead = EscalationRecipient.FromRole(EscalationRole.TeamLead);
        var mail = EscalationRecipient.Named("lead@example.com");
        Assert.Equal([lead, mail, lead, mail], digests.Select(d => d.Recipient));
        Assert.Equal([3, 3, 2, 2], digests.Select(d => d.Notifications.Length));
        Assert.Equal(new Interval(H(12), H(12.5)), digests[0].Window);
        Assert.Equal(H(12.5), digests[2].Window.Start);
        Assert.Equal("case-3", digests[2].Notifications[0].CaseId.Value);
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => new EscalationRuleSet(null!)).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() => EscalationDigest.Group([], Duration.Zero)).ParamName);
        Assert.Equal("notifications", Assert.Throws<ArgumentException>(() => EscalationDigest.Group([null!], Duration.FromMinutes(1))).ParamName);
    }

    private sealed class RecordingNotifier : IEscalationNotifier
    {
        public List<EscalationNotification> Received { get; } = [];

        public Task NotifyAsync(EscalationNotification notification, CancellationToken cancellationToken)
        {
            Received.Add(notification);
            return Task.CompletedTask;
        }
    }

    private sealed class FailingNotifier : IEscalationNotifier
    {
        public Task NotifyAsync(EscalationNotification notification, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("mail server down");
    }
}

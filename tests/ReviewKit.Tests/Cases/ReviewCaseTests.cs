using ReviewKit.Cases;
using ReviewKit.Triage;
using static ReviewKit.Tests.TestData;

namespace ReviewKit.Tests.Cases;

public class ReviewCaseTests
{
    [Fact]
    public void Open_StartsAnOpenCaseAtVersionOne()
    {
        var c = NewCase();

        Assert.Equal(CaseStatus.Open, c.Status);
        Assert.Equal(1, c.Version);
        Assert.Equal(T0, c.OpenedAt);
        Assert.Equal(CasePriority.Normal, c.Priority);
        Assert.Null(c.Severity);
        Assert.Single(c.Revisions);
        Assert.Equal(Review(), c.Review);
    }

    [Fact]
    public void Apply_PublicReply_StartsWorkAndRecordsFirstReply()
    {
        var c = NewCase()
            .Apply(new PublicReplyPosted(Id("r1"), At(30), Agent, "Nous sommes désolés."))
            .Apply(new PublicReplyPosted(Id("r2"), At(90), Agent, "Complément."));

        Assert.Equal(CaseStatus.InProgress, c.Status);
        Assert.Equal(At(30), c.FirstPublicReplyAt);
        Assert.Equal(3, c.Version);
    }

    [Fact]
    public void Apply_ReturnsANewCase_AndLeavesTheOriginalUnchanged()
    {
        var original = NewCase();
        var next = original.Apply(new PublicReplyPosted(Id("r1"), At(30), Agent, "Désolés."));

        Assert.NotSame(original, next);
        Assert.Equal(CaseStatus.Open, original.Status);
        Assert.Equal(1, original.Version);
        Assert.Null(original.FirstPublicReplyAt);
    }

    [Fact]
    public void Apply_SameEventTwice_IsANoOp()
    {
        var reply = new PublicReplyPosted(Id("r1"), At(30), Agent, "Désolés.");
        var once = NewCase().Apply(reply);

        var twice = once.Apply(new PublicReplyPosted(Id("r1"), At(30), Agent, "Désolés."));

        Assert.Same(once, twice);
        Assert.Equal(2, twice.Version);
    }

    [Fact]
    public void Apply_DifferentEventWithAnExistingId_IsRejected()
    {
        var c = NewCase().Apply(new PublicReplyPosted(Id("r1"), At(30), Agent, "Désolés."));

        var e = Assert.Throws<InvalidCaseEventException>(() => c.Apply(new PublicReplyPosted(Id("r1"), At(30), Agent, "Autre texte.")));

        Assert.Contains("different event with the id 'r1'", e.Message, StringComparison.Ordinal);
        Assert.Equal(TheCaseId, e.CaseId);
    }

    [Fact]
    public void Apply_ResolutionBeforeOpening_IsRejectedNamingCaseStatusAndEvent()
    {
        var c = NewCase();
        var resolved = new CaseResolved(Id("res"), At(-10), Agent, "Remboursé.");

        var e = Assert.Throws<InvalidCaseEventException>(() => c.Apply(resolved));

        Assert.Null(e.Status);
        Assert.Same(resolved, e.Event);
        Assert.Contains("case-1", e.Message, StringComparison.Ordinal);
        Assert.Contains("not opened", e.Message, StringComparison.Ordinal);
        Assert.Contains("CaseResolved res", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, c.Version);
    }

    [Fact]
    public void Apply_ReplyOnClosedCase_IsRejected()
    {
        var c = NewCase().Apply(new CaseClosed(Id("close"), At(10), Agent, "Doublon"));

        var e = Assert.Throws<InvalidCaseEventException>(() => c.Apply(new PublicReplyPosted(Id("r1"), At(20), Agent, "Désolés.")));

        Assert.Equal(CaseStatus.Closed, e.Status);
        Assert.Contains("status Closed", e.Message, StringComparison.Ordinal);
        Assert.Contains("reopen it first", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ClosedCase_AcceptsCustomerMessagesNotesRevisionsAndReopening()
    {
        var c = NewCase()
            .Apply(new CaseClosed(Id("close"), At(10), Agent))
            .Apply(new CustomerReplied(Id("cust"), At(20), Actor.Customer, ContactChannel.PublicThread, "Et alors ?"))
            .Apply(new NoteAdded(Id("note"), At(25), Agent, "Client revenu."))
            .Apply(new ReviewRevised(Id("rev"), At(26), Actor.System("import"), Review(stars: 2, updatedAt: At(26))))
            .Apply(new CaseReopened(Id("reopen"), At(30), Agent, "Client revenu."));

        Assert.Equal(CaseStatus.InProgress, c.Status);
        Assert.Equal(1, c.ReopenCount);
        Assert.Null(c.ClosedAt);
    }

    [Fact]
    public void Apply_SecondOpening_IsRejected() =>
        Assert.Throws<InvalidCaseEventException>(() => NewCase().Apply(Opened(minutes: 5, id: "open-2")));

    [Theory]
    [MemberData(nameof(EventsRejectedOnAnOpenCase))]
    public void Apply_EventThatMakesNoSenseInTheOpenState_IsRejected(CaseEvent caseEvent) =>
        Assert.Throws<InvalidCaseEventException>(() => NewCase().Apply(caseEvent));

    public static TheoryData<CaseEvent> EventsRejectedOnAnOpenCase() =>
    [
        new CaseReopened(Id("x"), At(5), Agent),
        new CaseResumed(Id("x"), At(5), Agent),
        new ReviewRevised(Id("x"), At(5), Agent, Review(platformId: "another-review")),
    ];

    [Fact]
    public void Apply_WaitTwice_IsRejected()
    {
        var c = NewCase().Apply(new WaitingOnCustomerStarted(Id("w1"), At(5), Agent));

        Assert.Throws<InvalidCaseEventException>(() => c.Apply(new WaitingOnCustomerStarted(Id("w2"), At(6), Agent)));
    }

    [Fact]
    public void Apply_ResolveTwice_IsRejected()
    {
        var c = NewCase().Apply(new CaseResolved(Id("res"), At(5), Agent, "Fait"));

        Assert.Throws<InvalidCaseEventException>(() => c.Apply(new CaseResolved(Id("res2"), At(6), Agent, "Fait")));
        Assert.Throws<InvalidCaseEventException>(() => c.Apply(new WaitingOnCustomerStarted(Id("w"), At(6), Agent)));
    }

    [Fact]
    public void WaitingPeriods_EndOnResumeOrCustomerAnswerOrResolution()
    {
        var c = NewCase()
            .Apply(new WaitingOnCustomerStarted(Id("w1"), At(10), Agent, "Photo du colis"))
            .Apply(new CustomerReplied(Id("c1"), At(40), Actor.Customer, ContactChannel.Email, "Voici la photo"))
            .Apply(new WaitingOnCustomerStarted(Id("w2"), At(50), Agent))
            .Apply(new CaseResumed(Id("res1"), At(55), Agent))
            .Apply(new WaitingOnCustomerStarted(Id("w3"), At(60), Agent));

        Assert.Equal(CaseStatus.WaitingOnCustomer, c.Status);
        Assert.Equal(At(60), c.WaitingSince);
        Assert.Equal([new Interval(At(10), At(40)), new Interval(At(50), At(55))], c.WaitingPeriods.ToArray());

        var resolved = c.Apply(new CaseResolved(Id("done"), At(70), Agent, "Remplacé"));
        Assert.Null(resolved.WaitingSince);
        Assert.Equal(new Interval(At(60), At(70)), resolved.WaitingPeriods[^1]);
    }

    [Fact]
    public void OldestUnansweredCustomerMessage_IsClearedByAReplyOrContact()
    {
        var c = NewCase()
            .Apply(new CustomerReplied(Id("c1"), At(10), Actor.Customer, ContactChannel.PublicThread))
            .Apply(new CustomerReplied(Id("c2"), At(20), Actor.Customer, ContactChannel.PublicThread));
        Assert.Equal(At(10), c.OldestUnansweredCustomerMessageAt);

        var answered = c.Apply(new PrivateContactMade(Id("p1"), At(30), Agent, ContactChannel.Phone));
        Assert.Null(answered.OldestUnansweredCustomerMessageAt);
        Assert.Equal(At(30), answered.FirstPrivateContactAt);
    }

    [Fact]
    public void Apply_LateEvent_IsInsertedInTimeOrderAndRefolds()
    {
        var c = NewCase()
            .Apply(new PublicReplyPosted(Id("reply"), At(30), Agent, "Désolés."))
            .Apply(new PrivateContactMade(Id("call"), At(10), Agent, ContactChannel.Phone));

        Assert.Equal(["open", "call", "reply"], c.Timeline.Select(e => e.Id.Value));
        Assert.Equal(At(10), c.FirstPrivateContactAt);
        Assert.Equal(At(30), c.FirstPublicReplyAt);
    }

    [Fact]
    public void Apply_LateEvent_IsCheckedAgainstTheStateWhereItLands()
    {
        var c = NewCase()
            .Apply(new CaseResolved(Id("res"), At(20), Agent, "Fait"))
            .Apply(new CaseReopened(Id("reopen"), At(40), Agent));

        // At minute 30 the case was resolved: a wait on the customer then makes no sense, even though it is open now.
        Assert.Throws<InvalidCaseEventException>(() => c.Apply(new WaitingOnCustomerStarted(Id("w"), At(30), Agent)));

        // At minute 10 it was open: a late reply lands fine before the resolution.
        var withReply = c.Apply(new PublicReplyPosted(Id("reply"), At(10), Agent, "Désolés."));
        Assert.Equal(CaseStatus.InProgress, withReply.Status);
        Assert.Equal(["open", "reply", "res", "reopen"], withReply.Timeline.Select(e => e.Id.Value));
    }

    [Fact]
    public void Timeline_EventsAtTheSameInstant_AreOrderedOpeningFirstThenById()
    {
        var c = ReviewCase.FromTimeline(TheCaseId,
        [
            new NoteAdded(Id("b"), T0, Agent, "deux"),
            new NoteAdded(Id("a"), T0, Agent, "un"),
            new CaseOpened(Id("z-open"), T0, Actor.System("import"), Review()),
        ]);

        Assert.Equal(["z-open", "a", "b"], c.Timeline.Select(e => e.Id.Value));
    }

    [Fact]
    public void Apply_WithExpectedVersion_DetectsAConcurrentWriter()
    {
        var c = NewCase();
        var reply = new PublicReplyPosted(Id("r1"), At(30), Agent, "Désolés.");

        Assert.Equal(2, c.Apply(reply, expectedVersion: 1).Version);
        var e = Assert.Throws<CaseVersionConflictException>(() => c.Apply(reply, expectedVersion: 0));
        Assert.Equal((0, 1), (e.ExpectedVersion, e.ActualVersion));
        Assert.Contains("case-1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ManyThreadsExtendingTheSameValue_EachGetsItsOwnCase()
    {
        // Past the id index's threshold, with room left in the shared buffer: every thread races for the same next slot.
        var c = NewCase();
        for (var i = 1; i <= 20; i++)
        {
            c = c.Apply(new NoteAdded(Id($"n{i:D2}"), At(i), Agent, "Note"));
        }

        var prefix = c.Timeline;
        var results = new ReviewCase[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var mine = c.Apply(new NoteAdded(Id($"t{i:D2}-a"), At(100), Agent, "A"));
            results[i] = mine.Apply(new NoteAdded(Id($"t{i:D2}-b"), At(101), Agent, "B"));
        });

        Assert.Equal(prefix, c.Timeline);
        Assert.Equal(21, c.Version);
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal([.. prefix.Select(e => e.Id.Value), $"t{i:D2}-a", $"t{i:D2}-b"], results[i].Timeline.Select(e => e.Id.Value));
            Assert.True(results[i].Contains(Id($"t{i:D2}-b")));
            Assert.False(results[i].Contains(Id($"t{(i + 1) % results.Length:D2}-a")));
            Assert.False(c.Contains(Id($"t{i:D2}-a")));
        }
    }

    [Fact]
    public void RatingRaisedAfterResolution_IsARecovery()
    {
        var c = NewCase()
            .Apply(new ReviewRevised(Id("rev1"), At(5), Actor.System("import"), Review(stars: 2, updatedAt: At(5))))
            .Apply(new CaseResolved(Id("res"), At(60), Agent, "Remboursé"))
            .Apply(new ReviewRevised(Id("rev2"), At(120), Actor.System("import"), Review(stars: 4, updatedAt: At(120))));

        Assert.Equal(3, c.Revisions.Length);
        Assert.Equal(4, c.Review.Rating!.Value.Value);
        Assert.Collection(
            c.RatingRevisions,
            lowered =>
            {
                Assert.False(lowered.AfterResolution);
                Assert.True(lowered.IsRaised);
                Assert.False(lowered.IsRecovery);
            },
            recovered =>
            {
                Assert.True(recovered.AfterResolution);
                Assert.True(recovered.IsRecovery);
                Assert.Equal(0.5, recovered.NormalizedChange, 9);
            });
    }

    [Fact]
    public void RatingLowered_IsRecordedAsLowered()
    {
        var c = ReviewCase.Open(TheCaseId, new CaseOpened(Id("open"), T0, Agent, Review(stars: 2)))
            .Apply(new ReviewRevised(Id("rev"), At(5), Agent, Review(stars: 1, updatedAt: At(5))));

        Assert.True(Assert.Single(c.RatingRevisions).IsLowered);
    }

    [Fact]
    public void RevisionWithTheSameRating_IsNotARatingRevision()
    {
        var c = NewCase().Apply(new ReviewRevised(Id("rev"), At(5), Agent, Review(stars: 1, updatedAt: At(5), text: "Édité")));

        Assert.Empty(c.RatingRevisions);
        Assert.Equal("Édité", c.Review.Text);
    }

    [Fact]
    public void HasEscalated_OncePerRuleAndLevel_UntilTheCaseIsReopened()
    {
        var c = NewCase()
            .Apply(new CaseEscalated(Id("esc1"), At(5), Actor.System("rules"), "first-reply", 1))
            .Apply(new CaseTriaged(Id("tri"), At(6), Actor.System("triage"), Severity.High, "Menace juridique"))
            .Apply(new CaseAssigned(Id("as"), At(7), Agent, "alice", "support"))
            .Apply(new CasePriorityChanged(Id("prio"), At(8), Actor.System("rules"), CasePriority.Urgent));

        Assert.True(c.HasEscalated("first-reply", 1));
        Assert.False(c.HasEscalated("first-reply", 2));
        Assert.False(c.HasEscalated("resolution", 1));
        Assert.Equal((Severity.High, "alice", "support", CasePriority.Urgent), (c.Severity!.Value, c.Assignee, c.Team, c.Priority));

        var reopened = c
            .Apply(new CaseResolved(Id("res"), At(10), Agent, "Fait"))
            .Apply(new CaseReopened(Id("re"), At(20), Agent));
        Assert.False(reopened.HasEscalated("first-reply", 1));
        Assert.Single(reopened.Escalations);
    }

    [Fact]
    public void FromTimeline_WithoutOpening_Throws() =>
        Assert.Equal("events", Assert.Throws<ArgumentException>(() => ReviewCase.FromTimeline(TheCaseId, [])).ParamName);

    [Fact]
    public void FromTimeline_WithNullEvent_Throws() =>
        Assert.Equal("events", Assert.Throws<ArgumentException>(() => ReviewCase.FromTimeline(TheCaseId, [Opened(), null!])).ParamName);

    [Fact]
    public void FromTimeline_ExactDuplicates_AreIgnored()
    {
        var reply = new PublicReplyPosted(Id("r1"), At(30), Agent, "Désolés.");

        var c = ReviewCase.FromTimeline(TheCaseId, [Opened(), reply, reply, Opened()]);

        Assert.Equal(2, c.Version);
    }

    [Fact]
    public void FromTimeline_SameIdAtDifferentInstants_IsRejected() =>
        Assert.Throws<InvalidCaseEventException>(() => ReviewCase.FromTimeline(TheCaseId,
        [
            Opened(),
            new NoteAdded(Id("n"), At(1), Agent, "a"),
            new NoteAdded(Id("x"), At(2), Agent, "b"),
            new NoteAdded(Id("n"), At(3), Agent, "a"),
        ]));

    [Fact]
    public void EntryPoints_NullOrDefaultArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => ReviewCase.Open(default, Opened())).ParamName);
        Assert.Equal("opened", Assert.Throws<ArgumentNullException>(() => ReviewCase.Open(TheCaseId, null!)).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => ReviewCase.FromTimeline(TheCaseId, null!)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => ReviewCase.FromTimeline(default, [Opened()])).ParamName);
        Assert.Equal("caseEvent", Assert.Throws<ArgumentNullException>(() => NewCase().Apply(null!)).ParamName);
        Assert.Equal("caseEvent", Assert.Throws<ArgumentNullException>(() => NewCase().Apply(null!, 1)).ParamName);
        Assert.Equal("ruleId", Assert.Throws<ArgumentNullException>(() => NewCase().HasEscalated(null!, 1)).ParamName);
    }

    [Fact]
    public void Contains_FindsEventsById()
    {
        var c = NewCase();

        Assert.True(c.Contains(Id("open")));
        Assert.False(c.Contains(Id("nope")));
        Assert.Equal("case case-1 (Open, version 1)", c.ToString());
    }
}

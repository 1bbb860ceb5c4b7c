using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Cases;
using ReviewKit.Reviews;
using ReviewKit.Triage;
using static ReviewKit.Tests.TestData;

namespace ReviewKit.Tests.Cases;

/// <summary>The invariants of the case timeline, over random valid timelines.</summary>
public class ReviewCasePropertyTests
{
    /// <summary>A valid timeline (in time order) and a random arrival order of its events.</summary>
    public sealed record Scenario(CaseEvent[] InOrder, CaseEvent[] Arrival)
    {
        public override string ToString() => $"{InOrder.Length} events: {string.Join(", ", InOrder.Select(e => e.GetType().Name))}";
    }

    public static Arbitrary<Scenario> Scenarios() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from length in Gen.Choose(1, 60)
         select Build(seed, length)).ToArbitrary();

    [Property(Arbitrary = [typeof(ReviewCasePropertyTests)])]
    public bool FromTimeline_IsIndependentOfTheOrderOfTheStoredEvents(Scenario s) =>
        Snapshot(ReviewCase.FromTimeline(TheCaseId, s.Arrival)) == Snapshot(ReviewCase.FromTimeline(TheCaseId, s.InOrder));

    [Property(Arbitrary = [typeof(ReviewCasePropertyTests)])]
    public bool Fold_IsDeterministic(Scenario s) =>
        Snapshot(ReviewCase.FromTimeline(TheCaseId, s.InOrder)) == Snapshot(ReviewCase.FromTimeline(TheCaseId, s.InOrder.ToArray()));

    [Property(Arbitrary = [typeof(ReviewCasePropertyTests)])]
    public bool Apply_InOrder_EqualsFromTimeline(Scenario s)
    {
        var c = ReviewCase.Open(TheCaseId, (CaseOpened)s.InOrder[0]);
        foreach (var e in s.InOrder.Skip(1))
        {
            c = c.Apply(e);
        }

        return Snapshot(c) == Snapshot(ReviewCase.FromTimeline(TheCaseId, s.InOrder));
    }

    /// <summary>
    /// A host that receives the events in any order and re-offers those it was refused ends with the same case as one
    /// that received them in order: refused events are only ever early, never lost.
    /// </summary>
    [Property(Arbitrary = [typeof(ReviewCasePropertyTests)])]
    public Property Apply_InAnyArrivalOrderWithRetries_ConvergesToTheInOrderCase(Scenario s)
    {
        var c = ReviewCase.Open(TheCaseId, (CaseOpened)s.InOrder[0]);
        var pending = s.Arrival.Where(e => e is not CaseOpened).ToList();
        var passes = 0;
        while (pending.Count > 0 && passes++ <= s.InOrder.Length)
        {
            foreach (var e in pending.ToArray())
            {
                try
                {
                    c = c.Apply(e);
                    pending.Remove(e);
                }
                catch (InvalidCaseEventException)
                {
                    // Too early for now: an event it depends on has not arrived yet.
                }
            }
        }

        return (pending.Count == 0 && Snapshot(c) == Snapshot(ReviewCase.FromTimeline(TheCaseId, s.InOrder)))
            .Label($"{pending.Count} events never accepted");
    }

    [Property(Arbitrary = [typeof(ReviewCasePropertyTests)])]
    public bool Apply_AnEventAlreadyInTheTimeline_ChangesNothing(Scenario s)
    {
        var c = ReviewCase.FromTimeline(TheCaseId, s.InOrder);
        var before = Snapshot(c);
        return s.Arrival.All(e => ReferenceEquals(c.Apply(e), c)) && Snapshot(c) == before;
    }

    [Property(Arbitrary = [typeof(ReviewCasePropertyTests)])]
    public bool Version_CountsTheDistinctEvents(Scenario s) =>
        ReviewCase.FromTimeline(TheCaseId, [.. s.Arrival, .. s.InOrder]).Version == s.InOrder.Length;

    [Property(Arbitrary = [typeof(LongTimelines)], MaxTest = 50)]
    public bool Apply_OneByOne_EqualsApplyingThemAllAtOnce(Scenario s)
    {
        var c = ReviewCase.Open(TheCaseId, (CaseOpened)s.InOrder[0]);
        foreach (var e in s.InOrder.Skip(1))
        {
            c = c.Apply(e);
        }

        var all = ReviewCase.FromTimeline(TheCaseId, s.InOrder);
        return Snapshot(c) == Snapshot(all)
            && c.Timeline.SequenceEqual(s.InOrder)
            && s.InOrder.All(e => c.Contains(e.Id) && ReferenceEquals(c.Apply(e), c))
            && !c.Contains(new CaseEventId("absent"));
    }

    /// <summary>
    /// Every value on the way stays what it was when later events are applied to it or to its successors, including a
    /// branch (a second, different event applied to an older value) and a late event inserted into an older value.
    /// </summary>
    [Property(Arbitrary = [typeof(LongTimelines)], MaxTest = 50)]
    public Property Apply_OnOlderValuesAndTheirSuccessors_LeavesEveryEarlierValueUnchanged(Scenario s, PositiveInt branchSeed)
    {
        var values = new List<ReviewCase> { ReviewCase.Open(TheCaseId, (CaseOpened)s.InOrder[0]) };
        var before = new List<string> { Snapshot(values[0]) };
        foreach (var e in s.InOrder.Skip(1))
        {
            values.Add(values[^1].Apply(e));
            before.Add(Snapshot(values[^1]));
        }

        // Branch from an older value with an event of its own, then keep extending the branch.
        var k = branchSeed.Get % values.Count;
        var older = values[k];
        var lastAt = older.Timeline[^1].At;
        var branch = older.Apply(new NoteAdded(new CaseEventId("branch-1"), lastAt + Duration.FromMinutes(1), Actor.Agent("carol"), "Branche"));
        var branchEnd = branch.Apply(new NoteAdded(new CaseEventId("branch-2"), lastAt + Duration.FromMinutes(2), Actor.Agent("carol"), "Suite"));

        // A late event inserted into the newest value, and the newest value extended after all that.
        var newest = values[^1];
        var late = newest.Apply(new NoteAdded(new CaseEventId("late"), s.InOrder[0].At, Actor.Agent("carol"), "En retard"));
        var extended = newest.Apply(new NoteAdded(new CaseEventId("tail"), newest.Timeline[^1].At + Duration.FromMinutes(1), Actor.Agent("carol"), "Fin"));

        var unchanged = Enumerable.Range(0, values.Count).Where(i => Snapshot(values[i]) != before[i]).ToList();
        var branchIsItsOwn = Snapshot(branchEnd) == Snapshot(ReviewCase.FromTimeline(TheCaseId, [.. s.InOrder.Take(k + 1), .. branchEnd.Timeline.Skip(k + 1)]))
            && branchEnd.Timeline.Skip(k + 1).Select(e => e.Id.Value).SequenceEqual(["branch-1", "branch-2"])
            && !branchEnd.Contains(s.InOrder.ElementAtOrDefault(k + 1)?.Id ?? new CaseEventId("absent"))
            && !values[^1].Contains(new CaseEventId("branch-1"));
        var othersAreTheirOwn = late.Version == newest.Version + 1 && late.Contains(new CaseEventId("late")) && !extended.Contains(new CaseEventId("late"))
            && extended.Timeline[^1].Id.Value == "tail" && !newest.Contains(new CaseEventId("tail"));
        return (unchanged.Count == 0).Label($"values changed: {string.Join(", ", unchanged)}")
            .And(branchIsItsOwn.Label($"branch from value {k}"))
            .And(othersAreTheirOwn.Label("late event and extension"));
    }

    /// <summary>Every fact the fold derives, as text, so that two cases can be compared whole.</summary>
    private static string Snapshot(ReviewCase c)
    {
        var b = new StringBuilder();
        b.AppendJoin(',', c.Timeline.Select(e => e.Id.Value)).AppendLine();
        b.Append(CultureInfo.InvariantCulture, $"{c.Status}|{c.Severity}|{c.Priority}|{c.Assignee}|{c.Team}|{c.OpenedAt}|{c.FirstPublicReplyAt}|");
        b.Append(CultureInfo.InvariantCulture, $"{c.FirstPrivateContactAt}|{c.FirstResolvedAt}|{c.ResolvedAt}|{c.ClosedAt}|{c.ReopenCount}|{c.WaitingSince}|");
        b.Append(CultureInfo.InvariantCulture, $"{c.OldestUnansweredCustomerMessageAt}|{c.Review}|{c.Revisions.Length}|{c.Version}").AppendLine();
        b.AppendJoin(',', c.WaitingPeriods).AppendLine();
        b.AppendJoin(',', c.RatingRevisions.Select(r => $"{r.Previous}>{r.Current}@{r.At}:{r.AfterResolution}")).AppendLine();
        b.AppendJoin(',', c.Escalations.Select(e => $"{e.RuleId}/{e.Level}"));
        return b.ToString();
    }

    /// <summary>
    /// Builds a valid timeline by offering random events in time order (some at the same instant) and keeping those the
    /// case accepts, then shuffles a copy as the arrival order.
    /// </summary>
    private static Scenario Build(int seed, int length)
    {
        var random = new Random(seed);
        var c = NewCase();
        var at = T0;
        var n = 0;
        for (var attempts = 0; c.Version < length && attempts < length * 10; attempts++)
        {
            at += Duration.FromMinutes(random.Next(0, 3));
            var candidate = RandomEvent(random, $"e{n++:D3}", at, c);
            try
            {
                c = c.Apply(candidate);
            }
            catch (InvalidCaseEventException)
            {
                // Not valid in this state: offer another.
            }
        }

        var inOrder = c.Timeline.ToArray();
        var arrival = inOrder.ToArray();
        random.Shuffle(arrival);
        return new Scenario(inOrder, arrival);
    }

    private static CaseEvent RandomEvent(Random random, string id, Instant at, ReviewCase c)
    {
        var eventId = new CaseEventId(id);
        var agent = Actor.Agent(random.Next(2) == 0 ? "alice" : "bob");
        return random.Next(16) switch
        {
            0 => new CaseTriaged(eventId, at, agent, (Severity)random.Next(4)),
            1 => new CaseAssigned(eventId, at, agent, agent.Id, random.Next(2) == 0 ? null : "support"),
            2 => new CasePriorityChanged(eventId, at, agent, (CasePriority)random.Next(4)),
            3 => new PublicReplyPosted(eventId, at, agent, "Nous sommes désolés."),
            4 => new PrivateContactMade(eventId, at, agent, (ContactChannel)random.Next(3)),
            5 => new CustomerReplied(eventId, at, Actor.Customer, (ContactChannel)random.Next(4)),
            6 => new WaitingOnCustomerStarted(eventId, at, agent),
            7 => new CaseResumed(eventId, at, agent),
            8 => new GoodwillGestureOffered(eventId, at, agent, GestureKind.Voucher, random.Next(5, 50), "EUR"),
            9 => new CaseResolved(eventId, at, agent, "Solution livrée"),
            10 => new CaseClosed(eventId, at, agent),
            11 => new CaseReopened(eventId, at, agent),
            12 => new CaseEscalated(eventId, at, Actor.System("rules"), random.Next(2) == 0 ? "first-reply" : "resolution", random.Next(1, 3)),
            13 => new ReviewRevised(eventId, at, Actor.System("import"), new Review(
                c.Review.Id, c.Review.PublishedAt, "Édité", rating: new Rating(random.Next(1, 6), RatingScale.FiveStars), updatedAt: at)),
            14 => new NoteAdded(eventId, at, agent, "Note"),
            _ => new CaseResolved(eventId, at, agent, "Solution livrée"),
        };
    }

    /// <summary>Longer timelines than <see cref="Scenarios"/>, past the buffer's growth steps and the id index's threshold.</summary>
    public static class LongTimelines
    {
        public static Arbitrary<Scenario> Scenarios() =>
            (from seed in Gen.Choose(0, int.MaxValue - 1)
             from length in Gen.Choose(1, 300)
             select Build(seed, length)).ToArbitrary();
    }
}

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
}

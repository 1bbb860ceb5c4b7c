using BenchmarkDotNet.Attributes;
using ReviewKit.Cases;
using ReviewKit.Reviews;

namespace ReviewKit.Benchmarks.Cases;

/// <summary>
/// Folding a case timeline of 100, 1,000 and 10,000 events: applying the events one by one, in order, with today's
/// <see cref="ReviewCase"/> (successive values share one append-only buffer) against the baseline of the previous
/// behaviour (<see cref="CopyingReviewCase"/>: each Apply scans and copies the timeline), and rebuilding the case from
/// storage in one pass (<see cref="ReviewCase.FromTimeline"/>), in order and shuffled.
/// </summary>
[MemoryDiagnoser]
public class CaseTimelineBenchmarks
{
    private CaseEvent[] _ordered = [];
    private CaseEvent[] _shuffled = [];
    private readonly CaseId _caseId = new("bench-case");

    [Params(100, 1_000, 10_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ordered = TimelineFactory.Realistic(Events);
        _shuffled = [.. _ordered];
        new Random(42).Shuffle(_shuffled.AsSpan(1));
    }

    [Benchmark(Baseline = true, Description = "Apply one by one, previous (copying)")]
    public object ApplyInOrderCopying()
    {
        var c = CopyingReviewCase.Open(_caseId, (CaseOpened)_ordered[0]);
        for (var i = 1; i < _ordered.Length; i++)
        {
            c = c.Apply(_ordered[i]);
        }

        return c;
    }

    [Benchmark(Description = "Apply one by one, shared buffer")]
    public ReviewCase ApplyInOrder()
    {
        var c = ReviewCase.Open(_caseId, (CaseOpened)_ordered[0]);
        for (var i = 1; i < _ordered.Length; i++)
        {
            c = c.Apply(_ordered[i]);
        }

        return c;
    }

    [Benchmark(Description = "FromTimeline, stored order")]
    public ReviewCase FromTimelineInOrder() => ReviewCase.FromTimeline(_caseId, _ordered);

    [Benchmark(Description = "FromTimeline, shuffled")]
    public ReviewCase FromTimelineShuffled() => ReviewCase.FromTimeline(_caseId, _shuffled);
}

/// <summary>Builds valid timelines that look like real handling: replies, contacts, waits, resolutions, reopenings.</summary>
internal static class TimelineFactory
{
    public static CaseEvent[] Realistic(int count)
    {
        var start = Instant.FromUtc(2026, 3, 2, 9, 0);
        var review = new Review(
            new ReviewId(ReviewSource.Google, "bench-review"), start, "Colis jamais reçu, service client injoignable.",
            rating: new Rating(1, RatingScale.FiveStars), locationId: "paris-store");
        var agent = Actor.Agent("alice");
        var events = new List<CaseEvent>(count) { new CaseOpened(new CaseEventId("e0"), start, Actor.System("import"), review) };
        var cycle = new Func<CaseEventId, Instant, CaseEvent>[]
        {
            (id, at) => new CaseTriaged(id, at, Actor.System("triage"), Triage.Severity.High),
            (id, at) => new CaseAssigned(id, at, agent, "alice", "support"),
            (id, at) => new PublicReplyPosted(id, at, agent, "Nous sommes désolés, nous vous contactons en privé."),
            (id, at) => new PrivateContactMade(id, at, agent, ContactChannel.Phone, "Appel, colis retrouvé."),
            (id, at) => new WaitingOnCustomerStarted(id, at, agent, "Adresse de livraison à confirmer"),
            (id, at) => new CustomerReplied(id, at, Actor.Customer, ContactChannel.Email, "Voici mon adresse."),
            (id, at) => new NoteAdded(id, at, agent, "Renvoi du colis."),
            (id, at) => new CaseResolved(id, at, agent, "Colis renvoyé en express."),
            (id, at) => new CaseReopened(id, at, agent, "Toujours rien reçu."),
        };
        for (var i = 1; i < count; i++)
        {
            events.Add(cycle[(i - 1) % cycle.Length](new CaseEventId($"e{i}"), start + Duration.FromMinutes(17 * i)));
        }

        return [.. events];
    }
}

using ReviewKit.Reviews;

namespace ReviewKit.Cases;

/// <summary>The customer edited the review on its platform: a new revision of the same review. A changed rating becomes a <see cref="RatingRevision"/> of the case (a recovery when raised after resolution).</summary>
public sealed record ReviewRevised : CaseEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="id">The event's id, unique within the case.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="by">Who did it.</param>
    /// <param name="revision">The new revision; its id must be the id of the case's review.</param>
    /// <exception cref="ArgumentException">An id or actor is the default value, or an argument breaks the rule its parameter states.</exception>
    public ReviewRevised(CaseEventId id, Instant at, Actor by, Review revision)
        : base(id, at, by)
    {
        ArgumentNullException.ThrowIfNull(revision);
        Revision = revision;
    }

    /// <summary>Gets the new revision of the review.</summary>
    public Review Revision { get; }
}

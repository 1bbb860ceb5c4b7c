using ReviewKit.Reviews;

namespace ReviewKit.Cases;

/// <summary>The case was opened for a review. Always the first event of a timeline, and only once.</summary>
public sealed record CaseOpened : CaseEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="id">The event's id, unique within the case.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="by">Who did it.</param>
    /// <param name="review">The review the case handles (its first known revision).</param>
    /// <exception cref="ArgumentException">An id or actor is the default value, or an argument breaks the rule its parameter states.</exception>
    public CaseOpened(CaseEventId id, Instant at, Actor by, Review review)
        : base(id, at, by)
    {
        ArgumentNullException.ThrowIfNull(review);
        Review = review;
    }

    /// <summary>Gets the review the case handles, as it was when the case was opened.</summary>
    public Review Review { get; }
}

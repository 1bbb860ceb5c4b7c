namespace ReviewKit.Cases;

/// <summary>The business stopped waiting for the customer and resumed the case.</summary>
public sealed record CaseResumed : CaseEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="id">The event's id, unique within the case.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="by">Who did it.</param>
    /// <exception cref="ArgumentException">An id or actor is the default value, or an argument breaks the rule its parameter states.</exception>
    public CaseResumed(CaseEventId id, Instant at, Actor by)
        : base(id, at, by)
    {
    }
}

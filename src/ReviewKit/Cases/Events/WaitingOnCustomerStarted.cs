namespace ReviewKit.Cases;

/// <summary>The business now waits for the customer (an answer, a document, a visit): the clocks that pause on this state stop until the customer replies or the case resumes.</summary>
public sealed record WaitingOnCustomerStarted : CaseEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="id">The event's id, unique within the case.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="by">Who did it.</param>
    /// <param name="reason">What is awaited, optional.</param>
    /// <exception cref="ArgumentException">An id or actor is the default value, or an argument breaks the rule its parameter states.</exception>
    public WaitingOnCustomerStarted(CaseEventId id, Instant at, Actor by, string? reason = null)
        : base(id, at, by)
    {
        Reason = Guard.OptionalText(reason, nameof(reason));
    }

    /// <summary>Gets what is awaited, or <see langword="null"/>.</summary>
    public string? Reason { get; }
}

namespace ReviewKit.Cases;

/// <summary>A solution was delivered to the customer.</summary>
public sealed record CaseResolved : CaseEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="id">The event's id, unique within the case.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="by">Who did it.</param>
    /// <param name="summary">What was done (not blank).</param>
    /// <exception cref="ArgumentException">An id or actor is the default value, or an argument breaks the rule its parameter states.</exception>
    public CaseResolved(CaseEventId id, Instant at, Actor by, string summary)
        : base(id, at, by)
    {
        Summary = Guard.NotBlank(summary, nameof(summary), Guard.MaxTextLength);
    }

    /// <summary>Gets what was done.</summary>
    public string Summary { get; }
}

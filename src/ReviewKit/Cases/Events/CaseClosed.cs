namespace ReviewKit.Cases;

/// <summary>The case was closed.</summary>
public sealed record CaseClosed : CaseEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="id">The event's id, unique within the case.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="by">Who did it.</param>
    /// <param name="reason">Why, optional (for example a duplicate or spam).</param>
    /// <exception cref="ArgumentException">An id or actor is the default value, or an argument breaks the rule its parameter states.</exception>
    public CaseClosed(CaseEventId id, Instant at, Actor by, string? reason = null)
        : base(id, at, by)
    {
        Reason = Guard.OptionalText(reason, nameof(reason));
    }

    /// <summary>Gets why the case was closed, or <see langword="null"/>.</summary>
    public string? Reason { get; }
}

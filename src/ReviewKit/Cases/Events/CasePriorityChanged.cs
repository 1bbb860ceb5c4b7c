namespace ReviewKit.Cases;

/// <summary>The case's priority was changed, by a person or by an escalation rule.</summary>
public sealed record CasePriorityChanged : CaseEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="id">The event's id, unique within the case.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="by">Who did it.</param>
    /// <param name="priority">The new priority.</param>
    /// <param name="reason">Why, optional.</param>
    /// <exception cref="ArgumentException">An id or actor is the default value, or an argument breaks the rule its parameter states.</exception>
    public CasePriorityChanged(CaseEventId id, Instant at, Actor by, CasePriority priority, string? reason = null)
        : base(id, at, by)
    {
        Priority = Guard.Defined(priority, nameof(priority));
        Reason = Guard.OptionalText(reason, nameof(reason));
    }

    /// <summary>Gets the new priority.</summary>
    public CasePriority Priority { get; }

    /// <summary>Gets why the priority changed, or <see langword="null"/>.</summary>
    public string? Reason { get; }
}

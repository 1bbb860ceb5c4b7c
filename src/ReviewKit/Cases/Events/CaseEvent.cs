namespace ReviewKit.Cases;

/// <summary>
/// One fact in the timeline of a <see cref="ReviewCase"/>: something that happened at an instant, done by an actor.
/// The set of event types is closed; the case's status and every derived fact are a fold of its events.
/// </summary>
/// <remarks>
/// <para>Events have value equality: applying an event whose <see cref="Id"/> is already in the timeline is a no-op
/// when the two are equal, and an error when they differ (two facts cannot share an id).</para>
/// <para><see cref="ToString"/> names the event without its texts, which may hold personal data. Events are
/// immutable and thread-safe.</para>
/// </remarks>
public abstract record CaseEvent
{
    private protected CaseEvent(CaseEventId id, Instant at, Actor by)
    {
        Id = Guard.NotDefault(id, nameof(id));
        At = at;
        By = Guard.NotDefault(by, nameof(by));
    }

    /// <summary>Gets the event's id, unique within its case.</summary>
    public CaseEventId Id { get; }

    /// <summary>Gets when the event happened; the timeline is ordered by this instant.</summary>
    public Instant At { get; }

    /// <summary>Gets who made the event happen.</summary>
    public Actor By { get; }

    /// <summary>Returns the event's type, id, instant and actor, never its texts.</summary>
    /// <returns>For example <c>PublicReplyPosted e-42 at 2026-03-01T10:00:00Z by agent:alice</c>.</returns>
    public sealed override string ToString() => $"{GetType().Name} {Id} at {At} by {By}";
}

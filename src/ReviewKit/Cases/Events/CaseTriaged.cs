using ReviewKit.Triage;

namespace ReviewKit.Cases;

/// <summary>The case was triaged: its severity was set (by a person or by the triage service).</summary>
public sealed record CaseTriaged : CaseEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="id">The event's id, unique within the case.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="by">Who did it.</param>
    /// <param name="severity">The severity given.</param>
    /// <param name="reason">Why, in a sentence an agent can read; optional.</param>
    /// <exception cref="ArgumentException">An id or actor is the default value, or an argument breaks the rule its parameter states.</exception>
    public CaseTriaged(CaseEventId id, Instant at, Actor by, Severity severity, string? reason = null)
        : base(id, at, by)
    {
        Severity = Guard.Defined(severity, nameof(severity));
        Reason = Guard.OptionalText(reason, nameof(reason));
    }

    /// <summary>Gets the severity given.</summary>
    public Severity Severity { get; }

    /// <summary>Gets why the severity was given, or <see langword="null"/>.</summary>
    public string? Reason { get; }
}

namespace ReviewKit.Cases;

/// <summary>An escalation rule fired for the case at a level. Recorded once per rule and level, so that hosts that evaluate again, or on several machines, do not notify twice.</summary>
public sealed record CaseEscalated : CaseEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="id">The event's id, unique within the case.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="by">Who did it.</param>
    /// <param name="ruleId">The id of the rule that fired (not blank).</param>
    /// <param name="level">The level of the rule that fired, 1 or more.</param>
    /// <exception cref="ArgumentException">An id or actor is the default value, or an argument breaks the rule its parameter states.</exception>
    public CaseEscalated(CaseEventId id, Instant at, Actor by, string ruleId, int level)
        : base(id, at, by)
    {
        RuleId = Guard.NotBlank(ruleId, nameof(ruleId), Guard.MaxIdLength);
        Level = level >= 1 ? level : throw new ArgumentOutOfRangeException(nameof(level), level, "level must be 1 or more.");
    }

    /// <summary>Gets the id of the rule that fired.</summary>
    public string RuleId { get; }

    /// <summary>Gets the level that fired, 1 or more.</summary>
    public int Level { get; }
}

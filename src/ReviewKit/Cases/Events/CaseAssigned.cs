namespace ReviewKit.Cases;

/// <summary>The case was assigned to an agent, and optionally a team.</summary>
public sealed record CaseAssigned : CaseEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="id">The event's id, unique within the case.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="by">Who did it.</param>
    /// <param name="assignee">The agent's id (not blank).</param>
    /// <param name="team">The team's id, if any (not blank when given).</param>
    /// <exception cref="ArgumentException">An id or actor is the default value, or an argument breaks the rule its parameter states.</exception>
    public CaseAssigned(CaseEventId id, Instant at, Actor by, string assignee, string? team = null)
        : base(id, at, by)
    {
        Assignee = Guard.NotBlank(assignee, nameof(assignee), Guard.MaxLabelLength);
        Team = Guard.OptionalNotBlank(team, nameof(team), Guard.MaxLabelLength);
    }

    /// <summary>Gets the agent's id.</summary>
    public string Assignee { get; }

    /// <summary>Gets the team's id, or <see langword="null"/>.</summary>
    public string? Team { get; }
}

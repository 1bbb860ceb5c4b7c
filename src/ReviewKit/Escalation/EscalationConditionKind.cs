namespace ReviewKit.Escalation;

/// <summary>
/// The kinds of <see cref="EscalationCondition"/>. A rule checks its conditions in this order (cheap facts of the
/// review first, SLA clocks last), so the order of declaration never changes a rule.
/// </summary>
public enum EscalationConditionKind
{
    /// <summary>The review comes from one of a set of channels.</summary>
    Channel = 0,

    /// <summary>The review is about one of a set of locations.</summary>
    Location = 1,

    /// <summary>The severity is at least a value.</summary>
    SeverityAtLeast = 2,

    /// <summary>The rating is at most a value on the review's own scale.</summary>
    RatingAtMost = 3,

    /// <summary>The rating, normalised to [0, 1], is at most a value.</summary>
    NormalizedRatingAtMost = 4,

    /// <summary>The author's audience is at least a number of followers.</summary>
    AudienceAtLeast = 5,

    /// <summary>The same customer complained at least N times within a window.</summary>
    RepeatComplaints = 6,

    /// <summary>The case was reopened at least N times.</summary>
    Reopened = 7,

    /// <summary>The analysis found one of a set of risks.</summary>
    AnyRisk = 8,

    /// <summary>The analysis found one of a set of themes.</summary>
    AnyTheme = 9,

    /// <summary>A goodwill gesture above the agent's limit awaits approval.</summary>
    GestureAwaitingApproval = 10,

    /// <summary>No private contact some time after the first public reply.</summary>
    NoPrivateContactAfterPublicReply = 11,

    /// <summary>The case has waited on the customer for at least a duration.</summary>
    WaitingOnCustomer = 12,

    /// <summary>An SLA clock has used at least a percentage of its goal.</summary>
    GoalUsed = 13,

    /// <summary>An SLA clock is due within an offset.</summary>
    DueWithin = 14,

    /// <summary>An SLA clock is overdue by at least an offset.</summary>
    OverdueBy = 15,

    /// <summary>An SLA clock is breached (over its limit).</summary>
    Breached = 16,
}

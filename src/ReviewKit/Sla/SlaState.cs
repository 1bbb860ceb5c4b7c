namespace ReviewKit.Sla;

/// <summary>Where one SLA clock of a case stands at the moment of evaluation.</summary>
public enum SlaState
{
    /// <summary>The metric does not apply (no target in the policy, a private-channel review for the public reply, no unanswered message).</summary>
    NotApplicable = 0,

    /// <summary>Started, not stopped, within its limit, and counting.</summary>
    Running = 1,

    /// <summary>Started, not stopped, within its limit, and stopped for now (waiting on the customer).</summary>
    Paused = 2,

    /// <summary>Stopped with the elapsed business time at or under the goal.</summary>
    Met = 3,

    /// <summary>Stopped after the goal but at or under the limit.</summary>
    MetLate = 4,

    /// <summary>The elapsed business time went over the limit (stopped or not).</summary>
    Breached = 5,
}

namespace ReviewKit.Responses;

/// <summary>Where a step of a <see cref="ResponsePlan"/> stands, read from the case's timeline at the moment of planning.</summary>
public enum ResponseStepState
{
    /// <summary>The step does not apply to this case (a private-channel review has no public reply, a closed case has nothing due, the policy allows no gesture...).</summary>
    NotApplicable = 0,

    /// <summary>The step waits on an earlier one (the follow-up waits for the resolution) or on someone else (a gesture recorded as awaiting approval): nothing to do yet.</summary>
    Pending = 1,

    /// <summary>The step is to be done, and its due instant (if any) has not passed.</summary>
    Due = 2,

    /// <summary>The step is to be done and its due instant has passed.</summary>
    Overdue = 3,

    /// <summary>The timeline shows the step was done.</summary>
    Done = 4,
}

namespace ReviewKit.Improvement;

/// <summary>Where an <see cref="ImprovementAction"/> stands.</summary>
public enum ImprovementActionStatus
{
    /// <summary>Proposed (for example by <see cref="ImprovementBacklog"/> from the irritant ranking), not yet decided.</summary>
    Proposed = 0,

    /// <summary>Decided and planned, not started.</summary>
    Planned = 1,

    /// <summary>Being put in place.</summary>
    InProgress = 2,

    /// <summary>In place.</summary>
    Done = 3,

    /// <summary>Given up.</summary>
    Abandoned = 4,
}

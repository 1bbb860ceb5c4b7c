namespace ReviewKit.Cases;

/// <summary>The handling priority of a case, set by people or by escalation rules. Ordered: a higher value is more urgent.</summary>
public enum CasePriority
{
    /// <summary>Handle when time allows.</summary>
    Low = 0,

    /// <summary>The default priority of a new case.</summary>
    Normal = 1,

    /// <summary>Handle before normal cases.</summary>
    High = 2,

    /// <summary>Handle now.</summary>
    Urgent = 3,
}

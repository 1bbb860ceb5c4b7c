namespace ReviewKit.Escalation;

/// <summary>What an <see cref="EscalationAction"/> does.</summary>
public enum EscalationActionKind
{
    /// <summary>Notify roles or named recipients.</summary>
    Notify = 0,

    /// <summary>Raise the case's priority (never lowers it).</summary>
    RaisePriority = 1,

    /// <summary>Move the case to a queue the host owns.</summary>
    MoveToQueue = 2,

    /// <summary>Require approval of the reply or of the gesture.</summary>
    RequireApproval = 3,
}

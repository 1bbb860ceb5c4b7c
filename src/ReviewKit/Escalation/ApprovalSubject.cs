namespace ReviewKit.Escalation;

/// <summary>What an escalation makes subject to approval before it goes to the customer.</summary>
public enum ApprovalSubject
{
    /// <summary>The public reply (or the next reply) must be approved before it is posted.</summary>
    Reply = 0,

    /// <summary>The goodwill gesture must be approved before it is offered.</summary>
    Gesture = 1,
}

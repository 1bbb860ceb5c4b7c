namespace ReviewKit.Cases;

/// <summary>Where a <see cref="ReviewCase"/> stands; a fold of its timeline.</summary>
public enum CaseStatus
{
    /// <summary>Opened, and nobody has acted on it yet (no reply, contact or gesture).</summary>
    Open = 0,

    /// <summary>Someone is acting on it: a reply, a contact, a gesture, a resumption or a reopening.</summary>
    InProgress = 1,

    /// <summary>Waiting for the customer's answer: the clocks that pause on this state are stopped.</summary>
    WaitingOnCustomer = 2,

    /// <summary>A solution was delivered; the case can still be closed or reopened.</summary>
    Resolved = 3,

    /// <summary>Closed: only a reopening, a customer message, a note or a review revision may follow.</summary>
    Closed = 4,
}

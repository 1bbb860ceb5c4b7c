namespace ReviewKit.Responses;

/// <summary>What an agent may do with a proposed goodwill gesture, as <see cref="GestureAllowance.Evaluate"/> decides it.</summary>
public enum GestureDecision
{
    /// <summary>The policy does not allow it: a kind that is not allowed, a discount over the maximum percentage, or a value over the cap.</summary>
    NotAllowed = 0,

    /// <summary>Within the caps, but above what the agent may offer alone (over the approval threshold, over the remaining budget, or of unknown cost): ask first.</summary>
    NeedsApproval = 1,

    /// <summary>The agent may offer it without asking.</summary>
    Allowed = 2,
}

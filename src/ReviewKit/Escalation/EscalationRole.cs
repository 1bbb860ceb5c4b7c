namespace ReviewKit.Escalation;

/// <summary>
/// Who an escalation notifies, as a role; the host resolves each role to people for the case (its assignee, the
/// assignee's team lead, ...). The set is closed; people outside it are named with <see cref="EscalationRecipient.Named(string)"/>.
/// </summary>
public enum EscalationRole
{
    /// <summary>The agent the case is assigned to.</summary>
    Agent = 0,

    /// <summary>The lead of the team that handles the case.</summary>
    TeamLead = 1,

    /// <summary>The manager of the location or of the service.</summary>
    Manager = 2,

    /// <summary>The quality manager who runs the quality meeting.</summary>
    Quality = 3,

    /// <summary>The legal department (threats of lawsuits, defamation).</summary>
    Legal = 4,

    /// <summary>Communications (public exposure, influencers, the press).</summary>
    Communications = 5,
}

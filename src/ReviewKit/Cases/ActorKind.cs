namespace ReviewKit.Cases;

/// <summary>Who made an event of a case timeline happen.</summary>
public enum ActorKind
{
    /// <summary>A person of the business: an agent, a team lead, a manager.</summary>
    Agent = 0,

    /// <summary>Software: an import, a rule, an automation.</summary>
    System = 1,

    /// <summary>The customer who wrote the review.</summary>
    Customer = 2,
}

namespace ReviewKit.Triage;

/// <summary>How serious a negative review is, from the business's point of view. Ordered: a higher value is more serious.</summary>
public enum Severity
{
    /// <summary>A mild criticism: reply within the usual time.</summary>
    Low = 0,

    /// <summary>A clear complaint about an unmet need.</summary>
    Medium = 1,

    /// <summary>A strong complaint, a repeat complainant or a large audience: a team lead should look.</summary>
    High = 2,

    /// <summary>A risk that cannot wait (legal threat, health and safety, public exposure): escalate at once.</summary>
    Critical = 3,
}

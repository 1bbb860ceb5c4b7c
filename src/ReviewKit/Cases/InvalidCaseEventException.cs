namespace ReviewKit.Cases;

/// <summary>
/// Thrown when an event makes no sense in the state of the case where it lands (a resolution before the opening, a
/// public reply on a closed case, ...), or reuses the id of a different event. The case is left unchanged.
/// </summary>
public sealed class InvalidCaseEventException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="caseId">The case.</param>
    /// <param name="status">The status of the case where the event lands, or <see langword="null"/> before the opening.</param>
    /// <param name="caseEvent">The rejected event.</param>
    /// <param name="rule">The rule the event breaks, as a sentence.</param>
    public InvalidCaseEventException(CaseId caseId, CaseStatus? status, CaseEvent caseEvent, string rule)
        : base(BuildMessage(caseId, status, caseEvent, rule))
    {
        ArgumentNullException.ThrowIfNull(caseEvent);
        CaseId = caseId;
        Status = status;
        Event = caseEvent;
        Rule = rule;
    }

    /// <summary>Gets the case.</summary>
    public CaseId CaseId { get; }

    /// <summary>Gets the status of the case where the event lands, or <see langword="null"/> when it lands before the opening.</summary>
    public CaseStatus? Status { get; }

    /// <summary>Gets the rejected event.</summary>
    public CaseEvent Event { get; }

    /// <summary>Gets the rule the event breaks.</summary>
    public string Rule { get; }

    private static string BuildMessage(CaseId caseId, CaseStatus? status, CaseEvent caseEvent, string rule) =>
        $"Case '{caseId}' (status {(status is { } s ? s.ToString() : "not opened")}) cannot accept {caseEvent}: {rule}";
}

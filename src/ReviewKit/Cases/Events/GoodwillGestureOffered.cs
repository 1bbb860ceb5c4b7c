namespace ReviewKit.Cases;

/// <summary>A goodwill gesture (discount, voucher, refund, free service) was offered to the customer. It must never be conditioned on changing the review.</summary>
/// <remarks>
/// <para><b>Approval.</b> A gesture above what the agent may offer alone (a <see cref="Responses.GestureAllowance"/> says
/// <see cref="Responses.GestureDecision.NeedsApproval"/>) is recorded with <see cref="AwaitsApproval"/> set: it is
/// proposed, not yet promised. It is approved when another agent (the approver) records the same gesture (same kind,
/// amount and currency), normally without the flag. Until then the escalation condition
/// <see cref="Escalation.EscalationCondition.GestureAwaitingApproval()"/> holds and the response plan's gesture step is
/// <see cref="Responses.ResponseStepState.Pending"/>; once approved, the step is done.</para>
/// </remarks>
public sealed record GoodwillGestureOffered : CaseEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="id">The event's id, unique within the case.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="by">Who did it.</param>
    /// <param name="kind">The kind of gesture.</param>
    /// <param name="amount">The percentage for a discount (greater than 0, at most 100); otherwise the value, zero or more.</param>
    /// <param name="currency">The ISO 4217 code (three capital letters) of a voucher or refund; required for them, forbidden for a percentage.</param>
    /// <param name="description">What was offered, in words, optional.</param>
    /// <exception cref="ArgumentException">An id or actor is the default value, or an argument breaks the rule its parameter states.</exception>
    public GoodwillGestureOffered(CaseEventId id, Instant at, Actor by, GestureKind kind, decimal amount, string? currency = null, string? description = null)
        : base(id, at, by)
    {
        Kind = Guard.Defined(kind, nameof(kind));
        Amount = GestureRules.Amount(kind, amount, nameof(amount));
        Currency = GestureRules.Currency(kind, currency, nameof(currency));
        Description = Guard.OptionalText(description, nameof(description));
    }

    /// <summary>Gets the kind of gesture.</summary>
    public GestureKind Kind { get; }

    /// <summary>Gets the percentage of a discount, or the value of the other kinds.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the ISO 4217 currency code, or <see langword="null"/>.</summary>
    public string? Currency { get; }

    /// <summary>Gets what was offered, in words, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>
    /// Gets a value indicating whether the agent recorded the gesture as awaiting a manager's approval (the response
    /// plan said <see cref="Responses.GestureDecision.NeedsApproval"/>); the approval is the same gesture recorded by another agent.
    /// </summary>
    /// <value>The default value is <see langword="false"/>: the agent offered it within what they may offer alone.</value>
    public bool AwaitsApproval { get; init; }
}

using ReviewKit.Cases;

namespace ReviewKit.Responses;

/// <summary>One step of a <see cref="ResponsePlan"/>: what to do, by when, and where it stands.</summary>
/// <remarks>
/// <para><see cref="DueAt"/> comes from the case's SLA clocks (first public reply, first private contact, resolution) as
/// the <see cref="Sla.SlaEvaluator"/> computed them, or from the policy's follow-up delay; it is <see langword="null"/>
/// when no clock or delay applies. A step is never both <see cref="ResponseStepState.Done"/> and overdue.</para>
/// <para>An immutable value with equality over all members; thread-safe.</para>
/// </remarks>
public readonly struct ResponseStep : IEquatable<ResponseStep>
{
    private readonly string? _guidance;

    internal ResponseStep(ResponseStepKind kind, ResponseStepState state, Instant? dueAt, Instant? doneAt, ContactChannel? channel, string guidance)
    {
        Kind = kind;
        State = state;
        DueAt = dueAt;
        DoneAt = doneAt;
        Channel = channel;
        _guidance = guidance;
    }

    /// <summary>Gets what the step is.</summary>
    public ResponseStepKind Kind { get; }

    /// <summary>Gets where the step stands.</summary>
    public ResponseStepState State { get; }

    /// <summary>Gets when the step is due, or <see langword="null"/> when no SLA clock or delay applies (or not yet: a pending follow-up).</summary>
    public Instant? DueAt { get; }

    /// <summary>Gets when the timeline shows the step done, or <see langword="null"/>.</summary>
    public Instant? DoneAt { get; }

    /// <summary>Gets the channel of a private contact or follow-up (chosen, or used when done), or <see langword="null"/>.</summary>
    public ContactChannel? Channel { get; }

    /// <summary>Gets a short instruction for the agent, in the review's language (French or English).</summary>
    public string Guidance => _guidance ?? string.Empty;

    /// <summary>Gets a value indicating whether the step still has to be done: <see cref="ResponseStepState.Due"/> or <see cref="ResponseStepState.Overdue"/>.</summary>
    public bool IsOpen => State is ResponseStepState.Due or ResponseStepState.Overdue;

    /// <summary>Compares two steps for equality.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(ResponseStep left, ResponseStep right) => left.Equals(right);

    /// <summary>Compares two steps for inequality.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when a member differs.</returns>
    public static bool operator !=(ResponseStep left, ResponseStep right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ResponseStep other) =>
        Kind == other.Kind && State == other.State && DueAt == other.DueAt && DoneAt == other.DoneAt && Channel == other.Channel
        && string.Equals(Guidance, other.Guidance, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ResponseStep other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, State, DueAt, DoneAt, Channel);

    /// <summary>Returns the kind, the state and the due or done instant.</summary>
    /// <returns>For example <c>PrivateContact Due by 2026-03-04T09:00:00Z (Phone)</c>.</returns>
    public override string ToString() =>
        $"{Kind} {State}{(DoneAt is { } done ? $" at {done}" : DueAt is { } due ? $" by {due}" : string.Empty)}{(Channel is { } c ? $" ({c})" : string.Empty)}";
}

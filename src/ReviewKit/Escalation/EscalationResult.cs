using System.Collections.Immutable;
using ReviewKit.Cases;

namespace ReviewKit.Escalation;

/// <summary>What an <see cref="IEscalationEngine"/> found for one case at one instant: the rules that fire now and when to look again.</summary>
/// <remarks>An immutable value; thread-safe. Equality over every member (decisions in order).</remarks>
public readonly struct EscalationResult : IEquatable<EscalationResult>
{
    internal EscalationResult(CaseId caseId, Instant evaluatedAt, ImmutableArray<EscalationDecision> decisions, Instant? nextEvaluationAt)
    {
        CaseId = caseId;
        EvaluatedAt = evaluatedAt;
        Decisions = decisions.IsDefault ? [] : decisions;
        NextEvaluationAt = nextEvaluationAt;
    }

    /// <summary>Gets the case.</summary>
    public CaseId CaseId { get; }

    /// <summary>Gets the instant of the evaluation.</summary>
    public Instant EvaluatedAt { get; }

    /// <summary>Gets the rules that fire now and were not recorded yet, in rule order; empty most of the time.</summary>
    public ImmutableArray<EscalationDecision> Decisions { get; }

    /// <summary>
    /// Gets the earliest instant after <see cref="EvaluatedAt"/> at which a rule that does not fire now would fire if
    /// nothing else happens to the case, or <see langword="null"/> when time alone never makes one fire. A host schedules
    /// one timer per case at this instant, and evaluates again sooner when the case changes (a new event, a new triage).
    /// No rule fires strictly between <see cref="EvaluatedAt"/> and this instant unless the case changes.
    /// </summary>
    public Instant? NextEvaluationAt { get; }

    /// <summary>Gets a value indicating whether a rule fires.</summary>
    public bool HasDecisions => !Decisions.IsDefaultOrEmpty;

    /// <summary>Compares two results for equality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(EscalationResult left, EscalationResult right) => left.Equals(right);

    /// <summary>Compares two results for inequality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EscalationResult left, EscalationResult right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(EscalationResult other) =>
        CaseId == other.CaseId && EvaluatedAt == other.EvaluatedAt && NextEvaluationAt == other.NextEvaluationAt
        && Decisions.AsSpan().SequenceEqual(other.Decisions.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EscalationResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CaseId, EvaluatedAt, NextEvaluationAt, Decisions.Length);

    /// <summary>Describes the result.</summary>
    /// <returns>The number of decisions and the next evaluation.</returns>
    public override string ToString() =>
        $"{CaseId} at {EvaluatedAt}: {Decisions.Length} decision(s), next evaluation {(NextEvaluationAt?.ToString() ?? "never")}";
}

using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReviewKit.Cases;

namespace ReviewKit.Escalation;

/// <summary>
/// A rule that fires for a case: which rule and level, what to do, and why, in words a team lead understands. Made by an
/// <see cref="IEscalationEngine"/>, applied by an <see cref="EscalationDispatcher"/>.
/// </summary>
/// <remarks>
/// <para><b>Identity.</b> <see cref="IdempotencyKey"/> and <see cref="EventId"/> are derived from the case id, the rule
/// id, the level and the number of reopenings of the case (<see cref="Cycle"/>) only: every machine that decides the
/// same escalation for the same handling cycle derives the same ids, so retries and concurrent hosts record and notify
/// it once. A reopened case is a new cycle and may escalate again.</para>
/// <para>Immutable and thread-safe; equality over the case, the rule, the cycle, the instant and the reason.</para>
/// </remarks>
public sealed class EscalationDecision : IEquatable<EscalationDecision>
{
    internal EscalationDecision(CaseId caseId, EscalationRule rule, int cycle, Instant decidedAt, string reason)
    {
        CaseId = caseId;
        Rule = rule;
        Cycle = cycle;
        DecidedAt = decidedAt;
        Reason = reason;
        IdempotencyKey = string.Create(
            CultureInfo.InvariantCulture, $"{caseId.Value.Length}:{caseId.Value}/escalation:{rule.Id}:{rule.Level}:{cycle}");
        EventId = EventIdFor(IdempotencyKey, "escalation");
        PriorityEventId = EventIdFor(IdempotencyKey, "escalation-priority");
    }

    /// <summary>Gets the case.</summary>
    public CaseId CaseId { get; }

    /// <summary>Gets the rule that fired.</summary>
    public EscalationRule Rule { get; }

    /// <summary>Gets the rule's id.</summary>
    public string RuleId => Rule.Id;

    /// <summary>Gets the level that fired.</summary>
    public int Level => Rule.Level;

    /// <summary>Gets what to do.</summary>
    public ImmutableArray<EscalationAction> Actions => Rule.Actions;

    /// <summary>Gets the handling cycle: the case's <see cref="ReviewCase.ReopenCount"/> when the decision was made.</summary>
    public int Cycle { get; }

    /// <summary>Gets when the engine decided.</summary>
    public Instant DecidedAt { get; }

    /// <summary>Gets why the rule fired, with the case's figures, for example <c>FirstPublicReply: 76% of the goal used (threshold 75%)</c>.</summary>
    public string Reason { get; }

    /// <summary>Gets the key notifiers use to deliver the decision once, whatever the retries; unique across cases.</summary>
    public string IdempotencyKey { get; }

    /// <summary>Gets the id of the <see cref="CaseEscalated"/> event that records the decision in the case.</summary>
    public CaseEventId EventId { get; }

    /// <summary>Gets the id of the <see cref="CasePriorityChanged"/> event a raise of priority records.</summary>
    public CaseEventId PriorityEventId { get; }

    /// <summary>Gets everyone the decision notifies, in order, without duplicates.</summary>
    public ImmutableArray<EscalationRecipient> Recipients =>
        [.. Rule.Actions.Where(a => a.Kind == EscalationActionKind.Notify).SelectMany(a => a.Recipients).Distinct()];

    /// <summary>Compares two decisions for equality.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(EscalationDecision? left, EscalationDecision? right) => Equals(left, right);

    /// <summary>Compares two decisions for inequality.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EscalationDecision? left, EscalationDecision? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(EscalationDecision? other) =>
        other is not null && CaseId == other.CaseId && Rule.Equals(other.Rule) && Cycle == other.Cycle && DecidedAt == other.DecidedAt
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EscalationDecision);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CaseId, Rule, Cycle, DecidedAt);

    /// <summary>Describes the decision.</summary>
    /// <returns>For example <c>case-1: first-reply level 1 (FirstPublicReply: 52% of the goal used (threshold 50%))</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{CaseId}: {RuleId} level {Level} ({Reason})");

    private static CaseEventId EventIdFor(string key, string prefix)
    {
        var id = $"{prefix}:{key}";
        if (id.Length <= Guard.MaxIdLength)
        {
            return new CaseEventId(id);
        }

        // Too long to read: a digest of the same key is just as deterministic.
        return new CaseEventId($"{prefix}:sha256:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))}");
    }
}

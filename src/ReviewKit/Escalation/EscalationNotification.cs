using System.Collections.Immutable;
using ReviewKit.Cases;

namespace ReviewKit.Escalation;

/// <summary>One escalation to deliver: the decision, who to notify, and the key that makes delivery idempotent.</summary>
/// <remarks>Immutable and thread-safe. Two notifications are equal when their <see cref="IdempotencyKey"/>s are: they deliver the same escalation.</remarks>
public sealed class EscalationNotification : IEquatable<EscalationNotification>
{
    /// <summary>Creates a notification for a decision about a case.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="assignee">The case's assignee when the decision is delivered, or <see langword="null"/>; the host resolves <see cref="EscalationRole.Agent"/> to it.</param>
    /// <param name="team">The case's team, or <see langword="null"/>; the host resolves the other roles with it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public EscalationNotification(EscalationDecision decision, string? assignee = null, string? team = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        Decision = decision;
        Assignee = assignee;
        Team = team;
    }

    /// <summary>Gets the decision.</summary>
    public EscalationDecision Decision { get; }

    /// <summary>Gets the key to deliver the notification once; see <see cref="EscalationDecision.IdempotencyKey"/>.</summary>
    public string IdempotencyKey => Decision.IdempotencyKey;

    /// <summary>Gets the case.</summary>
    public CaseId CaseId => Decision.CaseId;

    /// <summary>Gets when the escalation was decided.</summary>
    public Instant At => Decision.DecidedAt;

    /// <summary>Gets everyone to notify (roles and named recipients); may be empty when the rule only changes the case.</summary>
    public ImmutableArray<EscalationRecipient> Recipients => Decision.Recipients;

    /// <summary>Gets the case's assignee, or <see langword="null"/>.</summary>
    public string? Assignee { get; }

    /// <summary>Gets the case's team, or <see langword="null"/>.</summary>
    public string? Team { get; }

    /// <summary>Compares two notifications for equality.</summary>
    /// <param name="left">The first notification.</param>
    /// <param name="right">The second notification.</param>
    /// <returns><see langword="true"/> when their keys are equal.</returns>
    public static bool operator ==(EscalationNotification? left, EscalationNotification? right) => Equals(left, right);

    /// <summary>Compares two notifications for inequality.</summary>
    /// <param name="left">The first notification.</param>
    /// <param name="right">The second notification.</param>
    /// <returns><see langword="true"/> when their keys differ.</returns>
    public static bool operator !=(EscalationNotification? left, EscalationNotification? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(EscalationNotification? other) =>
        other is not null && string.Equals(IdempotencyKey, other.IdempotencyKey, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EscalationNotification);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(IdempotencyKey);

    /// <summary>Describes the notification.</summary>
    /// <returns>The decision and the recipients.</returns>
    public override string ToString() => $"{Decision} -> {string.Join(", ", Recipients)}";
}

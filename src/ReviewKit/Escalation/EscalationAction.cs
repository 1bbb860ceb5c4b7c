using System.Collections.Immutable;
using ReviewKit.Cases;

namespace ReviewKit.Escalation;

/// <summary>What happens when an <see cref="EscalationRule"/> fires: notify, raise the priority, move to a queue, require an approval.</summary>
/// <remarks>
/// <para><see cref="EscalationDispatcher"/> records a raise of priority in the case timeline
/// (<see cref="CasePriorityChanged"/>); every action, notifications, queues and approvals included, reaches the
/// host's <see cref="IEscalationNotifier"/>s, which own the people, the queues and the approval workflow.</para>
/// <para>Immutable and thread-safe; value equality (recipients in order).</para>
/// </remarks>
public sealed class EscalationAction : IEquatable<EscalationAction>
{
    private EscalationAction(EscalationActionKind kind, ImmutableArray<EscalationRecipient> recipients, CasePriority priority, string? queue, ApprovalSubject approval)
    {
        Kind = kind;
        Recipients = recipients;
        Priority = priority;
        Queue = queue;
        Approval = approval;
    }

    /// <summary>Gets what the action does.</summary>
    public EscalationActionKind Kind { get; }

    /// <summary>Gets who is notified; empty unless <see cref="Kind"/> is <see cref="EscalationActionKind.Notify"/>.</summary>
    public ImmutableArray<EscalationRecipient> Recipients { get; }

    /// <summary>Gets the priority to raise to; meaningful for <see cref="EscalationActionKind.RaisePriority"/>.</summary>
    public CasePriority Priority { get; }

    /// <summary>Gets the queue to move to, or <see langword="null"/> unless <see cref="Kind"/> is <see cref="EscalationActionKind.MoveToQueue"/>.</summary>
    public string? Queue { get; }

    /// <summary>Gets what must be approved; meaningful for <see cref="EscalationActionKind.RequireApproval"/>.</summary>
    public ApprovalSubject Approval { get; }

    /// <summary>Creates an action that notifies recipients.</summary>
    /// <param name="recipients">Roles or named recipients; at least one; duplicates are removed, the first occurrence kept.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipients"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recipients"/> is empty.</exception>
    public static EscalationAction Notify(IEnumerable<EscalationRecipient> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var distinct = recipients.Distinct().ToImmutableArray();
        return distinct.IsEmpty
            ? throw new ArgumentException("recipients must name at least one role or recipient.", nameof(recipients))
            : new EscalationAction(EscalationActionKind.Notify, distinct, default, null, default);
    }

    /// <summary>Creates an action that notifies roles.</summary>
    /// <param name="roles">The roles; at least one.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roles"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roles"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A role is not a defined value.</exception>
    public static EscalationAction Notify(params EscalationRole[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return Notify(roles.Select(EscalationRecipient.FromRole));
    }

    /// <summary>Creates an action that raises the case's priority; a case already at or above it keeps its priority.</summary>
    /// <param name="priority">The priority to raise to.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="priority"/> is not a defined value.</exception>
    public static EscalationAction RaisePriority(CasePriority priority) =>
        new(EscalationActionKind.RaisePriority, [], Guard.Defined(priority, nameof(priority)), null, default);

    /// <summary>Creates an action that moves the case to a queue.</summary>
    /// <param name="queue">The queue's id, as the host knows it; not blank, at most 512 characters.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="queue"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="queue"/> is blank or too long.</exception>
    public static EscalationAction MoveToQueue(string queue) =>
        new(EscalationActionKind.MoveToQueue, [], default, Guard.NotBlank(queue, nameof(queue), Guard.MaxLabelLength), default);

    /// <summary>Creates an action that requires approval of the reply or of the gesture.</summary>
    /// <param name="subject">What must be approved.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="subject"/> is not a defined value.</exception>
    public static EscalationAction RequireApproval(ApprovalSubject subject) =>
        new(EscalationActionKind.RequireApproval, [], default, null, Guard.Defined(subject, nameof(subject)));

    /// <summary>Compares two actions for equality.</summary>
    /// <param name="left">The first action.</param>
    /// <param name="right">The second action.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(EscalationAction? left, EscalationAction? right) => Equals(left, right);

    /// <summary>Compares two actions for inequality.</summary>
    /// <param name="left">The first action.</param>
    /// <param name="right">The second action.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EscalationAction? left, EscalationAction? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(EscalationAction? other) =>
        other is not null && Kind == other.Kind && Priority == other.Priority && Approval == other.Approval
        && string.Equals(Queue, other.Queue, StringComparison.Ordinal) && Recipients.SequenceEqual(other.Recipients);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EscalationAction);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Priority, Approval, Queue, Recipients.Length);

    /// <summary>Describes the action.</summary>
    /// <returns>For example <c>notify role:TeamLead, ops@example.com</c> or <c>raise priority to High</c>.</returns>
    public override string ToString() => Kind switch
    {
        EscalationActionKind.Notify => $"notify {string.Join(", ", Recipients)}",
        EscalationActionKind.RaisePriority => $"raise priority to {Priority}",
        EscalationActionKind.MoveToQueue => $"move to queue {Queue}",
        _ => $"require approval of the {Approval.ToString().ToLowerInvariant()}",
    };
}

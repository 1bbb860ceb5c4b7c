namespace ReviewKit.Escalation;

/// <summary>
/// Delivers escalations to people: e-mail, chat, the CRM's inbox, a digest queue. Implemented by hosts and called by
/// <see cref="EscalationDispatcher"/>.
/// </summary>
/// <remarks>
/// <para>The dispatcher calls the notifiers before it records the escalation in the case, so a failure is retried by
/// the host with the same <see cref="EscalationNotification.IdempotencyKey"/>: implementations deliver a key at most
/// once (an outbox, a unique index) to turn at-least-once calls into exactly-once delivery.</para>
/// <para>Implementations must be thread-safe.</para>
/// </remarks>
public interface IEscalationNotifier
{
    /// <summary>Delivers one escalation.</summary>
    /// <param name="notification">What to deliver, to whom, with its idempotency key.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>A task that completes when the notification is delivered (or safely queued).</returns>
    Task NotifyAsync(EscalationNotification notification, CancellationToken cancellationToken);
}

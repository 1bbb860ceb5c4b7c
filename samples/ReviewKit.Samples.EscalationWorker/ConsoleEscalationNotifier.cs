using System.Collections.Concurrent;
using ReviewKit.Escalation;

namespace ReviewKit.Samples.EscalationWorker;

/// <summary>Prints each escalation once (by idempotency key) and keeps them for the digest printed at the end.</summary>
public sealed class ConsoleEscalationNotifier(TextWriter output) : IEscalationNotifier
{
    private readonly ConcurrentDictionary<string, EscalationNotification> _delivered = new(StringComparer.Ordinal);

    public IReadOnlyCollection<EscalationNotification> Delivered => [.. _delivered.Values];

    public Task NotifyAsync(EscalationNotification notification, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_delivered.TryAdd(notification.IdempotencyKey, notification))
        {
            var d = notification.Decision;
            output.WriteLine($"  ESCALATE {d.CaseId} {d.RuleId} level {d.Level} -> {string.Join(", ", notification.Recipients)}");
            output.WriteLine($"           why: {d.Reason}");
            foreach (var action in d.Actions.Where(a => a.Kind != EscalationActionKind.Notify))
            {
                output.WriteLine($"           and: {action}");
            }
        }

        return Task.CompletedTask;
    }
}

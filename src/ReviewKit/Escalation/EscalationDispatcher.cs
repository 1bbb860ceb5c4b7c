using System.Diagnostics;
using System.Diagnostics.Metrics;
using ReviewKit.Cases;

namespace ReviewKit.Escalation;

/// <summary>
/// Applies escalation decisions: notifies the host's <see cref="IEscalationNotifier"/>s, then records each decision in
/// the case (<see cref="CaseEscalated"/>, and <see cref="CasePriorityChanged"/> for a raise of priority).
/// </summary>
/// <remarks>
/// <para><b>Idempotent.</b> Event ids and idempotency keys are derived from the case, the rule, the level and the
/// handling cycle (<see cref="EscalationDecision"/>). A decision already in the case (same event id, or the same rule
/// and level in the cycle) is skipped, so a host that retries, or two machines that evaluated the same case, record it
/// once; notifiers see the same key on a retry and deliver it once. A decision of an older cycle (the case was reopened
/// since) or for a case now resolved or closed is dropped.</para>
/// <para><b>Order.</b> Notifiers are called before the case is changed: if a notifier throws, nothing is recorded and
/// the host retries later (at-least-once calls, exactly-once delivery by key). The host stores the returned case.</para>
/// <para><b>Other actions.</b> Moves to a queue and approvals are the host's: they reach the notifiers with the decision
/// (<see cref="EscalationDecision.Actions"/>) and are not recorded in the timeline.</para>
/// <para><b>Metrics.</b> Each recorded escalation adds 1 to the counter <c>reviewkit.escalation.escalations</c> of the
/// meter <see cref="MeterName"/>, tagged with <c>rule</c> and <c>level</c>.</para>
/// <para>Thread-safe when the notifiers are.</para>
/// </remarks>
public sealed class EscalationDispatcher
{
    /// <summary>The name of the <see cref="Meter"/> that counts escalations.</summary>
    public const string MeterName = "ReviewKit.Escalation";

    private static readonly Meter EscalationMeter = new(MeterName);
    private static readonly Counter<long> Escalations = EscalationMeter.CreateCounter<long>(
        "reviewkit.escalation.escalations", "{escalation}", "Escalations recorded in cases, by rule and level.");

    private readonly IEscalationNotifier[] _notifiers;

    /// <summary>Creates a dispatcher.</summary>
    /// <param name="notifiers">The notifiers, called in order for each decision; may be empty.</param>
    /// <param name="actor">Who records the events; <see langword="null"/> for the system actor <c>escalation</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="notifiers"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="notifiers"/> holds a null, or <paramref name="actor"/> is the default value.</exception>
    public EscalationDispatcher(IEnumerable<IEscalationNotifier> notifiers, Actor? actor = null)
    {
        ArgumentNullException.ThrowIfNull(notifiers);
        _notifiers = [.. notifiers];
        if (Array.IndexOf(_notifiers, null) >= 0)
        {
            throw new ArgumentException("notifiers must not contain null.", nameof(notifiers));
        }

        Actor = actor is { } a ? Guard.NotDefault(a, nameof(actor)) : Actor.System("escalation");
    }

    /// <summary>Gets who records the events.</summary>
    public Actor Actor { get; }

    /// <summary>Notifies and records the decisions of an evaluation.</summary>
    /// <param name="reviewCase">The case as the host holds it now (possibly newer than the one evaluated).</param>
    /// <param name="result">The evaluation of the case.</param>
    /// <param name="cancellationToken">Cancels between notifications.</param>
    /// <returns>The case with the decisions recorded; the same case when there was nothing new to record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reviewCase"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="result"/> is about another case.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ReviewCase> DispatchAsync(ReviewCase reviewCase, EscalationResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reviewCase);
        if (result.HasDecisions && result.CaseId != reviewCase.Id)
        {
            throw new ArgumentException($"result is about case '{result.CaseId}', not '{reviewCase.Id}'.", nameof(result));
        }

        var current = reviewCase;
        foreach (var decision in result.Decisions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (current.Status is CaseStatus.Resolved or CaseStatus.Closed || decision.Cycle != current.ReopenCount
                || current.Contains(decision.EventId) || current.HasEscalated(decision.RuleId, decision.Level))
            {
                continue;
            }

            var notification = new EscalationNotification(decision, current.Assignee, current.Team);
            foreach (var notifier in _notifiers)
            {
                await notifier.NotifyAsync(notification, cancellationToken).ConfigureAwait(false);
            }

            current = current.Apply(new CaseEscalated(decision.EventId, decision.DecidedAt, Actor, decision.RuleId, decision.Level));
            foreach (var action in decision.Actions)
            {
                if (action.Kind == EscalationActionKind.RaisePriority && action.Priority > current.Priority && !current.Contains(decision.PriorityEventId))
                {
                    current = current.Apply(new CasePriorityChanged(
                        decision.PriorityEventId, decision.DecidedAt, Actor, action.Priority, $"escalation {decision.RuleId} level {decision.Level}"));
                }
            }

            Escalations.Add(1, new TagList { { "rule", decision.RuleId }, { "level", decision.Level } });
        }

        return current;
    }
}

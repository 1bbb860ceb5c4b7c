namespace ReviewKit.Escalation;

/// <summary>Decides which escalation rules fire for a case now, and when to look at the case again.</summary>
/// <remarks>Implementations are thread-safe: one engine serves every case of a host.</remarks>
public interface IEscalationEngine
{
    /// <summary>Gets the rules the engine evaluates now (they may be reloaded between calls).</summary>
    EscalationRuleSet Rules { get; }

    /// <summary>Evaluates the rules for one case.</summary>
    /// <param name="context">The case and what is known about it.</param>
    /// <param name="now">The moment of evaluation, from the host's <see cref="IClock"/>; not before the case's last event.</param>
    /// <returns>The rules that fire and were not recorded in the case yet, and the next instant to evaluate at.</returns>
    /// <exception cref="ArgumentException"><paramref name="context"/> has no case (the default value).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before the case's last event.</exception>
    /// <exception cref="InvalidOperationException">A rule reads an SLA clock, the context has none and the engine has no <see cref="Sla.SlaEvaluator"/>.</exception>
    EscalationResult Evaluate(in EscalationContext context, Instant now);
}

using System.Text;
using ReviewKit.Calendars;
using ReviewKit.Cases;
using ReviewKit.Sla;

namespace ReviewKit.Escalation;

/// <summary>Evaluates a compiled <see cref="EscalationRuleSet"/> against cases.</summary>
/// <remarks>
/// <para><b>Once per case, rule and level.</b> A rule already recorded in the case's current handling cycle
/// (<see cref="ReviewCase.HasEscalated(string, int)"/>) is not decided again; a reopened case starts a new cycle.
/// Resolved and closed cases never escalate.</para>
/// <para><b>Next evaluation.</b> Every time-based condition only turns true as time passes (see
/// <see cref="EscalationCondition"/>), so a rule whose other conditions hold fires at the latest of the instants its
/// time-based conditions turn true; <see cref="EscalationResult.NextEvaluationAt"/> is the earliest of those over the
/// rules that do not fire now, computed from the SLA clocks (in their business calendars) and the case's instants.
/// Rules after a holding stop-processing rule are left out, as they cannot fire.</para>
/// <para><b>Cost.</b> When nothing fires, an evaluation allocates nothing and costs a few comparisons per rule (given
/// the SLA clocks in the context). Immutable and thread-safe.</para>
/// </remarks>
public sealed class EscalationEngine : IEscalationEngine
{
    private readonly EscalationRule[] _rules;
    private readonly SlaEvaluator? _sla;
    private readonly IBusinessCalendarProvider? _calendars;

    /// <summary>Creates an engine.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="slaEvaluator">Computes the SLA clocks of contexts that come without them; <see langword="null"/> when hosts always give them.</param>
    /// <param name="calendars">Resolves the business calendars of SLA targets, to compute the next evaluation; <see langword="null"/> when every target counts calendar hours.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public EscalationEngine(EscalationRuleSet rules, SlaEvaluator? slaEvaluator = null, IBusinessCalendarProvider? calendars = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
        _rules = rules.RuleArray;
        _sla = slaEvaluator;
        _calendars = calendars;
    }

    /// <inheritdoc/>
    public EscalationRuleSet Rules { get; }

    /// <inheritdoc/>
    public EscalationResult Evaluate(in EscalationContext context, Instant now)
    {
        var reviewCase = context.Case ?? throw new ArgumentException("context has no case: create it with a ReviewCase.", nameof(context));
        var lastAt = reviewCase.Events[^1].At;
        if (now < lastAt)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, $"now must not be before the case's last event ({lastAt}).");
        }

        if (reviewCase.Status is CaseStatus.Resolved or CaseStatus.Closed)
        {
            return new EscalationResult(reviewCase.Id, now, [], null);
        }

        if (Rules.UsesSla && !context.HasSla)
        {
            if (_sla is null)
            {
                throw new InvalidOperationException(
                    "The escalation rules read SLA clocks, but the context has no SlaEvaluation and the engine has no SlaEvaluator.");
            }

            var withSla = context.WithSla(_sla.Evaluate(reviewCase, now));
            return EvaluateCore(in withSla, now);
        }

        return EvaluateCore(in context, now);
    }

    private static EscalationDecision Decide(EscalationRule rule, in EscalationContext context, Instant now)
    {
        var reason = new StringBuilder();
        foreach (var condition in rule.ConditionArray)
        {
            if (reason.Length > 0)
            {
                reason.Append("; ");
            }

            reason.Append(condition.Explain(in context, now));
        }

        if (reason.Length == 0)
        {
            reason.Append("the rule has no conditions");
        }

        return new EscalationDecision(context.Case.Id, rule, context.Case.ReopenCount, now, reason.ToString());
    }

    private EscalationResult EvaluateCore(in EscalationContext context, Instant now)
    {
        var reviewCase = context.Case;
        var sla = Rules.UsesSla ? new SlaFacts(in context) : default;
        List<EscalationDecision>? fired = null;
        var next = EscalationCondition.Never; // nanoseconds after now
        foreach (var rule in _rules)
        {
            var holds = true;
            var at = 0L;
            foreach (var condition in rule.ConditionArray)
            {
                if (condition.IsMet(in context, in sla, now))
                {
                    continue;
                }

                holds = false;
                var after = condition.MetAfter(in context, in sla, now, _calendars);
                if (after > at)
                {
                    at = after;
                }

                if (at == EscalationCondition.Never)
                {
                    break;
                }
            }

            if (holds)
            {
                if (!reviewCase.HasEscalated(rule.Id, rule.Level))
                {
                    (fired ??= []).Add(Decide(rule, in context, now));
                }

                if (rule.StopProcessing)
                {
                    break;
                }
            }
            else if (at < next && !reviewCase.HasEscalated(rule.Id, rule.Level))
            {
                next = at;
            }
        }

        return new EscalationResult(
            reviewCase.Id, now, fired is null ? [] : [.. fired], next == EscalationCondition.Never ? null : now.PlusNanoseconds(next));
    }
}

namespace ReviewKit.Escalation;

/// <summary>
/// Builds an <see cref="EscalationRuleSet"/> in code; gives the same rule objects as <see cref="EscalationRuleSet.FromOptions"/>.
/// </summary>
/// <example>
/// <code>
/// var rules = EscalationRuleSet.CreateBuilder()
///     .Add("first-reply", 1, r => r.WhenGoalUsed(SlaMetric.FirstPublicReply).Notify(EscalationRole.TeamLead))
///     .Add("first-reply", 2, r => r.WhenGoalUsed(SlaMetric.FirstPublicReply).Notify(EscalationRole.Manager).RaisePriority(CasePriority.High))
///     .Add("legal", 1, r => r.WhenAnyRisk("legal_threat").Notify(EscalationRole.Legal).RequireApproval(ApprovalSubject.Reply).StopProcessing())
///     .Build();
/// </code>
/// </example>
/// <remarks>A rule's default order is its position in the builder, as a rule's index in the options. Not thread-safe.</remarks>
public sealed class EscalationRuleSetBuilder
{
    private readonly List<EscalationRule> _rules = [];

    internal EscalationRuleSetBuilder()
    {
    }

    /// <summary>Adds one level of a rule.</summary>
    /// <param name="id">The rule's id; not blank.</param>
    /// <param name="level">The level, 1 or more.</param>
    /// <param name="configure">Adds the conditions and actions.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="configure"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, or the level has no actions (the message names the rule).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is under 1.</exception>
    public EscalationRuleSetBuilder Add(string id, int level, Action<EscalationRuleBuilder> configure)
    {
        Guard.NotBlank(id, nameof(id), Guard.MaxIdLength);
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentNullException.ThrowIfNull(configure);
        var rule = new EscalationRuleBuilder(id, level, _rules.Count);
        configure(rule);
        _rules.Add(rule.Build(nameof(configure)));
        return this;
    }

    /// <summary>Adds a rule built elsewhere.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public EscalationRuleSetBuilder Add(EscalationRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules.Add(rule);
        return this;
    }

    /// <summary>Compiles the rules.</summary>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentException">Two rules have the same id and level.</exception>
    public EscalationRuleSet Build() => new(_rules);
}

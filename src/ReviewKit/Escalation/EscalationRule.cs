using System.Collections.Immutable;
using ReviewKit.Cases;

namespace ReviewKit.Escalation;

/// <summary>
/// One level of an escalation: an id, a level, conditions that must all hold, and the actions taken when they do. A
/// ladder is several rules with the same id and increasing levels ("level 1 notifies the team lead at 75% of the goal,
/// level 2 the manager at 100%"). A rule fires at most once per case and level between two reopenings.
/// </summary>
/// <remarks>
/// <para><b>Order.</b> A rule set tries its rules by ascending <see cref="Order"/> (then in the order given). When a rule
/// with <see cref="StopProcessing"/> holds (whether it fires now or fired before), the rules after it are not tried.</para>
/// <para><b>Conditions</b> are kept sorted by <see cref="EscalationCondition.Kind"/>, so the order of declaration does
/// not matter. A rule without conditions always holds.</para>
/// <para>Immutable and thread-safe; value equality over every member.</para>
/// </remarks>
public sealed class EscalationRule : IEquatable<EscalationRule>
{
    private readonly EscalationCondition[] _conditions;

    /// <summary>Creates a rule.</summary>
    /// <param name="id">The rule's id, shared by the levels of a ladder; not blank, at most 256 characters.</param>
    /// <param name="level">The level, 1 or more.</param>
    /// <param name="conditions">The conditions, all of which must hold; may be empty.</param>
    /// <param name="actions">What to do when the rule fires; at least one.</param>
    /// <param name="order">Where the rule is tried in its set (ascending).</param>
    /// <param name="stopProcessing">Whether the rules after this one are skipped while it holds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="conditions"/> or <paramref name="actions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or too long, a condition or action is null, or there is no action.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is under 1.</exception>
    public EscalationRule(string id, int level, IEnumerable<EscalationCondition> conditions, IEnumerable<EscalationAction> actions, int order = 0, bool stopProcessing = false)
    {
        Id = Guard.NotBlank(id, nameof(id), Guard.MaxIdLength);
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentNullException.ThrowIfNull(actions);
        Level = level;
        Order = order;
        StopProcessing = stopProcessing;
        var given = conditions.ToArray();
        if (Array.IndexOf(given, null) >= 0)
        {
            throw new ArgumentException($"The rule '{id}' level {level} has a null condition.", nameof(conditions));
        }

        _conditions = [.. given.OrderBy(c => c.Kind)]; // stable: same kinds keep their order
        Conditions = [.. _conditions];
        Actions = [.. actions];
        if (Actions.IsEmpty)
        {
            throw new ArgumentException($"The rule '{id}' level {level} has no actions: a level must notify, raise the priority, move the case or require an approval.", nameof(actions));
        }

        if (Actions.Contains(null!))
        {
            throw new ArgumentException($"The rule '{id}' level {level} has a null action.", nameof(actions));
        }

        UsesSla = _conditions.Any(c => c.UsesSla);
    }

    /// <summary>Gets the rule's id.</summary>
    public string Id { get; }

    /// <summary>Gets the level, 1 or more.</summary>
    public int Level { get; }

    /// <summary>Gets where the rule is tried in its set (ascending).</summary>
    public int Order { get; }

    /// <summary>Gets a value indicating whether the rules after this one are skipped while it holds.</summary>
    public bool StopProcessing { get; }

    /// <summary>Gets the conditions, sorted by kind.</summary>
    public ImmutableArray<EscalationCondition> Conditions { get; }

    /// <summary>Gets the actions, in order.</summary>
    public ImmutableArray<EscalationAction> Actions { get; }

    /// <summary>Gets a value indicating whether a condition reads an SLA clock.</summary>
    internal bool UsesSla { get; }

    /// <summary>The conditions as an array, for the engine's loop.</summary>
    internal EscalationCondition[] ConditionArray => _conditions;

    /// <summary>Compares two rules for equality.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(EscalationRule? left, EscalationRule? right) => Equals(left, right);

    /// <summary>Compares two rules for inequality.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EscalationRule? left, EscalationRule? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(EscalationRule? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Level == other.Level && Order == other.Order
        && StopProcessing == other.StopProcessing && Conditions.SequenceEqual(other.Conditions) && Actions.SequenceEqual(other.Actions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EscalationRule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Level, Order, Conditions.Length, Actions.Length);

    /// <summary>Describes the rule.</summary>
    /// <returns>For example <c>first-reply level 1: FirstPublicReply: at least 50% of the goal used =&gt; notify role:TeamLead</c>.</returns>
    public override string ToString() =>
        $"{Id} level {Level}: {(Conditions.IsEmpty ? "always" : string.Join(" and ", Conditions))} => {string.Join("; ", Actions)}";

    /// <summary>Builds a rule with its actions in the canonical order shared by options and the builder.</summary>
    internal static EscalationRule Compose(
        string id,
        int level,
        int order,
        bool stopProcessing,
        IEnumerable<EscalationCondition> conditions,
        IReadOnlyList<EscalationRecipient> recipients,
        CasePriority? priority,
        string? queue,
        IReadOnlyList<ApprovalSubject> approvals)
    {
        var actions = new List<EscalationAction>();
        if (recipients.Count > 0)
        {
            actions.Add(EscalationAction.Notify(recipients.Where(r => r.IsRole).Concat(recipients.Where(r => !r.IsRole))));
        }

        if (priority is { } p)
        {
            actions.Add(EscalationAction.RaisePriority(p));
        }

        if (queue is not null)
        {
            actions.Add(EscalationAction.MoveToQueue(queue));
        }

        foreach (var subject in approvals.Distinct())
        {
            actions.Add(EscalationAction.RequireApproval(subject));
        }

        return new EscalationRule(id, level, conditions, actions, order, stopProcessing);
    }
}

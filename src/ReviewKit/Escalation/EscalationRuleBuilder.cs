using ReviewKit.Cases;
using ReviewKit.Reviews;
using ReviewKit.Sla;
using ReviewKit.Triage;

namespace ReviewKit.Escalation;

/// <summary>Adds the conditions and actions of one level of a rule; see <see cref="EscalationRuleSetBuilder"/>.</summary>
/// <remarks>Every <c>When</c> method adds a condition (all must hold); each condition is the one of the same name on <see cref="EscalationCondition"/>. Not thread-safe.</remarks>
public sealed class EscalationRuleBuilder
{
    private readonly string _id;
    private readonly int _level;
    private readonly List<EscalationCondition> _conditions = [];
    private readonly List<EscalationRecipient> _recipients = [];
    private readonly List<ApprovalSubject> _approvals = [];
    private CasePriority? _priority;
    private string? _queue;
    private int _order;
    private bool _stop;

    internal EscalationRuleBuilder(string id, int level, int order)
    {
        _id = id;
        _level = level;
        _order = order;
    }

    /// <summary>Adds a condition.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is null.</exception>
    public EscalationRuleBuilder When(EscalationCondition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        _conditions.Add(condition);
        return this;
    }

    /// <summary>Holds when the clock used at least <paramref name="percent"/>% of its goal; without a percent, the default ladder of the rule's level (50%, 75%, 100%).</summary>
    /// <param name="metric">The clock.</param>
    /// <param name="percent">The percentage, in (0, 100], or <see langword="null"/> for the ladder.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="EscalationCondition.GoalUsed"/>.</exception>
    public EscalationRuleBuilder WhenGoalUsed(SlaMetric metric, double? percent = null) => When(EscalationCondition.GoalUsed(metric, percent, _level));

    /// <summary>Holds when the clock is due within <paramref name="offset"/>.</summary>
    /// <param name="metric">The clock.</param>
    /// <param name="offset">The offset; positive.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="EscalationCondition.DueWithin"/>.</exception>
    public EscalationRuleBuilder WhenDueWithin(SlaMetric metric, Duration offset) => When(EscalationCondition.DueWithin(metric, offset));

    /// <summary>Holds when the clock is overdue by at least <paramref name="offset"/>.</summary>
    /// <param name="metric">The clock.</param>
    /// <param name="offset">The offset; positive.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="EscalationCondition.OverdueBy"/>.</exception>
    public EscalationRuleBuilder WhenOverdueBy(SlaMetric metric, Duration offset) => When(EscalationCondition.OverdueBy(metric, offset));

    /// <summary>Holds when the clock is breached.</summary>
    /// <param name="metric">The clock.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="EscalationCondition.Breached"/>.</exception>
    public EscalationRuleBuilder WhenBreached(SlaMetric metric) => When(EscalationCondition.Breached(metric));

    /// <summary>Holds when the severity is at least <paramref name="severity"/>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="EscalationCondition.SeverityAtLeast"/>.</exception>
    public EscalationRuleBuilder WhenSeverityAtLeast(Severity severity) => When(EscalationCondition.SeverityAtLeast(severity));

    /// <summary>Holds when the analysis found one of the risks.</summary>
    /// <param name="riskIds">The risk ids.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">See <see cref="EscalationCondition.AnyRisk"/>.</exception>
    public EscalationRuleBuilder WhenAnyRisk(params IEnumerable<string> riskIds) => When(EscalationCondition.AnyRisk(riskIds));

    /// <summary>Holds when the analysis found one of the themes.</summary>
    /// <param name="themeIds">The theme ids.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">See <see cref="EscalationCondition.AnyTheme"/>.</exception>
    public EscalationRuleBuilder WhenAnyTheme(params IEnumerable<string> themeIds) => When(EscalationCondition.AnyTheme(themeIds));

    /// <summary>Holds when the rating is at most <paramref name="value"/> on the review's scale.</summary>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="EscalationCondition.RatingAtMost"/>.</exception>
    public EscalationRuleBuilder WhenRatingAtMost(double value) => When(EscalationCondition.RatingAtMost(value));

    /// <summary>Holds when the normalised rating is at most <paramref name="value"/>.</summary>
    /// <param name="value">The value, in [0, 1].</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="EscalationCondition.NormalizedRatingAtMost"/>.</exception>
    public EscalationRuleBuilder WhenNormalizedRatingAtMost(double value) => When(EscalationCondition.NormalizedRatingAtMost(value));

    /// <summary>Holds when the author's audience is at least <paramref name="followers"/>.</summary>
    /// <param name="followers">The audience.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="EscalationCondition.AudienceAtLeast"/>.</exception>
    public EscalationRuleBuilder WhenAudienceAtLeast(long followers) => When(EscalationCondition.AudienceAtLeast(followers));

    /// <summary>Holds when the review comes from one of the channels.</summary>
    /// <param name="channels">The channels.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">See <see cref="EscalationCondition.Channel"/>.</exception>
    public EscalationRuleBuilder WhenChannel(params IEnumerable<ReviewSource> channels) => When(EscalationCondition.Channel(channels));

    /// <summary>Holds when the review is about one of the locations.</summary>
    /// <param name="locationIds">The location ids.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">See <see cref="EscalationCondition.Location"/>.</exception>
    public EscalationRuleBuilder WhenLocation(params IEnumerable<string> locationIds) => When(EscalationCondition.Location(locationIds));

    /// <summary>Holds when the same customer complained at least <paramref name="atLeast"/> times within <paramref name="within"/>.</summary>
    /// <param name="atLeast">The count.</param>
    /// <param name="within">The window.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="EscalationCondition.RepeatComplaints"/>.</exception>
    public EscalationRuleBuilder WhenRepeatComplaints(int atLeast, Duration within) => When(EscalationCondition.RepeatComplaints(atLeast, within));

    /// <summary>Holds when there was no private contact <paramref name="after"/> the first public reply.</summary>
    /// <param name="after">The time allowed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="EscalationCondition.NoPrivateContactAfterPublicReply"/>.</exception>
    public EscalationRuleBuilder WhenNoPrivateContactAfterPublicReply(Duration after) => When(EscalationCondition.NoPrivateContactAfterPublicReply(after));

    /// <summary>Holds when the case has waited on the customer for at least <paramref name="duration"/>.</summary>
    /// <param name="duration">The duration.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="EscalationCondition.WaitingOnCustomer"/>.</exception>
    public EscalationRuleBuilder WhenWaitingOnCustomer(Duration duration) => When(EscalationCondition.WaitingOnCustomer(duration));

    /// <summary>Holds when the case was reopened at least <paramref name="atLeast"/> times.</summary>
    /// <param name="atLeast">The count.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="EscalationCondition.Reopened"/>.</exception>
    public EscalationRuleBuilder WhenReopened(int atLeast = 1) => When(EscalationCondition.Reopened(atLeast));

    /// <summary>Holds when a gesture above the agent's limit awaits approval.</summary>
    /// <param name="maxPercentage">The largest discount an agent may offer alone, or <see langword="null"/>.</param>
    /// <param name="maxValue">The largest value of another gesture an agent may offer alone, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">See <see cref="EscalationCondition.GestureAwaitingApproval(decimal?, decimal?)"/>.</exception>
    public EscalationRuleBuilder WhenGestureAwaitingApproval(decimal? maxPercentage, decimal? maxValue) =>
        When(EscalationCondition.GestureAwaitingApproval(maxPercentage, maxValue));

    /// <summary>Holds when an agent recorded a gesture as awaiting approval (<see cref="Cases.GoodwillGestureOffered.AwaitsApproval"/>) and no one approved it yet.</summary>
    /// <returns>This builder.</returns>
    public EscalationRuleBuilder WhenGestureAwaitingApproval() => When(EscalationCondition.GestureAwaitingApproval());

    /// <summary>Notifies roles.</summary>
    /// <param name="roles">The roles.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roles"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A role is not defined.</exception>
    public EscalationRuleBuilder Notify(params IEnumerable<EscalationRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        _recipients.AddRange(roles.Select(EscalationRecipient.FromRole));
        return this;
    }

    /// <summary>Notifies named recipients.</summary>
    /// <param name="names">Addresses, user ids or channels the host understands.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null or holds a null.</exception>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    public EscalationRuleBuilder NotifyRecipients(params IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _recipients.AddRange(names.Select(EscalationRecipient.Named));
        return this;
    }

    /// <summary>Raises the case's priority.</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="priority"/> is not defined.</exception>
    public EscalationRuleBuilder RaisePriority(CasePriority priority)
    {
        _priority = Guard.Defined(priority, nameof(priority));
        return this;
    }

    /// <summary>Moves the case to a queue.</summary>
    /// <param name="queue">The queue.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="queue"/> is null or blank.</exception>
    public EscalationRuleBuilder MoveToQueue(string queue)
    {
        _queue = Guard.NotBlank(queue, nameof(queue), Guard.MaxLabelLength);
        return this;
    }

    /// <summary>Requires approval of the reply or of the gesture.</summary>
    /// <param name="subject">What must be approved.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="subject"/> is not defined.</exception>
    public EscalationRuleBuilder RequireApproval(ApprovalSubject subject)
    {
        _approvals.Add(Guard.Defined(subject, nameof(subject)));
        return this;
    }

    /// <summary>Sets where the rule is tried (ascending); by default its position in the builder.</summary>
    /// <param name="order">The order.</param>
    /// <returns>This builder.</returns>
    public EscalationRuleBuilder WithOrder(int order)
    {
        _order = order;
        return this;
    }

    /// <summary>Skips the rules after this one while it holds.</summary>
    /// <returns>This builder.</returns>
    public EscalationRuleBuilder StopProcessing()
    {
        _stop = true;
        return this;
    }

    internal EscalationRule Build(string paramName)
    {
        if (_recipients.Count == 0 && _priority is null && _queue is null && _approvals.Count == 0)
        {
            throw new ArgumentException(
                $"The rule '{_id}' level {_level} has no actions: a level must notify, raise the priority, move the case or require an approval.", paramName);
        }

        return EscalationRule.Compose(_id, _level, _order, _stop, _conditions, _recipients, _priority, _queue, _approvals);
    }
}

namespace ReviewKit.Escalation;

/// <summary>
/// One level of one escalation rule, as bound from configuration (<c>ReviewKit:Escalation:Rules:{index}</c>). Every
/// condition that is set must hold; at least one action must be set. Names of metrics, severities, roles, priorities
/// and approval subjects are the names of their enums, case-insensitive; durations are <c>d.hh:mm:ss</c>.
/// </summary>
/// <remarks>A plain mutable options object: not thread-safe while being set.</remarks>
public sealed class EscalationRuleOptions
{
    /// <summary>Gets or sets the rule's id, shared by the levels of a ladder; required.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the level, 1 or more.</summary>
    /// <value>The default value is 1.</value>
    public int Level { get; set; } = 1;

    /// <summary>Gets or sets where the rule is tried (ascending), or <see langword="null"/> for its index in the list.</summary>
    public int? Order { get; set; }

    /// <summary>Gets or sets a value indicating whether the rules after this one are skipped while it holds.</summary>
    public bool StopProcessing { get; set; }

    /// <summary>
    /// Gets or sets the SLA clock the SLA conditions read: <c>FirstPublicReply</c>, <c>FirstPrivateContact</c>,
    /// <c>NextReply</c> or <c>Resolution</c>. With a metric and none of <see cref="Threshold"/>, <see cref="DueWithin"/>,
    /// <see cref="OverdueBy"/>, <see cref="Breached"/>, the rule uses the default ladder: 50% of the goal at level 1, 75%
    /// at level 2, 100% at level 3.
    /// </summary>
    public string? Metric { get; set; }

    /// <summary>Gets or sets the percentage of the goal used from which the rule holds, in (0, 100].</summary>
    public double? Threshold { get; set; }

    /// <summary>Gets or sets the offset before the goal within which the rule holds ("due within 2 hours"); positive.</summary>
    public TimeSpan? DueWithin { get; set; }

    /// <summary>Gets or sets the business time past the goal from which the rule holds ("overdue by 4 hours"); positive.</summary>
    public TimeSpan? OverdueBy { get; set; }

    /// <summary>Gets or sets a value indicating whether the rule holds when the clock is breached (over its limit).</summary>
    public bool Breached { get; set; }

    /// <summary>Gets or sets the lowest severity that holds: <c>Low</c>, <c>Medium</c>, <c>High</c> or <c>Critical</c>.</summary>
    public string? MinimumSeverity { get; set; }

    /// <summary>Gets or sets risk ids, one of which the analysis must have found (<c>legal_threat</c>, <c>health_safety</c>).</summary>
    /// <value>The default value is an empty list (no condition).</value>
    public IList<string> Risks { get; set; } = [];

    /// <summary>Gets or sets theme ids, one of which the analysis must have found.</summary>
    /// <value>The default value is an empty list (no condition).</value>
    public IList<string> Themes { get; set; } = [];

    /// <summary>Gets or sets the highest rating that holds, on the review's own scale.</summary>
    public double? MaximumRating { get; set; }

    /// <summary>Gets or sets the highest normalised rating (0 the worst, 1 the best) that holds.</summary>
    public double? MaximumNormalizedRating { get; set; }

    /// <summary>Gets or sets the smallest author audience (followers) that holds.</summary>
    public long? MinimumAudience { get; set; }

    /// <summary>Gets or sets the channels (<c>google</c>, <c>trustpilot</c>, <c>email</c>, ...), one of which must be the review's.</summary>
    /// <value>The default value is an empty list (no condition).</value>
    public IList<string> Channels { get; set; } = [];

    /// <summary>Gets or sets the location ids, one of which must be the review's.</summary>
    /// <value>The default value is an empty list (no condition).</value>
    public IList<string> Locations { get; set; } = [];

    /// <summary>Gets or sets how many complaints of the same customer within <see cref="RepeatComplaintsWithin"/> make the rule hold; 1 or more.</summary>
    public int? RepeatComplaints { get; set; }

    /// <summary>Gets or sets the window of <see cref="RepeatComplaints"/>; required with it.</summary>
    public TimeSpan? RepeatComplaintsWithin { get; set; }

    /// <summary>Gets or sets the time after the first public reply after which a missing private contact makes the rule hold.</summary>
    public TimeSpan? NoPrivateContactAfterPublicReply { get; set; }

    /// <summary>Gets or sets the time waiting on the customer from which the rule holds.</summary>
    public TimeSpan? WaitingOnCustomerFor { get; set; }

    /// <summary>Gets or sets the number of reopenings from which the rule holds; 1 or more.</summary>
    public int? ReopenedAtLeast { get; set; }

    /// <summary>
    /// Gets or sets the largest percentage discount an agent may offer alone: above it, the gesture awaits approval and
    /// the rule holds (see <see cref="EscalationCondition.GestureAwaitingApproval(decimal?, decimal?)"/>). A gesture an agent
    /// recorded with <see cref="Cases.GoodwillGestureOffered.AwaitsApproval"/> makes it hold too, whatever its amount.
    /// </summary>
    public decimal? GestureAbovePercentage { get; set; }

    /// <summary>Gets or sets the largest value of another gesture (voucher, refund, free service) an agent may offer alone.</summary>
    public decimal? GestureAboveValue { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the rule holds when an agent recorded a gesture as awaiting approval
    /// (<see cref="Cases.GoodwillGestureOffered.AwaitsApproval"/>, as the response plan decided) and no one approved it yet
    /// (see <see cref="EscalationCondition.GestureAwaitingApproval()"/>). Ignored when <see cref="GestureAbovePercentage"/>
    /// or <see cref="GestureAboveValue"/> is set: those conditions read the flag too.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool GestureRecordedAwaitingApproval { get; set; }

    /// <summary>Gets or sets the roles to notify: <c>Agent</c>, <c>TeamLead</c>, <c>Manager</c>, <c>Quality</c>, <c>Legal</c>, <c>Communications</c>.</summary>
    /// <value>The default value is an empty list.</value>
    public IList<string> Notify { get; set; } = [];

    /// <summary>Gets or sets named recipients to notify (addresses, user ids, channels the host understands).</summary>
    /// <value>The default value is an empty list.</value>
    public IList<string> Recipients { get; set; } = [];

    /// <summary>Gets or sets the priority to raise the case to: <c>Low</c>, <c>Normal</c>, <c>High</c> or <c>Urgent</c>.</summary>
    public string? RaisePriority { get; set; }

    /// <summary>Gets or sets the queue to move the case to.</summary>
    public string? MoveToQueue { get; set; }

    /// <summary>Gets or sets what must be approved: <c>Reply</c>, <c>Gesture</c>.</summary>
    /// <value>The default value is an empty list.</value>
    public IList<string> RequireApproval { get; set; } = [];
}

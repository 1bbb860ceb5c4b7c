namespace ReviewKit.Sla;

/// <summary>
/// The target of one metric as bound from configuration (<c>ReviewKit:Sla:Policies:{name}:{metric}</c>); durations
/// are <c>d.hh:mm:ss</c>.
/// </summary>
/// <remarks>A plain mutable options object: not thread-safe while being set.</remarks>
public sealed class SlaTargetOptions
{
    /// <summary>Gets or sets the business time within which the metric is met; required, positive.</summary>
    public TimeSpan? Goal { get; set; }

    /// <summary>Gets or sets the business time after which the metric is breached; at least the goal.</summary>
    /// <value>The default value is <see langword="null"/>: the goal.</value>
    public TimeSpan? Limit { get; set; }

    /// <summary>
    /// Gets or sets the business calendar to count in: the name of a calendar of <c>ReviewKit:Calendars</c>, or
    /// <c>always-open</c> for calendar hours.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: calendar hours.</value>
    public string? Calendar { get; set; }

    /// <summary>Gets or sets the percentages of the goal that raise a warning when used, each in (0, 100].</summary>
    /// <value>The default value is <see langword="null"/>: 50 and 75.</value>
    public IList<double>? WarningPercentages { get; set; }

    /// <summary>Gets or sets the remaining times before the goal that raise a warning ("due within 2 hours"), each positive.</summary>
    /// <value>The default value is <see langword="null"/>: none.</value>
    public IList<TimeSpan>? DueWithin { get; set; }

    /// <summary>
    /// Gets or sets the case states during which the clock stops: <c>Open</c>, <c>InProgress</c>,
    /// <c>WaitingOnCustomer</c>, <c>Resolved</c>, <c>Closed</c> (case-insensitive), or <c>None</c> alone for no pause.
    /// </summary>
    /// <value>
    /// The default value is <see langword="null"/>: the metric's default, <c>WaitingOnCustomer</c> for the resolution and
    /// nothing for the other metrics.
    /// </value>
    public IList<string>? PausedWhile { get; set; }
}

using System.Globalization;

namespace ReviewKit.Sla;

/// <summary>One SLA clock of a case at the moment of evaluation (see <see cref="SlaEvaluator.Evaluate"/>).</summary>
/// <remarks>
/// <para>Times are business times in the target's calendar, pauses excluded. <see cref="DueAt"/> and
/// <see cref="LimitAt"/> are the instants at which the elapsed time reaches the goal and the limit; while the clock
/// is paused they are computed as if it restarted at the moment of evaluation, so they move later while the pause
/// lasts.</para>
/// <para>An immutable value with equality over all members; thread-safe. The default value is
/// <see cref="SlaState.NotApplicable"/> for <see cref="SlaMetric.FirstPublicReply"/>.</para>
/// </remarks>
public readonly struct SlaMetricResult : IEquatable<SlaMetricResult>
{
    internal SlaMetricResult(
        SlaMetric metric,
        SlaState state,
        Instant? startedAt,
        Instant? stoppedAt,
        Instant? dueAt,
        Instant? limitAt,
        Duration elapsed,
        Duration remaining,
        double fractionOfGoalUsed,
        Instant? breachedAt,
        int warningsReached)
    {
        Metric = metric;
        State = state;
        StartedAt = startedAt;
        StoppedAt = stoppedAt;
        DueAt = dueAt;
        LimitAt = limitAt;
        Elapsed = elapsed;
        Remaining = remaining;
        FractionOfGoalUsed = fractionOfGoalUsed;
        BreachedAt = breachedAt;
        WarningsReached = warningsReached;
    }

    /// <summary>Gets the metric.</summary>
    public SlaMetric Metric { get; }

    /// <summary>Gets the state.</summary>
    public SlaState State { get; }

    /// <summary>Gets when the clock started, or <see langword="null"/> when not applicable.</summary>
    public Instant? StartedAt { get; }

    /// <summary>Gets when the clock stopped (the reply, the contact, the resolution), or <see langword="null"/> while it runs.</summary>
    public Instant? StoppedAt { get; }

    /// <summary>Gets when the elapsed business time reaches the goal, or <see langword="null"/> when not applicable.</summary>
    public Instant? DueAt { get; }

    /// <summary>Gets when the elapsed business time reaches the limit, or <see langword="null"/> when not applicable.</summary>
    public Instant? LimitAt { get; }

    /// <summary>Gets the business time elapsed from the start to the stop (or to the evaluation), pauses excluded.</summary>
    public Duration Elapsed { get; }

    /// <summary>Gets the business time left before the goal: the goal minus <see cref="Elapsed"/>, negative once overdue.</summary>
    public Duration Remaining { get; }

    /// <summary>Gets <see cref="Elapsed"/> divided by the goal: 1 at the goal, over 1 once overdue; 0 when not applicable.</summary>
    public double FractionOfGoalUsed { get; }

    /// <summary>
    /// Gets when the limit was passed, or <see langword="null"/> when it was not. Never earlier than the moment the
    /// policy judging the clock took effect for the case (a breach is never back-dated).
    /// </summary>
    public Instant? BreachedAt { get; }

    /// <summary>Gets how many warning thresholds of the target (fractions of the goal, due-within offsets) a running or paused clock has crossed.</summary>
    public int WarningsReached { get; }

    /// <summary>Gets the wall-clock time from start to stop, pauses included, or <see langword="null"/> while the clock runs.</summary>
    public Duration? CalendarTime => StartedAt is { } s && StoppedAt is { } e ? e - s : null;

    /// <summary>Compares two results for equality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(SlaMetricResult left, SlaMetricResult right) => left.Equals(right);

    /// <summary>Compares two results for inequality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when any member differs.</returns>
    public static bool operator !=(SlaMetricResult left, SlaMetricResult right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(SlaMetricResult other) =>
        Metric == other.Metric && State == other.State && StartedAt == other.StartedAt && StoppedAt == other.StoppedAt
        && DueAt == other.DueAt && LimitAt == other.LimitAt && Elapsed == other.Elapsed && Remaining == other.Remaining
        && FractionOfGoalUsed.Equals(other.FractionOfGoalUsed) && BreachedAt == other.BreachedAt && WarningsReached == other.WarningsReached;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SlaMetricResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Metric, State, StartedAt, StoppedAt, DueAt, Elapsed, BreachedAt);

    /// <summary>Returns the metric, the state and the elapsed time.</summary>
    /// <returns>For example <c>FirstPublicReply Running 3:00:00 of goal (12.5 %)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Metric} {State} {Elapsed:H:mm:ss} ({FractionOfGoalUsed:P1} of goal)");
}

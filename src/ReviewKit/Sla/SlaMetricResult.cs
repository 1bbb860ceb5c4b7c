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
    // Stored compactly: instants as nanoseconds since the Unix epoch with the sign bit flipped, so that 0 (the default
    // value) means "no value" and long.MinValue passed in means the same. An evaluation of four clocks then stays small
    // enough to copy cheaply when millions of cases are evaluated.
    private const long None = 0;
    private const long Flip = long.MinValue;
    private readonly long _startedAt;
    private readonly long _stoppedAt;
    private readonly long _dueAt;
    private readonly long _limitAt;
    private readonly long _breachedAt;
    private readonly long _elapsed;
    private readonly long _remaining;
    private readonly byte _metric;
    private readonly byte _state;

    internal SlaMetricResult(SlaMetric metric)
    {
        _metric = (byte)metric;
    }

    internal SlaMetricResult(
        SlaMetric metric,
        SlaState state,
        long startedAt,
        long stoppedAt,
        long dueAt,
        long limitAt,
        long elapsed,
        long remaining,
        double fractionOfGoalUsed,
        long breachedAt,
        int warningsReached)
    {
        _metric = (byte)metric;
        _state = (byte)state;
        _startedAt = startedAt ^ Flip;
        _stoppedAt = stoppedAt ^ Flip;
        _dueAt = dueAt ^ Flip;
        _limitAt = limitAt ^ Flip;
        _elapsed = elapsed;
        _remaining = remaining;
        FractionOfGoalUsed = fractionOfGoalUsed;
        _breachedAt = breachedAt ^ Flip;
        WarningsReached = warningsReached;
    }

    /// <summary>Gets the metric.</summary>
    public SlaMetric Metric => (SlaMetric)_metric;

    /// <summary>Gets the state.</summary>
    public SlaState State => (SlaState)_state;

    /// <summary>Gets when the clock started, or <see langword="null"/> when not applicable.</summary>
    public Instant? StartedAt => At(_startedAt);

    /// <summary>Gets when the clock stopped (the reply, the contact, the resolution), or <see langword="null"/> while it runs.</summary>
    public Instant? StoppedAt => At(_stoppedAt);

    /// <summary>Gets when the elapsed business time reaches the goal, or <see langword="null"/> when not applicable.</summary>
    public Instant? DueAt => At(_dueAt);

    /// <summary>Gets when the elapsed business time reaches the limit, or <see langword="null"/> when not applicable.</summary>
    public Instant? LimitAt => At(_limitAt);

    /// <summary>Gets the business time elapsed from the start to the stop (or to the evaluation), pauses excluded.</summary>
    public Duration Elapsed => Duration.FromNanoseconds(_elapsed);

    /// <summary>Gets the business time left before the goal: the goal minus <see cref="Elapsed"/>, negative once overdue.</summary>
    public Duration Remaining => Duration.FromNanoseconds(_remaining);

    /// <summary>Gets <see cref="Elapsed"/> divided by the goal: 1 at the goal, over 1 once overdue; 0 when not applicable.</summary>
    public double FractionOfGoalUsed { get; }

    /// <summary>
    /// Gets when the limit was passed, or <see langword="null"/> when it was not. Never earlier than the moment the
    /// policy judging the clock took effect for the case (a breach is never back-dated).
    /// </summary>
    public Instant? BreachedAt => At(_breachedAt);

    /// <summary>Gets how many warning thresholds of the target (fractions of the goal, due-within offsets) a running or paused clock has crossed.</summary>
    public int WarningsReached { get; }

    /// <summary>Gets the wall-clock time from start to stop, pauses included, or <see langword="null"/> while the clock runs.</summary>
    public Duration? CalendarTime => _startedAt == None || _stoppedAt == None ? null : Duration.FromNanoseconds((_stoppedAt ^ Flip) - (_startedAt ^ Flip));

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
        _metric == other._metric && _state == other._state && _startedAt == other._startedAt && _stoppedAt == other._stoppedAt
        && _dueAt == other._dueAt && _limitAt == other._limitAt && _elapsed == other._elapsed && _remaining == other._remaining
        && FractionOfGoalUsed.Equals(other.FractionOfGoalUsed) && _breachedAt == other._breachedAt && WarningsReached == other.WarningsReached;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SlaMetricResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_metric, _state, _startedAt, _stoppedAt, _dueAt, _elapsed, _breachedAt);

    /// <summary>Returns the metric, the state and the elapsed time.</summary>
    /// <returns>For example <c>FirstPublicReply Running 3:00:00 of goal (12.5 %)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Metric} {State} {Elapsed:H:mm:ss} ({FractionOfGoalUsed:P1} of goal)");

    /// <summary>This clock, breached since <paramref name="at"/> (a date set by a reload of the policies).</summary>
    internal SlaMetricResult BreachedSince(Instant at) => new(
        Metric, SlaState.Breached, _startedAt ^ Flip, _stoppedAt ^ Flip, _dueAt ^ Flip, _limitAt ^ Flip, _elapsed, _remaining,
        FractionOfGoalUsed, Calendars.BusinessCalendar.ToNanoseconds(at), 0);

    private static Instant? At(long stored) => stored == None ? null : Calendars.BusinessCalendar.FromNanoseconds(stored ^ Flip);
}

using ReviewKit.Cases;

namespace ReviewKit.Sla;

/// <summary>
/// The target of one metric in an <see cref="SlaPolicy"/>: a goal, a limit, the calendar the time is counted in, the
/// warnings, and the case states during which the clock stops.
/// </summary>
/// <remarks>
/// <para>Elapsed time at or under <see cref="Goal"/> is met; over the goal and at or under <see cref="Limit"/> is met
/// late; over the limit is breached (both ends inclusive on the good side).</para>
/// <para><b>Pauses.</b> The clock stops for as long as the case is in one of <see cref="PausedWhile"/>, from the event
/// that entered the state to the event that left it (the current state counts up to the moment of evaluation). By
/// default nothing pauses the clock. The resolution clock of <see cref="SlaPolicy.Default"/> pauses while
/// <see cref="CaseStatus.WaitingOnCustomer"/>. The resolution clock never counts the time between a resolution (or
/// closing) and a reopening, whatever this set holds.</para>
/// <para>Immutable and thread-safe. Reference equality: a target is configuration, not a value.</para>
/// </remarks>
public sealed class SlaTarget
{
    private static readonly double[] DefaultFractions = [0.5, 0.75];

    /// <summary>Creates a target.</summary>
    /// <param name="goal">The business time within which the metric should stop; positive.</param>
    /// <param name="limit">The business time after which it is breached; at least <paramref name="goal"/>.</param>
    /// <param name="calendarName">The named business calendar to count in, or <see langword="null"/> for calendar hours (always open).</param>
    /// <param name="pausedWhile">The case states during which the clock stops (see the remarks); <see langword="null"/> or empty for none.</param>
    /// <param name="warningFractions">Fractions of the goal that raise a warning when used, each in (0, 1]; <see langword="null"/> for 50% and 75%.</param>
    /// <param name="dueWithin">Remaining times before the goal that raise a warning ("due within 2 hours"), each positive; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="goal"/> is not positive, <paramref name="limit"/> is under the goal, a state is not a defined <see cref="CaseStatus"/>, a fraction is outside (0, 1] or an offset is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="calendarName"/> is blank.</exception>
    public SlaTarget(
        Duration goal,
        Duration limit,
        string? calendarName = null,
        IEnumerable<CaseStatus>? pausedWhile = null,
        IEnumerable<double>? warningFractions = null,
        IEnumerable<Duration>? dueWithin = null)
    {
        if (goal <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(goal), goal, "goal must be positive.");
        }

        if (limit < goal)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, $"limit must be at least the goal ({goal}).");
        }

        Goal = goal;
        Limit = limit;
        CalendarName = Guard.OptionalNotBlank(calendarName, nameof(calendarName), Guard.MaxLabelLength);
        foreach (var status in pausedWhile ?? [])
        {
            PauseMask |= 1 << (int)Guard.Defined(status, nameof(pausedWhile));
        }

        PausedWhile = Array.AsReadOnly(Enum.GetValues<CaseStatus>().Where(s => (PauseMask & (1 << (int)s)) != 0).ToArray());
        Fractions = [.. (warningFractions ?? DefaultFractions).Order()];
        foreach (var f in Fractions)
        {
            if (!(f > 0 && f <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(warningFractions), f, "each warning fraction must be in (0, 1].");
            }
        }

        WarningFractions = Array.AsReadOnly(Fractions);
        Offsets = [.. (dueWithin ?? []).Order()];
        DueWithin = Array.AsReadOnly(Offsets);
        foreach (var d in Offsets)
        {
            if (d <= Duration.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(dueWithin), d, "each due-within offset must be positive.");
            }
        }
    }

    /// <summary>Gets the goal: business time within which the metric is met.</summary>
    public Duration Goal { get; }

    /// <summary>Gets the limit: business time after which the metric is breached.</summary>
    public Duration Limit { get; }

    /// <summary>Gets the named business calendar, or <see langword="null"/> for calendar hours.</summary>
    public string? CalendarName { get; }

    /// <summary>Gets the case states during which the clock stops, ascending and distinct; empty when nothing pauses it.</summary>
    public IReadOnlyList<CaseStatus> PausedWhile { get; }

    /// <summary>Gets a value indicating whether the clock stops while the case waits on the customer: a shortcut for <c>PausesWhile(CaseStatus.WaitingOnCustomer)</c>.</summary>
    public bool PauseWhileWaitingOnCustomer => PausesWhile(CaseStatus.WaitingOnCustomer);

    /// <summary>The states of <see cref="PausedWhile"/> as a bit mask (bit n for the state of value n).</summary>
    internal int PauseMask { get; }

    /// <summary>Gets the fractions of the goal that raise a warning, ascending.</summary>
    public IReadOnlyList<double> WarningFractions { get; }

    /// <summary>Gets the remaining times before the goal that raise a warning, ascending.</summary>
    public IReadOnlyList<Duration> DueWithin { get; }

    /// <summary>Gets a value indicating whether the clock stops while the case is in a state.</summary>
    /// <param name="status">The case state.</param>
    /// <returns><see langword="true"/> when <paramref name="status"/> is one of <see cref="PausedWhile"/>.</returns>
    public bool PausesWhile(CaseStatus status) => (uint)status < 32 && (PauseMask & (1 << (int)status)) != 0;

    /// <summary>The fractions as an array, for the evaluator's allocation-free loop.</summary>
    internal double[] Fractions { get; }

    /// <summary>The due-within offsets as an array.</summary>
    internal Duration[] Offsets { get; }

    /// <summary>Whether <paramref name="other"/> measures the same way (goal, limit, calendar, pauses, warnings).</summary>
    internal bool SameDefinition(SlaTarget other) =>
        Goal == other.Goal && Limit == other.Limit && PauseMask == other.PauseMask
        && string.Equals(CalendarName, other.CalendarName, StringComparison.OrdinalIgnoreCase)
        && Fractions.AsSpan().SequenceEqual(other.Fractions) && Offsets.AsSpan().SequenceEqual(other.Offsets);
}

using System.Collections.Immutable;
using System.Globalization;
using ReviewKit.Calendars;
using ReviewKit.Reviews;
using ReviewKit.Sla;
using ReviewKit.Triage;

namespace ReviewKit.Escalation;

/// <summary>
/// One test an <see cref="EscalationRule"/> makes of a case; a rule fires when all of its conditions hold. Created by
/// the static factories below (or compiled from <see cref="EscalationRuleOptions"/>); the set of kinds is closed.
/// </summary>
/// <remarks>
/// <para><b>Monotone in time.</b> Every condition that depends on time (SLA clocks, waiting, no private contact) only
/// goes from false to true as time passes while nothing else happens to the case; that is what lets the engine compute
/// <see cref="EscalationResult.NextEvaluationAt"/> exactly.</para>
/// <para><b>SLA conditions</b> compare business time, as the clocks count it (pauses excluded), and hold only while the
/// clock runs or is paused, except <see cref="Breached"/>, which also holds for a clock that stopped over its limit.</para>
/// <para>Immutable and thread-safe; value equality.</para>
/// </remarks>
public abstract partial class EscalationCondition : IEquatable<EscalationCondition>
{
    /// <summary>The default ladder of <see cref="GoalUsed(SlaMetric, double?, int)"/>: the percentage of the goal for levels 1, 2 and 3.</summary>
    private static readonly double[] DefaultLadder = [50, 75, 100];

    /// <summary>The answer of <see cref="MetAfter"/> for a condition time alone never makes true.</summary>
    internal const long Never = long.MaxValue;

    private protected EscalationCondition(EscalationConditionKind kind) => Kind = kind;

    /// <summary>Gets the kind of test.</summary>
    public EscalationConditionKind Kind { get; }

    /// <summary>Gets a value indicating whether the condition reads an SLA clock.</summary>
    internal virtual bool UsesSla => false;

    /// <summary>Holds when an SLA clock has used at least a percentage of its goal ("75% of the first-reply time is gone").</summary>
    /// <param name="metric">The clock.</param>
    /// <param name="percent">The percentage of the goal, greater than 0 and at most 100; <see langword="null"/> for the default ladder of <paramref name="level"/>.</param>
    /// <param name="level">The level of the rule, used only when <paramref name="percent"/> is null: 50% at level 1, 75% at level 2, 100% at level 3.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not defined, <paramref name="percent"/> is outside (0, 100], or it is null and <paramref name="level"/> is not 1, 2 or 3.</exception>
    public static EscalationCondition GoalUsed(SlaMetric metric, double? percent = null, int level = 1)
    {
        Guard.Defined(metric, nameof(metric));
        if (percent is null)
        {
            return level is >= 1 and <= 3
                ? new SlaCondition(EscalationConditionKind.GoalUsed, metric, DefaultLadder[level - 1], Duration.Zero)
                : throw new ArgumentOutOfRangeException(nameof(level), level, "the default ladder (50%, 75%, 100%) has levels 1 to 3; give a percent for other levels.");
        }

        return percent.Value is > 0 and <= 100
            ? new SlaCondition(EscalationConditionKind.GoalUsed, metric, percent.Value, Duration.Zero)
            : throw new ArgumentOutOfRangeException(nameof(percent), percent, "percent must be greater than 0 and at most 100; use OverdueBy for time past the goal.");
    }

    /// <summary>Gets the default ladder's percentage for a level (50, 75, 100), or <see langword="null"/> beyond level 3.</summary>
    internal static double? LadderPercent(int level) => level is >= 1 and <= 3 ? DefaultLadder[level - 1] : null;

    /// <summary>Holds when an SLA clock is due within an offset: the business time left before the goal is at most <paramref name="offset"/>.</summary>
    /// <param name="metric">The clock.</param>
    /// <param name="offset">The offset; positive.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not defined or <paramref name="offset"/> is not positive.</exception>
    public static EscalationCondition DueWithin(SlaMetric metric, Duration offset) =>
        new SlaCondition(EscalationConditionKind.DueWithin, Guard.Defined(metric, nameof(metric)), 0, Positive(offset, nameof(offset)));

    /// <summary>Holds when an SLA clock is overdue by at least an offset: the business time used past the goal is at least <paramref name="offset"/>.</summary>
    /// <param name="metric">The clock.</param>
    /// <param name="offset">The offset; positive.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not defined or <paramref name="offset"/> is not positive.</exception>
    public static EscalationCondition OverdueBy(SlaMetric metric, Duration offset) =>
        new SlaCondition(EscalationConditionKind.OverdueBy, Guard.Defined(metric, nameof(metric)), 0, Positive(offset, nameof(offset)));

    /// <summary>Holds when an SLA clock is breached: its business time went over the limit (<see cref="SlaState.Breached"/>).</summary>
    /// <param name="metric">The clock.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not defined.</exception>
    public static EscalationCondition Breached(SlaMetric metric) =>
        new SlaCondition(EscalationConditionKind.Breached, Guard.Defined(metric, nameof(metric)), 0, Duration.Zero);

    /// <summary>Holds when the severity (see <see cref="EscalationContext.Severity"/>) is at least a value; never before a triage.</summary>
    /// <param name="severity">The lowest severity that holds.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not defined.</exception>
    public static EscalationCondition SeverityAtLeast(Severity severity) => new SeverityCondition(Guard.Defined(severity, nameof(severity)));

    /// <summary>Holds when the analysis found at least one of the risks (ordinal ids such as <c>legal_threat</c>, <c>health_safety</c>).</summary>
    /// <param name="riskIds">The risk ids; at least one, none blank.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="riskIds"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="riskIds"/> is empty or holds a blank id.</exception>
    public static EscalationCondition AnyRisk(params IEnumerable<string> riskIds) =>
        new IdSetCondition(EscalationConditionKind.AnyRisk, Ids(riskIds, nameof(riskIds)));

    /// <summary>Holds when the analysis found at least one of the themes (ordinal ids such as <c>delivery</c>).</summary>
    /// <param name="themeIds">The theme ids; at least one, none blank.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="themeIds"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="themeIds"/> is empty or holds a blank id.</exception>
    public static EscalationCondition AnyTheme(params IEnumerable<string> themeIds) =>
        new IdSetCondition(EscalationConditionKind.AnyTheme, Ids(themeIds, nameof(themeIds)));

    /// <summary>Holds when the review has a rating at most <paramref name="value"/> on its own scale (2 on five stars, 6 on NPS).</summary>
    /// <param name="value">The highest rating that holds; finite.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public static EscalationCondition RatingAtMost(double value) =>
        new RatingCondition(EscalationConditionKind.RatingAtMost, Guard.Finite(value, nameof(value)));

    /// <summary>Holds when the review has a rating whose normalised value (0 the worst, 1 the best) is at most <paramref name="value"/>.</summary>
    /// <param name="value">The highest normalised rating that holds, in [0, 1].</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside [0, 1].</exception>
    public static EscalationCondition NormalizedRatingAtMost(double value) =>
        value is >= 0 and <= 1
            ? new RatingCondition(EscalationConditionKind.NormalizedRatingAtMost, value)
            : throw new ArgumentOutOfRangeException(nameof(value), value, "value must be in [0, 1].");

    /// <summary>Holds when the author's audience (followers) is known and at least <paramref name="followers"/>.</summary>
    /// <param name="followers">The smallest audience that holds; zero or more.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="followers"/> is negative.</exception>
    public static EscalationCondition AudienceAtLeast(long followers)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(followers);
        return new CountCondition(EscalationConditionKind.AudienceAtLeast, followers, Duration.Zero);
    }

    /// <summary>Holds when the review comes from one of the channels.</summary>
    /// <param name="channels">The channels; at least one, none the default value.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channels"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="channels"/> is empty or holds the default value.</exception>
    public static EscalationCondition Channel(params IEnumerable<ReviewSource> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var set = channels.Distinct().ToImmutableArray();
        if (set.IsEmpty || set.Contains(default))
        {
            throw new ArgumentException("channels must hold at least one channel and no default value.", nameof(channels));
        }

        return new ChannelCondition(set);
    }

    /// <summary>Holds when the review is about one of the locations (ordinal ids).</summary>
    /// <param name="locationIds">The location ids; at least one, none blank.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="locationIds"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="locationIds"/> is empty or holds a blank id.</exception>
    public static EscalationCondition Location(params IEnumerable<string> locationIds) =>
        new IdSetCondition(EscalationConditionKind.Location, Ids(locationIds, nameof(locationIds)));

    /// <summary>
    /// Holds when the same customer complained at least <paramref name="atLeast"/> times within <paramref name="within"/>,
    /// by the count the host gives in <see cref="EscalationContext.RepeatComplaints"/> (see its remarks).
    /// </summary>
    /// <param name="atLeast">The smallest count that holds; 1 or more.</param>
    /// <param name="within">The window; positive.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="atLeast"/> is under 1 or <paramref name="within"/> is not positive.</exception>
    public static EscalationCondition RepeatComplaints(int atLeast, Duration within)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(atLeast, 1);
        return new CountCondition(EscalationConditionKind.RepeatComplaints, atLeast, Positive(within, nameof(within)));
    }

    /// <summary>Holds when the case was reopened at least <paramref name="atLeast"/> times.</summary>
    /// <param name="atLeast">The smallest number of reopenings that holds; 1 or more.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="atLeast"/> is under 1.</exception>
    public static EscalationCondition Reopened(int atLeast = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(atLeast, 1);
        return new CountCondition(EscalationConditionKind.Reopened, atLeast, Duration.Zero);
    }

    /// <summary>
    /// Holds when the first public reply was posted at least <paramref name="after"/> ago and the customer was never
    /// contacted privately (a contact made before the public reply counts as a contact).
    /// </summary>
    /// <param name="after">The time allowed after the public reply; positive, in calendar time.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="after"/> is not positive.</exception>
    public static EscalationCondition NoPrivateContactAfterPublicReply(Duration after) =>
        new CaseTimeCondition(EscalationConditionKind.NoPrivateContactAfterPublicReply, Positive(after, nameof(after)));

    /// <summary>Holds when the case has been waiting on the customer, in its current wait, for at least <paramref name="duration"/> (calendar time).</summary>
    /// <param name="duration">The duration; positive.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is not positive.</exception>
    public static EscalationCondition WaitingOnCustomer(Duration duration) =>
        new CaseTimeCondition(EscalationConditionKind.WaitingOnCustomer, Positive(duration, nameof(duration)));

    /// <summary>
    /// Holds when a goodwill gesture above the agent's limit awaits approval. From the timeline: the latest
    /// <see cref="Cases.GoodwillGestureOffered"/> offered by an agent (<see cref="Cases.ActorKind.Agent"/>) that is above
    /// the limit (a percentage discount above <paramref name="maxPercentage"/>, any other kind above
    /// <paramref name="maxValue"/>) or that the agent recorded with <see cref="Cases.GoodwillGestureOffered.AwaitsApproval"/>
    /// awaits approval until another agent records the same gesture (same kind, amount and currency), which is how an
    /// approver confirms it. Gestures recorded by the system or the customer never await approval.
    /// </summary>
    /// <remarks>
    /// The response plan decides approval from more than the amount (the remaining budget, the order value, the caps of
    /// the case): record the gesture with <see cref="Cases.GoodwillGestureOffered.AwaitsApproval"/> when its
    /// <see cref="Responses.GestureAllowance.Evaluate"/> says <see cref="Responses.GestureDecision.NeedsApproval"/>, and
    /// every form of this condition recognises it. Use <see cref="GestureAwaitingApproval()"/> to read the flag only.
    /// </remarks>
    /// <param name="maxPercentage">The largest percentage discount an agent may offer alone, in [0, 100]; <see langword="null"/> for no limit on discounts.</param>
    /// <param name="maxValue">The largest value of any other gesture an agent may offer alone, whatever the currency, zero or more; <see langword="null"/> for no limit.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">Both limits are null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPercentage"/> is outside [0, 100] or <paramref name="maxValue"/> is negative.</exception>
    public static EscalationCondition GestureAwaitingApproval(decimal? maxPercentage, decimal? maxValue)
    {
        if (maxPercentage is null && maxValue is null)
        {
            throw new ArgumentException("a gesture limit needs maxPercentage, maxValue or both.", nameof(maxPercentage));
        }

        if (maxPercentage is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPercentage), maxPercentage, "maxPercentage must be in [0, 100].");
        }

        if (maxValue is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxValue), maxValue, "maxValue must be zero or more.");
        }

        return new GestureCondition(maxPercentage, maxValue);
    }

    /// <summary>
    /// Holds when an agent recorded a goodwill gesture with <see cref="Cases.GoodwillGestureOffered.AwaitsApproval"/> (as
    /// the response plan's <see cref="Responses.GestureAllowance.Evaluate"/> decided) and no other agent has recorded the
    /// same gesture (same kind, amount and currency) to approve it. The amount alone never makes this form hold.
    /// </summary>
    /// <returns>The condition.</returns>
    /// <remarks>In configuration, <c>GestureRecordedAwaitingApproval: true</c> on a rule gives this condition.</remarks>
    public static EscalationCondition GestureAwaitingApproval() => new GestureCondition(null, null);

    /// <summary>Compares two conditions for equality.</summary>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(EscalationCondition? left, EscalationCondition? right) => Equals(left, right);

    /// <summary>Compares two conditions for inequality.</summary>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EscalationCondition? left, EscalationCondition? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(EscalationCondition? other) =>
        other is not null && Kind == other.Kind && GetType() == other.GetType() && EqualsCore(other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EscalationCondition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, HashCore());

    /// <summary>Describes the test.</summary>
    /// <returns>For example <c>Resolution: at least 75% of the goal used</c>.</returns>
    public abstract override string ToString();

    /// <summary>Whether the condition holds for the context at <paramref name="now"/>.</summary>
    internal abstract bool IsMet(in EscalationContext context, in SlaFacts sla, Instant now);

    /// <summary>
    /// How long after <paramref name="now"/>, in nanoseconds, the condition, false now, becomes true if nothing else
    /// happens to the case; <see cref="Never"/> when time alone never makes it true.
    /// </summary>
    internal virtual long MetAfter(in EscalationContext context, in SlaFacts sla, Instant now, IBusinessCalendarProvider? calendars) => Never;

    /// <summary>Why the condition holds, with the case's own figures, for a decision's reason.</summary>
    internal abstract string Explain(in EscalationContext context, Instant now);

    private protected abstract bool EqualsCore(EscalationCondition other);

    private protected abstract int HashCore();

    private static Duration Positive(Duration value, string paramName) =>
        value > Duration.Zero ? value : throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be positive.");

    private static ImmutableArray<string> Ids(IEnumerable<string> ids, string paramName)
    {
        ArgumentNullException.ThrowIfNull(ids, paramName);
        var set = ImmutableArray.CreateBuilder<string>();
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException($"{paramName} must not hold a null or blank id.", paramName);
            }

            if (!set.Contains(id))
            {
                set.Add(Guard.MaxLength(id, paramName, Guard.MaxLabelLength));
            }
        }

        return set.Count == 0
            ? throw new ArgumentException($"{paramName} must hold at least one id.", paramName)
            : set.ToImmutable();
    }

    private static string Format(Duration d) =>
        d.ToString(d < Duration.Zero ? "-H:mm:ss" : "H:mm:ss", CultureInfo.InvariantCulture);

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

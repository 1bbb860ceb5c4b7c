using ReviewKit.Calendars;
using ReviewKit.Cases;
using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.Sla;

/// <summary>
/// Chooses the <see cref="SlaPolicy"/> of each case (ordered first-match rules, then a default) and evaluates its SLA
/// clocks from the case's own timeline.
/// </summary>
/// <remarks>
/// <para><b>Clocks.</b> First public reply and first private contact run from the opening; next reply from the
/// customer's oldest unanswered message; resolution from the opening to the resolution (or the closing of an
/// unresolved case). Time is counted in each target's calendar; waiting periods on the customer are pauses for targets
/// that ask for it (see <see cref="SlaTarget.PauseWhileWaitingOnCustomer"/>).</para>
/// <para><b>Reopening.</b> A reopened case resumes its resolution clock with the time already used: the time between a
/// resolution (or closing) and the reopening never counts.</para>
/// <para><b>Policy changes.</b> The policy is chosen from the case's severity, priority, channel and location. A change
/// of severity or priority that selects another policy recomputes the running clocks from the case's own timeline (from
/// their start, with the new targets and calendars), and a breach found that way is dated at the earliest at the change
/// (or at <see cref="SlaPolicy.EffectiveFrom"/>): it is never back-dated. A clock that already stopped keeps the verdict
/// of the policy in force when it stopped.</para>
/// <para><b>Cost.</b> Calendars are resolved once, here; an evaluation walks the timeline once and costs a few binary
/// searches per clock; it allocates nothing unless the case was reopened or waits on the customer through more than
/// eight periods. Immutable and thread-safe.</para>
/// </remarks>
public sealed class SlaEvaluator
{
    private const int MetricCount = 4;
    private static readonly BusinessCalendar CalendarHours = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);

    private readonly Plan _default;
    private readonly SlaPolicyRule[] _rules;
    private readonly Plan[] _rulePlans;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="defaultPolicy">The policy of cases no rule matches, for example <see cref="SlaPolicy.Default"/>.</param>
    /// <param name="rules">The selection rules, tried in order; <see langword="null"/> for none.</param>
    /// <param name="calendars">Resolves the calendar names of the targets; may be <see langword="null"/> when every target counts calendar hours.</param>
    /// <exception cref="ArgumentNullException"><paramref name="defaultPolicy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rules"/> holds a null, or a target names a calendar and <paramref name="calendars"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">A target names a calendar <paramref name="calendars"/> does not know.</exception>
    public SlaEvaluator(SlaPolicy defaultPolicy, IEnumerable<SlaPolicyRule>? rules = null, IBusinessCalendarProvider? calendars = null)
    {
        ArgumentNullException.ThrowIfNull(defaultPolicy);
        _rules = rules?.ToArray() ?? [];
        if (Array.IndexOf(_rules, null) >= 0)
        {
            throw new ArgumentException("rules must not contain null.", nameof(rules));
        }

        var plans = new Dictionary<SlaPolicy, Plan>(ReferenceEqualityComparer.Instance);
        _default = PlanFor(defaultPolicy, calendars, plans);
        _rulePlans = [.. _rules.Select(r => PlanFor(r.Policy, calendars, plans))];
    }

    /// <summary>Gets the policy of cases no rule matches.</summary>
    public SlaPolicy DefaultPolicy => _default.Policy;

    /// <summary>Gets the selection rules, in the order they are tried.</summary>
    public IReadOnlyList<SlaPolicyRule> Rules => _rules;

    /// <summary>Chooses the policy of a case as it is now.</summary>
    /// <param name="reviewCase">The case.</param>
    /// <returns>The policy of the first matching rule, or <see cref="DefaultPolicy"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reviewCase"/> is null.</exception>
    public SlaPolicy SelectPolicy(ReviewCase reviewCase)
    {
        ArgumentNullException.ThrowIfNull(reviewCase);
        return Select(reviewCase.Severity, reviewCase.Priority, reviewCase.Review.Id.Source, reviewCase.Review.LocationId).Policy;
    }

    /// <summary>Evaluates every SLA clock of a case.</summary>
    /// <param name="reviewCase">The case.</param>
    /// <param name="now">The moment of evaluation (from the host's <see cref="IClock"/>); not before the case's last event.</param>
    /// <returns>The clocks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reviewCase"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before the case's last event, or outside the range business calendars support.</exception>
    /// <exception cref="InvalidOperationException">A target's deadline lies beyond <see cref="BusinessCalendar.SearchHorizon"/> in its calendar.</exception>
    public SlaEvaluation Evaluate(ReviewCase reviewCase, Instant now)
    {
        ArgumentNullException.ThrowIfNull(reviewCase);
        var timeline = reviewCase.Timeline;
        var lastAt = timeline[^1].At;
        if (now < lastAt)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, $"now must not be before the case's last event ({lastAt}).");
        }

        var source = reviewCase.Review.Id.Source;
        var location = reviewCase.Review.LocationId;
        var firstPublicReplyAt = reviewCase.FirstPublicReplyAt;
        var firstPrivateContactAt = reviewCase.FirstPrivateContactAt;
        var resolvedAt = reviewCase.ResolvedAt ?? reviewCase.ClosedAt;

        // One walk over the timeline: the policy in force at each stop, when the current one took effect, and the
        // periods between a resolution (or closing) and a reopening.
        Severity? severity = null;
        var priority = CasePriority.Normal;
        var current = new PlanAt(Select(null, priority, source, location), null);
        PlanAt? atPublicReply = null, atPrivateContact = null, atResolution = null;
        var gaps = reviewCase.ReopenCount > 0 ? new Interval[reviewCase.ReopenCount] : null;
        var gapCount = 0;
        Instant? stoppedSince = null;
        foreach (var e in timeline)
        {
            Capture(ref atPublicReply, firstPublicReplyAt, e.At, current);
            Capture(ref atPrivateContact, firstPrivateContactAt, e.At, current);
            Capture(ref atResolution, resolvedAt, e.At, current);
            switch (e)
            {
                case CaseTriaged triaged:
                    severity = triaged.Severity;
                    current = Reselect(current, severity, priority, source, location, e.At);
                    break;
                case CasePriorityChanged changed:
                    priority = changed.Priority;
                    current = Reselect(current, severity, priority, source, location, e.At);
                    break;
                case CaseResolved or CaseClosed when gaps is not null:
                    stoppedSince ??= e.At;
                    break;
                case CaseReopened when gaps is not null:
                    gaps[gapCount++] = new Interval(stoppedSince ?? e.At, e.At);
                    stoppedSince = null;
                    break;
            }
        }

        // Pauses while waiting on the customer: the finished periods, then the current one up to now.
        var waitingSince = reviewCase.WaitingSince;
        var periods = reviewCase.WaitingPeriods.AsSpan();
        var count = periods.Length + (waitingSince is null ? 0 : 1);
        Span<Interval> waiting = count <= 8 ? stackalloc Interval[count] : new Interval[count];
        periods.CopyTo(waiting);
        if (waitingSince is { } since)
        {
            waiting[^1] = new Interval(since, now);
        }

        var isWaiting = waitingSince is not null;
        var plan = current.Plan;
        var firstPublic = source.IsPrivateChannel
            ? new SlaMetricResult(SlaMetric.FirstPublicReply)
            : Compute(SlaMetric.FirstPublicReply, atPublicReply ?? current, reviewCase.OpenedAt, firstPublicReplyAt, now, waiting, isWaiting, []);
        var firstPrivate = Compute(SlaMetric.FirstPrivateContact, atPrivateContact ?? current, reviewCase.OpenedAt, firstPrivateContactAt, now, waiting, isWaiting, []);
        var nextReply = Compute(SlaMetric.NextReply, current, reviewCase.OldestUnansweredCustomerMessageAt, null, now, waiting, isWaiting, []);
        var resolution = Compute(SlaMetric.Resolution, atResolution ?? current, reviewCase.OpenedAt, resolvedAt, now, waiting, isWaiting, gaps.AsSpan(0, gapCount));
        return new SlaEvaluation(plan.Policy, firstPublic, firstPrivate, nextReply, resolution);
    }

    /// <summary>Measures compliance over many cases: per metric, how many clocks met their goal, met it late, were breached or still run, and the median and 90th percentile of the time they took.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="now">The moment of evaluation; not before any case's last event.</param>
    /// <returns>One entry per <see cref="SlaMetric"/>, in its order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null or holds a null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before a case's last event.</exception>
    public IReadOnlyList<SlaMetricCompliance> Compliance(IEnumerable<ReviewCase> cases, Instant now)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var counts = new int[MetricCount, 4];
        var business = new List<Duration>[MetricCount];
        var calendar = new List<Duration>[MetricCount];
        for (var m = 0; m < MetricCount; m++)
        {
            business[m] = [];
            calendar[m] = [];
        }

        foreach (var reviewCase in cases)
        {
            ArgumentNullException.ThrowIfNull(reviewCase, nameof(cases));
            var evaluation = Evaluate(reviewCase, now);
            for (var m = 0; m < MetricCount; m++)
            {
                var result = evaluation[(SlaMetric)m];
                var bucket = result.State switch
                {
                    SlaState.Met => 0,
                    SlaState.MetLate => 1,
                    SlaState.Breached => 2,
                    SlaState.Running or SlaState.Paused => 3,
                    _ => -1,
                };
                if (bucket < 0)
                {
                    continue;
                }

                counts[m, bucket]++;
                if (result.CalendarTime is { } wall)
                {
                    business[m].Add(result.Elapsed);
                    calendar[m].Add(wall);
                }
            }
        }

        var report = new SlaMetricCompliance[MetricCount];
        for (var m = 0; m < MetricCount; m++)
        {
            business[m].Sort();
            calendar[m].Sort();
            report[m] = new SlaMetricCompliance(
                (SlaMetric)m, counts[m, 0], counts[m, 1], counts[m, 2], counts[m, 3],
                Percentile(business[m], 0.5), Percentile(business[m], 0.9), Percentile(calendar[m], 0.5), Percentile(calendar[m], 0.9));
        }

        return report;
    }

    private static Duration? Percentile(List<Duration> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static void Capture(ref PlanAt? captured, Instant? stop, Instant eventAt, PlanAt current)
    {
        if (captured is null && stop is { } s && s < eventAt)
        {
            captured = current;
        }
    }

    private static Plan PlanFor(SlaPolicy policy, IBusinessCalendarProvider? calendars, Dictionary<SlaPolicy, Plan> plans)
    {
        if (plans.TryGetValue(policy, out var existing))
        {
            return existing;
        }

        var resolved = new BusinessCalendar?[MetricCount];
        for (var m = 0; m < MetricCount; m++)
        {
            if (policy.Targets[m] is not { } target)
            {
                continue;
            }

            if (target.CalendarName is null)
            {
                resolved[m] = CalendarHours;
            }
            else if (calendars is null)
            {
                throw new ArgumentException(
                    $"The policy '{policy.Name}' counts {(SlaMetric)m} in the calendar '{target.CalendarName}', but no calendar provider was given.",
                    nameof(calendars));
            }
            else
            {
                resolved[m] = calendars.GetCalendar(target.CalendarName);
            }
        }

        var plan = new Plan(policy, resolved);
        plans[policy] = plan;
        return plan;
    }

    private static SlaMetricResult Compute(
        SlaMetric metric,
        PlanAt planAt,
        Instant? start,
        Instant? stop,
        Instant now,
        ReadOnlySpan<Interval> waiting,
        bool isWaiting,
        ReadOnlySpan<Interval> gaps)
    {
        var m = (int)metric;
        var target = planAt.Plan.Policy.Targets[m];
        if (target is null || start is not { } s)
        {
            return new SlaMetricResult(metric);
        }

        var calendar = planAt.Plan.Calendars[m]!;
        ReadOnlySpan<Interval> pauses = target.PauseWhileWaitingOnCustomer ? waiting : [];
        if (!gaps.IsEmpty)
        {
            pauses = Combine(pauses, gaps);
        }

        var (elapsed, dueAt, limitAt) = calendar.Measure(s, stop ?? now, target.Goal, target.Limit, pauses);
        var goal = target.Goal.ToInt64Nanoseconds();
        var remaining = goal - elapsed;
        var fraction = (double)elapsed / goal;
        var breachedAt = long.MinValue;
        SlaState state;
        if (elapsed > target.Limit.ToInt64Nanoseconds())
        {
            state = SlaState.Breached;
            var floor = Later(planAt.Plan.Policy.EffectiveFrom, planAt.Since);
            breachedAt = floor is { } f && BusinessCalendar.ToNanoseconds(f) > limitAt ? BusinessCalendar.ToNanoseconds(f) : limitAt;
        }
        else if (stop is not null)
        {
            state = elapsed <= goal ? SlaState.Met : SlaState.MetLate;
        }
        else
        {
            state = isWaiting && target.PauseWhileWaitingOnCustomer ? SlaState.Paused : SlaState.Running;
        }

        var warnings = 0;
        if (state is SlaState.Running or SlaState.Paused)
        {
            foreach (var f in target.Fractions)
            {
                warnings += fraction >= f ? 1 : 0;
            }

            foreach (var d in target.Offsets)
            {
                warnings += remaining <= d.ToInt64Nanoseconds() ? 1 : 0;
            }
        }

        var stoppedAt = stop is { } stopped ? BusinessCalendar.ToNanoseconds(stopped) : long.MinValue;
        return new SlaMetricResult(metric, state, BusinessCalendar.ToNanoseconds(s), stoppedAt, dueAt, limitAt, elapsed, remaining, fraction, breachedAt, warnings);
    }

    private static Interval[] Combine(ReadOnlySpan<Interval> waiting, ReadOnlySpan<Interval> gaps)
    {
        var all = new Interval[waiting.Length + gaps.Length];
        waiting.CopyTo(all);
        gaps.CopyTo(all.AsSpan(waiting.Length));
        Array.Sort(all, static (a, b) => a.Start.CompareTo(b.Start));
        return all;
    }

    private static Instant? Later(Instant? a, Instant? b) => a is null ? b : b is null ? a : Instant.Max(a.Value, b.Value);

    private PlanAt Reselect(PlanAt current, Severity? severity, CasePriority priority, ReviewSource source, string? location, Instant at)
    {
        var plan = Select(severity, priority, source, location);
        return ReferenceEquals(plan, current.Plan) ? current : new PlanAt(plan, at);
    }

    private Plan Select(Severity? severity, CasePriority priority, ReviewSource source, string? location)
    {
        for (var i = 0; i < _rules.Length; i++)
        {
            if (_rules[i].Matches(severity, priority, source, location))
            {
                return _rulePlans[i];
            }
        }

        return _default;
    }

    /// <summary>A policy with its calendars resolved, per metric.</summary>
    private sealed record Plan(SlaPolicy Policy, BusinessCalendar?[] Calendars);

    /// <summary>The plan in force, and since when (null: since the opening).</summary>
    private readonly record struct PlanAt(Plan Plan, Instant? Since);
}

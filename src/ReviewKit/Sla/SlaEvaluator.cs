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
/// unresolved case). Time is counted in each target's calendar, minus the periods the case spent in the states the
/// target pauses on (<see cref="SlaTarget.PausedWhile"/>; the current state counts up to the moment of evaluation).</para>
/// <para><b>Answered messages.</b> A customer message (<see cref="CustomerReplied"/>) is answered by the first public
/// reply (<see cref="PublicReplyPosted"/>) or private contact (<see cref="PrivateContactMade"/>) that follows it in the
/// timeline (later, or at the same instant and after it in timeline order); a note, a gesture, a resolution or a closing
/// is not an answer. Messages that arrive before one answer form one reply cycle, measured from the oldest of them to
/// the answer. <see cref="SlaEvaluation.NextReply"/> is the cycle still waiting for its answer (not applicable when
/// every message is answered); <see cref="Compliance"/> counts every cycle of every case, answered or not.</para>
/// <para><b>Reopening.</b> A reopened case resumes its resolution clock with the time already used: the time between a
/// resolution (or closing) and the reopening never counts.</para>
/// <para><b>Policy changes.</b> The policy is chosen from the case's severity, priority, channel and location. A change
/// of severity or priority that selects another policy recomputes the running clocks from the case's own timeline (from
/// their start, with the new targets and calendars), and a breach found that way is dated at the earliest at the change
/// (or at <see cref="SlaPolicy.EffectiveFrom"/>): it is never back-dated. A clock that already stopped keeps the verdict
/// of the policy in force when it stopped.</para>
/// <para><b>Calendar changes.</b> Calendars are resolved through the provider, again whenever its
/// <see cref="IBusinessCalendarProvider.Version"/> changes (a configuration reload), so a changed calendar is used by the
/// evaluations that follow. A clock that stopped before the new version took effect
/// (<see cref="BusinessCalendar.EffectiveFrom"/>) is measured in the version in force when it stopped. Any other clock is
/// measured from its start in the new version; a breach that an earlier version had already reached while it was in
/// force stands at its date, and a breach found only by the new version is dated at the earliest when it took effect:
/// a breach is never back-dated.</para>
/// <para><b>Policy reloads.</b> The evaluator registered by <c>AddReviewKit</c> follows configuration reloads of its
/// policies and rules; an evaluator built in code keeps its policies for ever. A reload at instant R (from the host's
/// <see cref="IClock"/>) that changes them adds a version in force from R; the earlier versions are kept (the last 16).
/// A policy whose definition did not change keeps its instance; a changed or new one has its
/// <see cref="SlaPolicy.EffectiveFrom"/> set to R at the earliest. An evaluation at <c>now</c> uses the version in force
/// at <c>now</c> (so an evaluation at an instant before R gives the answer of the version before it), and, for a case
/// opened before that version took effect, judges each clock against the versions before it:
/// a clock that stopped before R keeps the verdict of the version in force when it stopped; a breach an earlier
/// version had reached before R stands at its date (even when the new policy alone would not breach); any other clock
/// is judged by the new policy from its own start (the opening, or the oldest unanswered message), with the new
/// target, in the new target's calendar: its elapsed time, goal and limit instants are the new policy's (they may lie
/// before R: a tighter goal already exceeded shows a due date in the past), and a breach only the new version finds is
/// dated at R at the earliest. A metric the new policy does not measure is not applicable from R, unless its clock had
/// stopped before R. A reload that fails validation keeps the versions in force.</para>
/// <para><b>Cost.</b> An evaluation walks the timeline once and costs a few binary searches per clock; it allocates
/// nothing unless the timeline holds more than 16 changes of state. A case opened before the latest reload of the
/// policies is evaluated once more for each version it spans. Thread-safe: an evaluation uses the versions kept when
/// it started, and reloads are serialised.</para>
/// </remarks>
public sealed class SlaEvaluator
{
    private const int MetricCount = 4;
    private const int StackSpans = 16;
    private const int StoppedStates = (1 << (int)CaseStatus.Resolved) | (1 << (int)CaseStatus.Closed);
    private static readonly BusinessCalendar CalendarHours = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);

    private readonly IBusinessCalendarProvider? _calendars;
    private readonly Lock _gate = new();
    private volatile EffectiveVersions<PolicySet> _versions;

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
        var ruleArray = rules?.ToArray() ?? [];
        if (Array.IndexOf(ruleArray, null) >= 0)
        {
            throw new ArgumentException("rules must not contain null.", nameof(rules));
        }

        _calendars = calendars;
        var set = new PolicySet(defaultPolicy, ruleArray, null);
        set.Plans = Resolve(set, calendars?.Version ?? 0);
        _versions = EffectiveVersions<PolicySet>.Of(set);
    }

    private SlaEvaluator(PolicySet set, IBusinessCalendarProvider? calendars)
    {
        _calendars = calendars;
        set.Plans = Resolve(set, calendars?.Version ?? 0);
        _versions = EffectiveVersions<PolicySet>.Of(set);
    }

    /// <summary>Gets the policy of cases no rule matches, in the version of the policies in force now.</summary>
    public SlaPolicy DefaultPolicy => _versions.Current.Default;

    /// <summary>Gets the selection rules, in the order they are tried, in the version of the policies in force now.</summary>
    public IReadOnlyList<SlaPolicyRule> Rules => _versions.Current.Rules;

    /// <summary>Gets how many versions of the policies the evaluator keeps (1 unless they were reloaded).</summary>
    internal int PolicyVersionCount => _versions.Count;

    /// <summary>Builds an evaluator from options, after checking them.</summary>
    /// <param name="options">The options, usually bound from <c>ReviewKit:Sla</c>.</param>
    /// <param name="calendars">Resolves the calendar names of the targets; may be <see langword="null"/> when every target counts calendar hours.</param>
    /// <param name="path">The configuration path of <paramref name="options"/>, used in messages.</param>
    /// <returns>The evaluator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem (see <see cref="Validate"/>).</exception>
    /// <exception cref="KeyNotFoundException">A target names a calendar <paramref name="calendars"/> does not know.</exception>
    public static SlaEvaluator FromOptions(SlaOptions options, IBusinessCalendarProvider? calendars = null, string path = SlaOptions.DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(path);
        return new SlaEvaluator(Compile(options, path, null, null, nameof(options)), calendars);
    }

    /// <summary>Checks options without building the evaluator, reporting every problem at once.</summary>
    /// <param name="options">The options.</param>
    /// <param name="path">The configuration path of <paramref name="options"/>, the prefix of every message.</param>
    /// <param name="calendarNames">The calendars a target may name (case-insensitive), or <see langword="null"/> not to check the names.</param>
    /// <returns>
    /// The problems, empty when the options are valid. Each is <c>{path}:{field path}: {rule} ({policy or rule}).</c>,
    /// for example <c>ReviewKit:Sla:Policies:vip:Resolution:Limit: 2.00:00:00 is under the goal 5.00:00:00 (policy 'vip').</c>
    /// Checked: a missing or non-positive goal, a limit under the goal, an unknown calendar, a warning percentage outside
    /// (0, 100], a due-within offset that is not positive, an unknown case state, a policy without any target, a rule
    /// naming an unknown policy, severity, channel or priority, a blank location, and an unknown default policy.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="path"/> is null.</exception>
    public static IReadOnlyList<string> Validate(SlaOptions options, string path = SlaOptions.DefaultPath, IEnumerable<string>? calendarNames = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(path);
        var errors = new List<string>();
        SlaOptionsCompiler.Compile(options, path, calendarNames is null ? null : new HashSet<string>(calendarNames, StringComparer.OrdinalIgnoreCase), errors);
        return errors;
    }

    /// <summary>
    /// Makes the policies and rules of <paramref name="options"/> take effect at <paramref name="at"/> (a configuration
    /// reload): see "Policy reloads" in the remarks. A policy whose definition did not change keeps its instance (and
    /// its <see cref="SlaPolicy.EffectiveFrom"/>); a changed or new one takes effect at <paramref name="at"/> at the
    /// earliest. Thread-safe: reloads are serialised, and an evaluation uses the versions that were kept when it started.
    /// </summary>
    /// <returns><see langword="true"/> when a new version took effect; <see langword="false"/> when nothing changed.</returns>
    /// <exception cref="ArgumentException">The options are invalid; the policies in force stay.</exception>
    /// <exception cref="KeyNotFoundException">A target names an unknown calendar; the policies in force stay.</exception>
    internal bool Reload(SlaOptions options, string path, Instant at)
    {
        lock (_gate)
        {
            var current = _versions.Current;
            var set = Compile(options, path, current, at, nameof(options));
            if (ReferenceEquals(set.Default, current.Default) && set.Rules.Length == current.Rules.Length
                && set.Rules.Zip(current.Rules).All(p => p.First.SameRule(p.Second)))
            {
                return false;
            }

            set.Plans = Resolve(set, _calendars?.Version ?? 0);
            _versions = _versions.With(set, at);
            return true;
        }
    }

    /// <summary>Chooses the policy of a case as it is now.</summary>
    /// <param name="reviewCase">The case.</param>
    /// <returns>The policy of the first matching rule, or <see cref="DefaultPolicy"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reviewCase"/> is null.</exception>
    public SlaPolicy SelectPolicy(ReviewCase reviewCase)
    {
        ArgumentNullException.ThrowIfNull(reviewCase);
        var set = _versions.Current;
        return set.SelectIndex(reviewCase.Severity, reviewCase.Priority, reviewCase.Review.Id.Source, reviewCase.Review.LocationId) is var i && i < 0
            ? set.Default
            : set.Rules[i].Policy;
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
        return EvaluateCore(reviewCase, now, null);
    }

    /// <summary>
    /// Measures compliance over many cases: per metric, how many clocks met their goal, met it late, were breached or
    /// still run, and the median and 90th percentile of the time they took. For <see cref="SlaMetric.NextReply"/> every
    /// reply cycle counts (see the remarks of <see cref="SlaEvaluator"/>), answered or still waiting.
    /// </summary>
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

        var answered = new List<SlaMetricResult>();
        foreach (var reviewCase in cases)
        {
            ArgumentNullException.ThrowIfNull(reviewCase, nameof(cases));
            answered.Clear();
            var evaluation = EvaluateCore(reviewCase, now, answered);
            for (var m = 0; m < MetricCount; m++)
            {
                Count(evaluation[(SlaMetric)m], m);
            }

            foreach (var cycle in answered)
            {
                Count(cycle, (int)SlaMetric.NextReply);
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

        void Count(in SlaMetricResult result, int m)
        {
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
                return;
            }

            counts[m, bucket]++;
            if (result.CalendarTime is { } wall)
            {
                business[m].Add(result.Elapsed);
                calendar[m].Add(wall);
            }
        }
    }

    /// <summary>
    /// Compiles options into a version of the policies; with a <paramref name="previous"/> version, the policies whose
    /// definition did not change keep their instance and the others take effect at <paramref name="at"/> at the earliest.
    /// </summary>
    private static PolicySet Compile(SlaOptions options, string path, PolicySet? previous, Instant? at, string paramName)
    {
        var configured = new Dictionary<string, SlaPolicyVersion>(StringComparer.OrdinalIgnoreCase);
        var errors = new List<string>();
        var compiled = SlaOptionsCompiler.Compile(options, path, null, errors, (name, policy) =>
        {
            if (previous?.Configured is { } known && known.TryGetValue(name, out var before) && before.Compiled.SameDefinition(policy))
            {
                configured[name] = before;
                return before.InForce;
            }

            var inForce = at is { } reloadedAt ? policy.WithEffectiveFrom(Later(policy.EffectiveFrom, reloadedAt)) : policy;
            configured[name] = new SlaPolicyVersion(policy, inForce);
            return inForce;
        });
        return compiled is { } c
            ? new PolicySet(c.DefaultPolicy, [.. c.Rules], configured)
            : throw new ArgumentException($"The SLA policies are invalid: {string.Join(" ", errors)}", paramName);
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

    /// <summary>The state a case is in after an event; the same transitions as <see cref="ReviewCase.Status"/>.</summary>
    private static CaseStatus After(CaseStatus status, CaseEvent e) => e switch
    {
        CaseOpened => CaseStatus.Open,
        PublicReplyPosted or PrivateContactMade or GoodwillGestureOffered => status == CaseStatus.Open ? CaseStatus.InProgress : status,
        CustomerReplied => status == CaseStatus.WaitingOnCustomer ? CaseStatus.InProgress : status,
        WaitingOnCustomerStarted => CaseStatus.WaitingOnCustomer,
        CaseResumed or CaseReopened => CaseStatus.InProgress,
        CaseResolved => CaseStatus.Resolved,
        CaseClosed => CaseStatus.Closed,
        _ => status,
    };

    private static Instant? Later(Instant? a, Instant? b) => a is null ? b : b is null ? a : Instant.Max(a.Value, b.Value);

    /// <summary>
    /// A clock as judged by a version of the policies that took effect at <paramref name="from"/>, given its result in
    /// that version (<paramref name="result"/>) and in the versions before (<paramref name="older"/>).
    /// </summary>
    private static SlaMetricResult Judge(SlaMetricResult result, SlaMetricResult older, Instant from)
    {
        if ((result.StoppedAt ?? older.StoppedAt) is { } stop && stop < from)
        {
            // Stopped before this version took effect: the verdict of the version in force when it stopped.
            return older;
        }

        if (result.State == SlaState.NotApplicable)
        {
            return result;
        }

        if (older.State == SlaState.Breached && older.BreachedAt is { } recorded && recorded < from)
        {
            // A breach an earlier version reached while it was in force stands at its date.
            return result.BreachedSince(recorded);
        }

        // A breach only this version finds is never dated before it took effect.
        return result.State == SlaState.Breached && result.BreachedAt < from ? result.BreachedSince(from) : result;
    }

    private SlaEvaluation EvaluateCore(ReviewCase reviewCase, Instant now, List<SlaMetricResult>? answered)
    {
        var lastAt = reviewCase.Events[^1].At;
        if (now < lastAt)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, $"now must not be before the case's last event ({lastAt}).");
        }

        var versions = _versions;
        return EvaluateVersion(versions, versions.IndexAt(now), reviewCase, now, answered);
    }

    /// <summary>
    /// Evaluates the case in the version of the policies at <paramref name="index"/>, judging each clock against the
    /// versions before it when the case was opened before this version took effect (see <see cref="Judge"/>).
    /// </summary>
    private SlaEvaluation EvaluateVersion(
        EffectiveVersions<PolicySet> versions, int index, ReviewCase reviewCase, Instant now, List<SlaMetricResult>? answered)
    {
        var first = answered?.Count ?? 0;
        var result = EvaluateWith(PlansOf(versions[index]), reviewCase, now, answered);
        if (index == 0 || versions.StartOf(index) is not { } from || from <= reviewCase.OpenedAt)
        {
            // Every clock of the case started once this version was in force.
            return result;
        }

        List<SlaMetricResult>? olderCycles = answered is null ? null : [];
        var older = EvaluateVersion(versions, index - 1, reviewCase, now, olderCycles);
        if (answered is not null)
        {
            // The reply cycles come from the timeline alone: the same cycles, in the same order, in every version.
            for (var i = 0; i < olderCycles!.Count; i++)
            {
                answered[first + i] = Judge(answered[first + i], olderCycles[i], from);
            }
        }

        return new SlaEvaluation(
            result.Policy,
            Judge(result.FirstPublicReply, older.FirstPublicReply, from),
            Judge(result.FirstPrivateContact, older.FirstPrivateContact, from),
            Judge(result.NextReply, older.NextReply, from),
            Judge(result.Resolution, older.Resolution, from));
    }

    /// <summary>Evaluates the case with one version of the policies (calendar versions are judged inside, in <see cref="Compute"/>).</summary>
    private SlaEvaluation EvaluateWith(Plans plans, ReviewCase reviewCase, Instant now, List<SlaMetricResult>? answered)
    {
        var timeline = reviewCase.Events;
        var source = reviewCase.Review.Id.Source;
        var location = reviewCase.Review.LocationId;
        var firstPublicReplyAt = reviewCase.FirstPublicReplyAt;
        var firstPrivateContactAt = reviewCase.FirstPrivateContactAt;
        var resolvedAt = reviewCase.ResolvedAt ?? reviewCase.ClosedAt;

        // One walk over the timeline: the policy in force at each stop, when the current one took effect, the periods
        // the case spent in each state that some target pauses on, and (for compliance) the answered reply cycles.
        Severity? severity = null;
        var priority = CasePriority.Normal;
        var current = new PlanAt(plans.Select(null, priority, source, location), null);
        PlanAt? atPublicReply = null, atPrivateContact = null, atResolution = null;
        var recorded = plans.PauseMask | StoppedStates;
        Span<StatusSpan> spans = timeline.Length < StackSpans ? stackalloc StatusSpan[timeline.Length + 1] : new StatusSpan[timeline.Length + 1];
        var spanCount = 0;
        var status = CaseStatus.Open;
        var since = timeline[0].At;
        Instant? oldestUnanswered = null;
        List<(Instant Start, Instant Stop, PlanAt Plan)>? cycleList = answered is null ? null : [];
        foreach (var e in timeline)
        {
            Capture(ref atPublicReply, firstPublicReplyAt, e.At, current);
            Capture(ref atPrivateContact, firstPrivateContactAt, e.At, current);
            Capture(ref atResolution, resolvedAt, e.At, current);
            switch (e)
            {
                case CaseTriaged triaged:
                    severity = triaged.Severity;
                    current = Reselect(plans, current, severity, priority, source, location, e.At);
                    break;
                case CasePriorityChanged changed:
                    priority = changed.Priority;
                    current = Reselect(plans, current, severity, priority, source, location, e.At);
                    break;
                case CustomerReplied when cycleList is not null:
                    oldestUnanswered ??= e.At;
                    break;
                case PublicReplyPosted or PrivateContactMade when cycleList is not null && oldestUnanswered is { } asked:
                    cycleList.Add((asked, e.At, current));
                    oldestUnanswered = null;
                    break;
            }

            var next = After(status, e);
            if (next != status)
            {
                if ((recorded & (1 << (int)status)) != 0 && since < e.At)
                {
                    spans[spanCount++] = new StatusSpan(new Interval(since, e.At), status);
                }

                status = next;
                since = e.At;
            }
        }

        if ((recorded & (1 << (int)status)) != 0 && since < now)
        {
            spans[spanCount++] = new StatusSpan(new Interval(since, now), status);
        }

        var states = spans[..spanCount];
        Span<Interval> scratch = spanCount <= StackSpans ? stackalloc Interval[spanCount] : new Interval[spanCount];
        var firstPublic = source.IsPrivateChannel
            ? new SlaMetricResult(SlaMetric.FirstPublicReply)
            : Compute(SlaMetric.FirstPublicReply, atPublicReply ?? current, reviewCase.OpenedAt, firstPublicReplyAt, now, status, states, scratch);
        var firstPrivate = Compute(SlaMetric.FirstPrivateContact, atPrivateContact ?? current, reviewCase.OpenedAt, firstPrivateContactAt, now, status, states, scratch);
        var nextReply = Compute(SlaMetric.NextReply, current, reviewCase.OldestUnansweredCustomerMessageAt, null, now, status, states, scratch);
        var resolution = Compute(SlaMetric.Resolution, atResolution ?? current, reviewCase.OpenedAt, resolvedAt, now, status, states, scratch);
        if (cycleList is not null)
        {
            foreach (var (start, stop, plan) in cycleList)
            {
                answered!.Add(Compute(SlaMetric.NextReply, plan, start, stop, now, status, states, scratch));
            }
        }

        return new SlaEvaluation(current.Plan.Policy, firstPublic, firstPrivate, nextReply, resolution);
    }

    /// <summary>The plans of a version of the policies, resolved again when the calendar provider's version changed.</summary>
    private Plans PlansOf(PolicySet set)
    {
        var plans = set.Plans!;
        if (_calendars is { } provider && provider.Version is var version && version != plans.Version)
        {
            plans = Resolve(set, version);
            set.Plans = plans;
        }

        return plans;
    }

    private Plans Resolve(PolicySet set, long version)
    {
        var byPolicy = new Dictionary<SlaPolicy, Plan>(ReferenceEqualityComparer.Instance);
        var defaultPlan = PlanFor(set.Default, byPolicy);
        var rulePlans = set.Rules.Select(r => PlanFor(r.Policy, byPolicy)).ToArray();
        var mask = 0;
        foreach (var plan in byPolicy.Values)
        {
            foreach (var target in plan.Policy.Targets)
            {
                mask |= target?.PauseMask ?? 0;
            }
        }

        return new Plans(version, set, defaultPlan, rulePlans, mask);
    }

    private Plan PlanFor(SlaPolicy policy, Dictionary<SlaPolicy, Plan> plans)
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
            else if (_calendars is null)
            {
                throw new ArgumentException(
                    $"The policy '{policy.Name}' counts {(SlaMetric)m} in the calendar '{target.CalendarName}', but no calendar provider was given.",
                    "calendars");
            }
            else
            {
                resolved[m] = _calendars.GetCalendar(target.CalendarName);
            }
        }

        var plan = new Plan(policy, resolved);
        plans[policy] = plan;
        return plan;
    }

    private SlaMetricResult Compute(
        SlaMetric metric,
        PlanAt planAt,
        Instant? start,
        Instant? stop,
        Instant now,
        CaseStatus status,
        ReadOnlySpan<StatusSpan> states,
        Span<Interval> scratch)
    {
        var m = (int)metric;
        var target = planAt.Plan.Policy.Targets[m];
        if (target is null || start is not { } s)
        {
            return new SlaMetricResult(metric);
        }

        // The pauses of this target, in time order (the state periods are disjoint and in order): the states it pauses
        // on, and for the resolution the periods after a resolution or closing, that began before the clock's end.
        var end = stop ?? now;
        var mask = target.PauseMask | (metric == SlaMetric.Resolution ? StoppedStates : 0);
        var count = 0;
        foreach (var span in states)
        {
            if ((mask & (1 << (int)span.Status)) != 0 && span.Period.Start < end)
            {
                scratch[count++] = span.Period;
            }
        }

        ReadOnlySpan<Interval> pauses = scratch[..count];
        var calendar = planAt.Plan.Calendars[m]!;
        if (stop is { } stoppedAt && calendar.EffectiveFrom is { } changed && stoppedAt < changed)
        {
            // Stopped before this version took effect: measured in the version in force when it stopped.
            calendar = _calendars!.GetCalendar(target.CalendarName!, stoppedAt);
        }

        var (elapsed, dueAt, limitAt) = calendar.Measure(s, end, target.Goal, target.Limit, pauses);
        var goal = target.Goal.ToInt64Nanoseconds();
        var remaining = goal - elapsed;
        var fraction = (double)elapsed / goal;
        var breachedAt = long.MinValue;
        SlaState state;
        if (RecordedBreach(target, planAt, s, end, calendar, pauses) is { } recordedAt)
        {
            state = SlaState.Breached;
            breachedAt = recordedAt;
        }
        else if (elapsed > target.Limit.ToInt64Nanoseconds())
        {
            state = SlaState.Breached;
            var floor = Later(Later(planAt.Plan.Policy.EffectiveFrom, planAt.Since), calendar.EffectiveFrom);
            breachedAt = floor is { } f && BusinessCalendar.ToNanoseconds(f) > limitAt ? BusinessCalendar.ToNanoseconds(f) : limitAt;
        }
        else if (stop is not null)
        {
            state = elapsed <= goal ? SlaState.Met : SlaState.MetLate;
        }
        else
        {
            state = target.PausesWhile(status) ? SlaState.Paused : SlaState.Running;
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

        var stoppedNs = stop is { } stopped ? BusinessCalendar.ToNanoseconds(stopped) : long.MinValue;
        return new SlaMetricResult(metric, state, BusinessCalendar.ToNanoseconds(s), stoppedNs, dueAt, limitAt, elapsed, remaining, fraction, breachedAt, warnings);
    }

    /// <summary>
    /// The earliest breach an earlier version of the calendar reached while it was in force, for a clock that started
    /// before the current version took effect; null when none did (or the calendar never changed).
    /// </summary>
    private long? RecordedBreach(SlaTarget target, PlanAt planAt, Instant start, Instant end, BusinessCalendar calendar, ReadOnlySpan<Interval> pauses)
    {
        long? earliest = null;
        var version = calendar;
        while (version.EffectiveFrom is { } from && start < from && end > from && target.CalendarName is { } name)
        {
            var previous = _calendars!.GetCalendar(name, from - Duration.Epsilon);
            if (ReferenceEquals(previous, version) || previous.EffectiveFrom >= from)
            {
                break;
            }

            var (_, _, limitAt) = previous.Measure(start, from, target.Goal, target.Limit, pauses);
            var floor = Later(Later(planAt.Plan.Policy.EffectiveFrom, planAt.Since), previous.EffectiveFrom);
            var at = floor is { } f && BusinessCalendar.ToNanoseconds(f) > limitAt ? BusinessCalendar.ToNanoseconds(f) : limitAt;
            if (at < BusinessCalendar.ToNanoseconds(from))
            {
                earliest = at;
            }

            version = previous;
        }

        return earliest;
    }

    private PlanAt Reselect(Plans plans, PlanAt current, Severity? severity, CasePriority priority, ReviewSource source, string? location, Instant at)
    {
        var plan = plans.Select(severity, priority, source, location);
        return ReferenceEquals(plan, current.Plan) ? current : new PlanAt(plan, at);
    }

    /// <summary>
    /// One version of the policies: the default, the rules, what each configured policy was compiled from (to keep
    /// the policies a reload did not change), and its plans for the calendar provider's current version.
    /// </summary>
    private sealed class PolicySet(SlaPolicy defaultPolicy, SlaPolicyRule[] rules, IReadOnlyDictionary<string, SlaPolicyVersion>? configured)
    {
        private volatile Plans? _plans;

        public SlaPolicy Default { get; } = defaultPolicy;

        public SlaPolicyRule[] Rules { get; } = rules;

        public IReadOnlyDictionary<string, SlaPolicyVersion>? Configured { get; } = configured;

        public Plans? Plans
        {
            get => _plans;
            set => _plans = value;
        }

        public int SelectIndex(Severity? severity, CasePriority priority, ReviewSource source, string? location)
        {
            for (var i = 0; i < Rules.Length; i++)
            {
                if (Rules[i].Matches(severity, priority, source, location))
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>A configured policy: as compiled from its options, and the instance in force (with its effective instant).</summary>
    private sealed record SlaPolicyVersion(SlaPolicy Compiled, SlaPolicy InForce);

    /// <summary>The policies of one version with their calendars resolved, for one version of the calendar provider.</summary>
    private sealed record Plans(long Version, PolicySet Set, Plan Default, Plan[] RulePlans, int PauseMask)
    {
        public Plan Select(Severity? severity, CasePriority priority, ReviewSource source, string? location) =>
            Set.SelectIndex(severity, priority, source, location) is var i && i < 0 ? Default : RulePlans[i];
    }

    /// <summary>A policy with its calendars resolved, per metric.</summary>
    private sealed record Plan(SlaPolicy Policy, BusinessCalendar?[] Calendars);

    /// <summary>The plan in force, and since when (null: since the opening).</summary>
    private readonly record struct PlanAt(Plan Plan, Instant? Since);

    /// <summary>A period the case spent in one state.</summary>
    private readonly record struct StatusSpan(Interval Period, CaseStatus Status);
}

using ReviewKit.Sla;

namespace ReviewKit.Escalation;

/// <summary>What the SLA conditions read of one clock, extracted once per evaluation (the clocks are large structs).</summary>
internal readonly struct MetricFacts
{
    public MetricFacts(in SlaMetricResult clock, SlaTarget? target)
    {
        Open = clock.StartedAt is not null && clock.StoppedAt is null;
        Breached = clock.BreachedAt is not null;
        ElapsedNs = clock.Elapsed.ToInt64Nanoseconds();
        GoalNs = ElapsedNs + clock.Remaining.ToInt64Nanoseconds();
        HasTarget = target is not null;
        LimitNs = target is null ? 0 : target.Limit.ToInt64Nanoseconds();
        Calendar = target?.CalendarName;
        Frozen = clock.State == SlaState.Paused;
    }

    /// <summary>Gets a value indicating whether the clock started and has not stopped.</summary>
    public bool Open { get; }

    /// <summary>Gets a value indicating whether the clock is breached (stopped or not).</summary>
    public bool Breached { get; }

    /// <summary>Gets a value indicating whether the clock stands still until an event (paused by a state of the case its target names).</summary>
    public bool Frozen { get; }

    /// <summary>Gets a value indicating whether the policy judging a running clock has a target for it.</summary>
    public bool HasTarget { get; }

    public long ElapsedNs { get; }

    public long GoalNs { get; }

    public long LimitNs { get; }

    /// <summary>Gets the business calendar of the target, or null for calendar hours.</summary>
    public string? Calendar { get; }
}

/// <summary>The four clocks of a case as <see cref="MetricFacts"/>.</summary>
internal readonly struct SlaFacts
{
    private readonly MetricFacts _firstPublicReply;
    private readonly MetricFacts _firstPrivateContact;
    private readonly MetricFacts _nextReply;
    private readonly MetricFacts _resolution;

    public SlaFacts(in EscalationContext context)
    {
        var sla = context.Sla;
        var targets = sla.Policy?.Targets;
        _firstPublicReply = new MetricFacts(sla.FirstPublicReply, targets?[(int)SlaMetric.FirstPublicReply]);
        _firstPrivateContact = new MetricFacts(sla.FirstPrivateContact, targets?[(int)SlaMetric.FirstPrivateContact]);
        _nextReply = new MetricFacts(sla.NextReply, targets?[(int)SlaMetric.NextReply]);
        _resolution = new MetricFacts(sla.Resolution, targets?[(int)SlaMetric.Resolution]);
        PolicyName = sla.Policy?.Name;
    }

    public string? PolicyName { get; }

    public MetricFacts this[SlaMetric metric] => metric switch
    {
        SlaMetric.FirstPublicReply => _firstPublicReply,
        SlaMetric.FirstPrivateContact => _firstPrivateContact,
        SlaMetric.NextReply => _nextReply,
        _ => _resolution,
    };
}

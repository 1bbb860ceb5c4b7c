using ReviewKit.Analysis;
using ReviewKit.Cases;
using ReviewKit.Sla;
using ReviewKit.Triage;

namespace ReviewKit.Escalation;

/// <summary>
/// Everything an <see cref="IEscalationEngine"/> judges one case by: the case, its SLA clocks, the triage and analysis of
/// its review, and how often the same customer complained lately.
/// </summary>
/// <remarks>
/// <para><b>SLA.</b> Give the <see cref="SlaEvaluation"/> computed for the same instant the engine is asked about (hosts
/// that evaluate many cases compute it once, for example in a batch); without it the engine computes it with its
/// <see cref="SlaEvaluator"/>.</para>
/// <para><b>Severity.</b> <see cref="Severity"/> is the one of <see cref="Triage"/> when given, otherwise the case's
/// latest <see cref="CaseTriaged"/>.</para>
/// <para><b>Repeat complaints.</b> The host counts the customer's complaints (this one included) over a window it
/// chooses and passes the count with the window: a rule "N times within W" holds when the count is at least N and the
/// window is not longer than W (a count over a shorter window never overstates the count over W).</para>
/// <para>An immutable value; thread-safe when the objects it holds are (they are immutable). The default value has no
/// case and is refused by the engine.</para>
/// </remarks>
public readonly struct EscalationContext
{
    private readonly SlaEvaluation _sla;

    /// <summary>Creates a context.</summary>
    /// <param name="reviewCase">The case.</param>
    /// <param name="sla">Its SLA clocks at the moment of evaluation, or <see langword="null"/> to let the engine compute them.</param>
    /// <param name="triage">The triage of its review, or <see langword="null"/>.</param>
    /// <param name="analysis">The analysis of its review (themes, risks), or <see langword="null"/>.</param>
    /// <param name="repeatComplaints">How many complaints the same customer made within <paramref name="repeatComplaintWindow"/>, this one included; zero or more.</param>
    /// <param name="repeatComplaintWindow">The window the count covers; zero when no count is given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reviewCase"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="repeatComplaints"/> or <paramref name="repeatComplaintWindow"/> is negative.</exception>
    public EscalationContext(
        ReviewCase reviewCase,
        SlaEvaluation? sla = null,
        TriageResult? triage = null,
        ReviewAnalysis? analysis = null,
        int repeatComplaints = 0,
        Duration repeatComplaintWindow = default)
    {
        ArgumentNullException.ThrowIfNull(reviewCase);
        ArgumentOutOfRangeException.ThrowIfNegative(repeatComplaints);
        if (repeatComplaintWindow < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(repeatComplaintWindow), repeatComplaintWindow, "repeatComplaintWindow must not be negative.");
        }

        Case = reviewCase;
        HasSla = sla.HasValue;
        _sla = sla.GetValueOrDefault();
        Triage = triage;
        Analysis = analysis;
        RepeatComplaints = repeatComplaints;
        RepeatComplaintWindow = repeatComplaintWindow;
    }

    /// <summary>Gets the case; <see langword="null"/> only for the default value.</summary>
    public ReviewCase Case { get; }

    /// <summary>Gets a value indicating whether <see cref="Sla"/> was given.</summary>
    public bool HasSla { get; }

    /// <summary>Gets the SLA clocks; the default value when <see cref="HasSla"/> is <see langword="false"/>.</summary>
    public SlaEvaluation Sla => _sla;

    /// <summary>Gets the triage of the review, or <see langword="null"/>.</summary>
    public TriageResult? Triage { get; }

    /// <summary>Gets the analysis of the review, or <see langword="null"/>.</summary>
    public ReviewAnalysis? Analysis { get; }

    /// <summary>Gets how many complaints the same customer made within <see cref="RepeatComplaintWindow"/>.</summary>
    public int RepeatComplaints { get; }

    /// <summary>Gets the window <see cref="RepeatComplaints"/> covers.</summary>
    public Duration RepeatComplaintWindow { get; }

    /// <summary>Gets the severity the rules see: the triage's when given, otherwise the case's, or <see langword="null"/>.</summary>
    public Severity? Severity => Triage is { } t ? t.Severity : Case?.Severity;

    /// <summary>Returns a copy with the SLA clocks set.</summary>
    /// <param name="sla">The SLA clocks at the moment of evaluation.</param>
    /// <returns>The copy.</returns>
    public EscalationContext WithSla(SlaEvaluation sla) =>
        new(Case, sla, Triage, Analysis, RepeatComplaints, RepeatComplaintWindow);

    /// <summary>Gets the clock of a metric without copying the whole evaluation.</summary>
    internal SlaMetricResult Clock(SlaMetric metric) => metric switch
    {
        SlaMetric.FirstPublicReply => _sla.FirstPublicReply,
        SlaMetric.FirstPrivateContact => _sla.FirstPrivateContact,
        SlaMetric.NextReply => _sla.NextReply,
        _ => _sla.Resolution,
    };
}

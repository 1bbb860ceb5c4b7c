using System.Collections.Immutable;
using ReviewKit.Cases;
using ReviewKit.Sla;
using ReviewKit.Triage;

namespace ReviewKit.Responses;

/// <summary>
/// The response to one negative review, step by step: public reply, private contact, solution, optional goodwill
/// gesture and follow-up, each with its due instant (from the SLA clocks) and its state (from the timeline), and the
/// brief an agent reads before the private contact.
/// </summary>
/// <remarks>
/// <para><see cref="Steps"/> always holds the five steps, in the order of <see cref="ResponseStepKind"/>; those that do
/// not apply say so.</para>
/// <para>A plan is a snapshot at <see cref="PlannedAt"/>: plan again after each event. Immutable and thread-safe; reference equality.</para>
/// </remarks>
public sealed class ResponsePlan
{
    internal ResponsePlan(
        CaseId caseId, Instant plannedAt, Severity severity, ImmutableArray<TriageReason> reasons, SlaEvaluation sla, ImmutableArray<ResponseStep> steps, PrivateContactBrief brief)
    {
        Reasons = reasons;
        CaseId = caseId;
        PlannedAt = plannedAt;
        Severity = severity;
        Sla = sla;
        Steps = steps;
        Brief = brief;
    }

    /// <summary>Gets the case planned.</summary>
    public CaseId CaseId { get; }

    /// <summary>Gets the moment of planning.</summary>
    public Instant PlannedAt { get; }

    /// <summary>Gets the severity the plan was made for: the case's latest triage event, else the request's triage.</summary>
    public Severity Severity { get; }

    /// <summary>
    /// Gets why the case has its severity: the request's triage reasons, with ReviewKit's own messages in the review's
    /// language (French or English, as <see cref="PrivateContactBrief.Language"/>); a host's own reasons are kept as written.
    /// </summary>
    public ImmutableArray<TriageReason> Reasons { get; }

    /// <summary>Gets the SLA clocks the due instants come from.</summary>
    public SlaEvaluation Sla { get; }

    /// <summary>Gets the five steps, in the order they are taken.</summary>
    public ImmutableArray<ResponseStep> Steps { get; }

    /// <summary>Gets the brief for the private contact.</summary>
    public PrivateContactBrief Brief { get; }

    /// <summary>Gets the goodwill gestures allowed (the same as the brief's).</summary>
    public GestureAllowance Gesture => Brief.Gesture;

    /// <summary>Gets the first step still to be done (due or overdue), or <see langword="null"/> when none is.</summary>
    public ResponseStep? NextStep
    {
        get
        {
            foreach (var step in Steps)
            {
                if (step.IsOpen)
                {
                    return step;
                }
            }

            return null;
        }
    }

    /// <summary>Gets the step of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public ResponseStep this[ResponseStepKind kind] => Steps[(int)Guard.Defined(kind, nameof(kind))];

    /// <summary>Returns the case and the state of each step.</summary>
    /// <returns>For example <c>plan for case 42: PublicReply Done, PrivateContact Overdue, ...</c>.</returns>
    public override string ToString() => $"plan for case {CaseId}: {string.Join(", ", Steps.Select(s => $"{s.Kind} {s.State}"))}";
}

namespace ReviewKit.Sla;

/// <summary>Every SLA clock of one case at the moment of evaluation, and the policy that judged it.</summary>
/// <remarks>An immutable value with equality over all members (the policy by reference); thread-safe.</remarks>
public readonly struct SlaEvaluation : IEquatable<SlaEvaluation>
{
    internal SlaEvaluation(SlaPolicy policy, SlaMetricResult firstPublicReply, SlaMetricResult firstPrivateContact, SlaMetricResult nextReply, SlaMetricResult resolution)
    {
        Policy = policy;
        FirstPublicReply = firstPublicReply;
        FirstPrivateContact = firstPrivateContact;
        NextReply = nextReply;
        Resolution = resolution;
    }

    /// <summary>Gets the policy selected for the case now (stopped clocks may have been judged by the one in force when they stopped).</summary>
    public SlaPolicy Policy { get; }

    /// <summary>Gets the first public reply clock.</summary>
    public SlaMetricResult FirstPublicReply { get; }

    /// <summary>Gets the first private contact clock.</summary>
    public SlaMetricResult FirstPrivateContact { get; }

    /// <summary>Gets the next reply clock.</summary>
    public SlaMetricResult NextReply { get; }

    /// <summary>Gets the resolution clock.</summary>
    public SlaMetricResult Resolution { get; }

    /// <summary>Gets the clock of a metric.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>Its result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a defined value.</exception>
    public SlaMetricResult this[SlaMetric metric] => metric switch
    {
        SlaMetric.FirstPublicReply => FirstPublicReply,
        SlaMetric.FirstPrivateContact => FirstPrivateContact,
        SlaMetric.NextReply => NextReply,
        SlaMetric.Resolution => Resolution,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "metric is not a defined SlaMetric value."),
    };

    /// <summary>Compares two evaluations for equality.</summary>
    /// <param name="left">The first evaluation.</param>
    /// <param name="right">The second evaluation.</param>
    /// <returns><see langword="true"/> when the policy and every clock are equal.</returns>
    public static bool operator ==(SlaEvaluation left, SlaEvaluation right) => left.Equals(right);

    /// <summary>Compares two evaluations for inequality.</summary>
    /// <param name="left">The first evaluation.</param>
    /// <param name="right">The second evaluation.</param>
    /// <returns><see langword="true"/> when anything differs.</returns>
    public static bool operator !=(SlaEvaluation left, SlaEvaluation right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(SlaEvaluation other) =>
        ReferenceEquals(Policy, other.Policy) && FirstPublicReply == other.FirstPublicReply && FirstPrivateContact == other.FirstPrivateContact
        && NextReply == other.NextReply && Resolution == other.Resolution;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SlaEvaluation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Policy, FirstPublicReply, FirstPrivateContact, NextReply, Resolution);
}

namespace ReviewKit.Sla;

/// <summary>
/// One SLA policy as bound from configuration (<c>ReviewKit:Sla:Policies:{name}</c>): a target per metric. A metric
/// without a target is not measured by the policy; at least one target is required.
/// </summary>
/// <remarks>A plain mutable options object: not thread-safe while being set.</remarks>
public sealed class SlaPolicyOptions
{
    /// <summary>Gets or sets the target of <see cref="SlaMetric.FirstPublicReply"/>, or <see langword="null"/> when not measured.</summary>
    public SlaTargetOptions? FirstPublicReply { get; set; }

    /// <summary>Gets or sets the target of <see cref="SlaMetric.FirstPrivateContact"/>, or <see langword="null"/> when not measured.</summary>
    public SlaTargetOptions? FirstPrivateContact { get; set; }

    /// <summary>Gets or sets the target of <see cref="SlaMetric.NextReply"/>, or <see langword="null"/> when not measured.</summary>
    public SlaTargetOptions? NextReply { get; set; }

    /// <summary>Gets or sets the target of <see cref="SlaMetric.Resolution"/>, or <see langword="null"/> when not measured.</summary>
    public SlaTargetOptions? Resolution { get; set; }

    /// <summary>
    /// Gets or sets when the policy takes effect, an ISO 8601 instant in UTC (for example <c>2026-12-01T00:00:00Z</c>): a
    /// breach it finds is never dated earlier (see <see cref="SlaPolicy.EffectiveFrom"/>).
    /// </summary>
    /// <value>The default value is <see langword="null"/>: always.</value>
    public string? EffectiveFrom { get; set; }
}

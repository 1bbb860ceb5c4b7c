using ReviewKit.Cases;

namespace ReviewKit.Sla;

/// <summary>The targets a case is held to, per metric; chosen for each case by an <see cref="SlaEvaluator"/>'s rules.</summary>
/// <remarks>
/// <para><see cref="Default"/> follows the articles' "reply within 24 to 48 hours", in calendar hours: first public
/// reply goal 24 h, limit 48 h; first private contact 48 h / 72 h; next reply 24 h / 48 h (none of them pauses); and
/// resolution 5 days / 10 days, paused while the case is <see cref="CaseStatus.WaitingOnCustomer"/>.</para>
/// <para><see cref="EffectiveFrom"/>: a policy introduced (or changed) at that instant never back-dates a breach: a
/// case judged by it is breached at the earliest at that instant.</para>
/// <para>Immutable and thread-safe. Reference equality.</para>
/// </remarks>
public sealed class SlaPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="name">The policy's name, used in reports.</param>
    /// <param name="firstPublicReply">The target of <see cref="SlaMetric.FirstPublicReply"/>, or <see langword="null"/> when not measured.</param>
    /// <param name="firstPrivateContact">The target of <see cref="SlaMetric.FirstPrivateContact"/>, or <see langword="null"/>.</param>
    /// <param name="nextReply">The target of <see cref="SlaMetric.NextReply"/>, or <see langword="null"/>.</param>
    /// <param name="resolution">The target of <see cref="SlaMetric.Resolution"/>, or <see langword="null"/>.</param>
    /// <param name="effectiveFrom">When the policy took effect, or <see langword="null"/> for always.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or too long.</exception>
    public SlaPolicy(
        string name,
        SlaTarget? firstPublicReply,
        SlaTarget? firstPrivateContact = null,
        SlaTarget? nextReply = null,
        SlaTarget? resolution = null,
        Instant? effectiveFrom = null)
    {
        Name = Guard.NotBlank(name, nameof(name), Guard.MaxLabelLength);
        Targets = [firstPublicReply, firstPrivateContact, nextReply, resolution];
        EffectiveFrom = effectiveFrom;
    }

    /// <summary>Gets the default policy (see the remarks).</summary>
    public static SlaPolicy Default { get; } = new(
        "default",
        new SlaTarget(Duration.FromHours(24), Duration.FromHours(48)),
        new SlaTarget(Duration.FromHours(48), Duration.FromHours(72)),
        new SlaTarget(Duration.FromHours(24), Duration.FromHours(48)),
        new SlaTarget(Duration.FromDays(5), Duration.FromDays(10), pausedWhile: [CaseStatus.WaitingOnCustomer]));

    /// <summary>Gets the policy's name.</summary>
    public string Name { get; }

    /// <summary>Gets when the policy took effect, or <see langword="null"/> for always.</summary>
    public Instant? EffectiveFrom { get; }

    /// <summary>The targets indexed by <see cref="SlaMetric"/>.</summary>
    internal SlaTarget?[] Targets { get; }

    /// <summary>Gets the target of a metric.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The target, or <see langword="null"/> when the policy does not measure the metric.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a defined value.</exception>
    public SlaTarget? GetTarget(SlaMetric metric) => Targets[(int)Guard.Defined(metric, nameof(metric))];

    /// <summary>The same targets under the same name, in force from <paramref name="effectiveFrom"/>.</summary>
    internal SlaPolicy WithEffectiveFrom(Instant? effectiveFrom) =>
        new(Name, Targets[0], Targets[1], Targets[2], Targets[3], effectiveFrom);

    /// <summary>Whether <paramref name="other"/> has the same name, start and targets (a reload that did not change the policy).</summary>
    internal bool SameDefinition(SlaPolicy other)
    {
        if (!string.Equals(Name, other.Name, StringComparison.Ordinal) || EffectiveFrom != other.EffectiveFrom)
        {
            return false;
        }

        for (var m = 0; m < Targets.Length; m++)
        {
            if (!(Targets[m] is { } mine ? other.Targets[m] is { } theirs && mine.SameDefinition(theirs) : other.Targets[m] is null))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the policy's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}

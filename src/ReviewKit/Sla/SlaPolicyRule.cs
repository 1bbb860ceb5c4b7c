using ReviewKit.Cases;
using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.Sla;

/// <summary>
/// One rule choosing an <see cref="SlaPolicy"/> for a case: every condition given must hold (a condition left
/// <see langword="null"/> always holds). Rules are tried in order; the first that matches wins.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SlaPolicyRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="policy">The policy chosen when the rule matches.</param>
    /// <param name="minimumSeverity">The case's latest severity must be at least this (an untriaged case does not match).</param>
    /// <param name="channel">The review's source must be this one.</param>
    /// <param name="locationId">The review's location must be this one (ordinal comparison).</param>
    /// <param name="minimumPriority">The case's priority must be at least this.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="channel"/> is the default value, or <paramref name="locationId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public SlaPolicyRule(
        SlaPolicy policy,
        Severity? minimumSeverity = null,
        ReviewSource? channel = null,
        string? locationId = null,
        CasePriority? minimumPriority = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
        MinimumSeverity = minimumSeverity is { } s ? Guard.Defined(s, nameof(minimumSeverity)) : null;
        Channel = channel is { } c ? Guard.NotDefault(c, nameof(channel)) : null;
        LocationId = Guard.OptionalNotBlank(locationId, nameof(locationId), Guard.MaxLabelLength);
        MinimumPriority = minimumPriority is { } p ? Guard.Defined(p, nameof(minimumPriority)) : null;
    }

    /// <summary>Gets the policy chosen when the rule matches.</summary>
    public SlaPolicy Policy { get; }

    /// <summary>Gets the minimum severity, or <see langword="null"/> for any.</summary>
    public Severity? MinimumSeverity { get; }

    /// <summary>Gets the channel, or <see langword="null"/> for any.</summary>
    public ReviewSource? Channel { get; }

    /// <summary>Gets the location, or <see langword="null"/> for any.</summary>
    public string? LocationId { get; }

    /// <summary>Gets the minimum priority, or <see langword="null"/> for any.</summary>
    public CasePriority? MinimumPriority { get; }

    /// <summary>Gets a value indicating whether the rule matches a case.</summary>
    /// <param name="reviewCase">The case.</param>
    /// <returns><see langword="true"/> when every condition holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reviewCase"/> is null.</exception>
    public bool Matches(ReviewCase reviewCase)
    {
        ArgumentNullException.ThrowIfNull(reviewCase);
        return Matches(reviewCase.Severity, reviewCase.Priority, reviewCase.Review.Id.Source, reviewCase.Review.LocationId);
    }

    /// <summary>Whether <paramref name="other"/> chooses the same policy instance under the same conditions.</summary>
    internal bool SameRule(SlaPolicyRule other) =>
        ReferenceEquals(Policy, other.Policy) && MinimumSeverity == other.MinimumSeverity && Channel == other.Channel
        && string.Equals(LocationId, other.LocationId, StringComparison.Ordinal) && MinimumPriority == other.MinimumPriority;

    internal bool Matches(Severity? severity, CasePriority priority, ReviewSource source, string? locationId) =>
        (MinimumSeverity is not { } minimumSeverity || (severity is { } actual && actual >= minimumSeverity))
        && (Channel is not { } channel || source == channel)
        && (LocationId is null || string.Equals(LocationId, locationId, StringComparison.Ordinal))
        && (MinimumPriority is not { } minimumPriority || priority >= minimumPriority);
}

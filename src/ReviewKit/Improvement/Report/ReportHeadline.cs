namespace ReviewKit.Improvement;

/// <summary>
/// The headline figures of a <see cref="QualityReport"/>: volume, negative share, average rating and the response and
/// recovery figures the review platforms publish.
/// </summary>
/// <remarks>
/// <para>A figure that cannot be computed for the period (no rated review, no reply yet) is <see langword="null"/>,
/// never NaN. Shares and the normalised rating are within [0, 1].</para>
/// <para>Value equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ReportHeadline : IEquatable<ReportHeadline>
{
    /// <summary>Creates the headline figures.</summary>
    /// <param name="reviewCount">The number of reviews received in the period; not negative.</param>
    /// <param name="negativeShare">The share of those reviews that are negative, in [0, 1].</param>
    /// <param name="averageNormalizedRating">The average normalised rating (0 = worst, 1 = best), in [0, 1]; <see langword="null"/> when no review was rated.</param>
    /// <param name="responseRate">The share of the period's reviews that got a public reply (whenever it came), in [0, 1]; <see langword="null"/> when unknown.</param>
    /// <param name="medianResponseTime">The median time to the first public reply; not negative; <see langword="null"/> when no reply.</param>
    /// <param name="recoveryRate">The share of negative reviews whose rating was later raised, in [0, 1]; <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count or duration is negative, a share is NaN, infinite or outside [0, 1].</exception>
    public ReportHeadline(
        int reviewCount,
        double negativeShare,
        double? averageNormalizedRating = null,
        double? responseRate = null,
        Duration? medianResponseTime = null,
        double? recoveryRate = null)
    {
        ReviewCount = ReportChecks.Count(reviewCount, nameof(reviewCount));
        NegativeShare = ReportChecks.Share(negativeShare, nameof(negativeShare));
        AverageNormalizedRating = ReportChecks.OptionalShare(averageNormalizedRating, nameof(averageNormalizedRating));
        ResponseRate = ReportChecks.OptionalShare(responseRate, nameof(responseRate));
        MedianResponseTime = ReportChecks.OptionalDuration(medianResponseTime, nameof(medianResponseTime));
        RecoveryRate = ReportChecks.OptionalShare(recoveryRate, nameof(recoveryRate));
    }

    /// <summary>Gets the number of reviews received in the period.</summary>
    public int ReviewCount { get; }

    /// <summary>Gets the share of negative reviews, in [0, 1]. Always reported: negatives are never hidden.</summary>
    public double NegativeShare { get; }

    /// <summary>Gets the average normalised rating in [0, 1], or <see langword="null"/> when no review was rated.</summary>
    public double? AverageNormalizedRating { get; }

    /// <summary>Gets the public response rate in [0, 1], or <see langword="null"/> when unknown.</summary>
    public double? ResponseRate { get; }

    /// <summary>Gets the median time to the first public reply, or <see langword="null"/> when there was no reply.</summary>
    public Duration? MedianResponseTime { get; }

    /// <summary>Gets the recovery rate (negative reviews whose rating was later raised) in [0, 1], or <see langword="null"/>.</summary>
    public double? RecoveryRate { get; }

    /// <inheritdoc/>
    public bool Equals(ReportHeadline? other) =>
        other is not null
        && ReviewCount == other.ReviewCount
        && NegativeShare.Equals(other.NegativeShare)
        && Nullable.Equals(AverageNormalizedRating, other.AverageNormalizedRating)
        && Nullable.Equals(ResponseRate, other.ResponseRate)
        && Nullable.Equals(MedianResponseTime, other.MedianResponseTime)
        && Nullable.Equals(RecoveryRate, other.RecoveryRate);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReportHeadline);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(ReviewCount, NegativeShare, AverageNormalizedRating, ResponseRate, MedianResponseTime, RecoveryRate);

    /// <summary>Compares two headlines for equality.</summary>
    /// <param name="left">The first headline.</param>
    /// <param name="right">The second headline.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ReportHeadline? left, ReportHeadline? right) => Equals(left, right);

    /// <summary>Compares two headlines for inequality.</summary>
    /// <param name="left">The first headline.</param>
    /// <param name="right">The second headline.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ReportHeadline? left, ReportHeadline? right) => !Equals(left, right);
}

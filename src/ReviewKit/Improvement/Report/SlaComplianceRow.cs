namespace ReviewKit.Improvement;

/// <summary>
/// The compliance of one SLA metric (first public reply, private contact, resolution, ...) over the period of a
/// <see cref="QualityReport"/>: how many cases achieved it, how many breached it, and the median and 90th-percentile
/// durations.
/// </summary>
/// <remarks>Value equality. Immutable and thread-safe.</remarks>
public sealed class SlaComplianceRow : IEquatable<SlaComplianceRow>
{
    /// <summary>Creates an SLA compliance row.</summary>
    /// <param name="metric">The metric's name, for example <c>First public reply (24 business hours)</c>; 1 to 512 characters, not blank.</param>
    /// <param name="achieved">The number of cases that met the target; not negative.</param>
    /// <param name="breached">The number of cases that missed it; not negative.</param>
    /// <param name="medianDuration">The median duration (business time or elapsed, as the metric defines); not negative; <see langword="null"/> when unknown.</param>
    /// <param name="p90Duration">The 90th-percentile duration; not negative and not below the median; <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="metric"/> is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or duration is negative; <paramref name="p90Duration"/> is below <paramref name="medianDuration"/>.</exception>
    public SlaComplianceRow(string metric, int achieved, int breached, Duration? medianDuration = null, Duration? p90Duration = null)
    {
        Metric = Guard.NotBlank(metric, nameof(metric), Guard.MaxLabelLength);
        Achieved = ReportChecks.Count(achieved, nameof(achieved));
        Breached = ReportChecks.Count(breached, nameof(breached));
        if ((long)achieved + breached > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(breached), breached, "achieved + breached must fit in an Int32.");
        }

        MedianDuration = ReportChecks.OptionalDuration(medianDuration, nameof(medianDuration));
        P90Duration = ReportChecks.OptionalDuration(p90Duration, nameof(p90Duration));
        if (medianDuration is { } median && p90Duration is { } p90 && p90 < median)
        {
            throw new ArgumentOutOfRangeException(nameof(p90Duration), p90, "p90Duration must not be below medianDuration.");
        }
    }

    /// <summary>Gets the metric's name.</summary>
    public string Metric { get; }

    /// <summary>Gets the number of cases that met the target.</summary>
    public int Achieved { get; }

    /// <summary>Gets the number of cases that missed the target.</summary>
    public int Breached { get; }

    /// <summary>Gets the number of cases measured (<see cref="Achieved"/> + <see cref="Breached"/>).</summary>
    public int Total => Achieved + Breached;

    /// <summary>Gets the share of measured cases that met the target, in [0, 1], or <see langword="null"/> when none was measured.</summary>
    public double? ComplianceRate => Total == 0 ? null : (double)Achieved / Total;

    /// <summary>Gets the median duration, or <see langword="null"/> when unknown.</summary>
    public Duration? MedianDuration { get; }

    /// <summary>Gets the 90th-percentile duration, or <see langword="null"/> when unknown.</summary>
    public Duration? P90Duration { get; }

    /// <inheritdoc/>
    public bool Equals(SlaComplianceRow? other) =>
        other is not null
        && string.Equals(Metric, other.Metric, StringComparison.Ordinal)
        && Achieved == other.Achieved
        && Breached == other.Breached
        && Nullable.Equals(MedianDuration, other.MedianDuration)
        && Nullable.Equals(P90Duration, other.P90Duration);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SlaComplianceRow);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Metric, Achieved, Breached, MedianDuration, P90Duration);

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(SlaComplianceRow? left, SlaComplianceRow? right) => Equals(left, right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SlaComplianceRow? left, SlaComplianceRow? right) => !Equals(left, right);
}

namespace ReviewKit.Improvement;

/// <summary>
/// One week of the negative-share control chart of a <see cref="QualityReport"/>: the week's share of negative
/// reviews, the centre line and the lower and upper control limits that applied to it, and whether the point was
/// flagged as out of control.
/// </summary>
/// <remarks>
/// <para>Limits are per point because a p-chart's or an EWMA chart's limits depend on the week's volume and position.
/// The chart's statistics are the analysis's business; this type only carries them, checked for consistency:
/// every value in [0, 1] and <c>LowerControlLimit &lt;= CentreLine &lt;= UpperControlLimit</c>.</para>
/// <para>Value equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class NegativeShareWeek : IEquatable<NegativeShareWeek>
{
    /// <summary>Creates a week of the chart.</summary>
    /// <param name="weekStart">The first day of the week (in the report's time zone).</param>
    /// <param name="reviewCount">The number of reviews received that week; not negative.</param>
    /// <param name="negativeShare">The week's share of negative reviews, in [0, 1].</param>
    /// <param name="centreLine">The centre line (the baseline share), in [0, 1].</param>
    /// <param name="lowerControlLimit">The lower control limit, in [0, 1] and not above <paramref name="centreLine"/>.</param>
    /// <param name="upperControlLimit">The upper control limit, in [0, 1] and not below <paramref name="centreLine"/>.</param>
    /// <param name="isFlagged">Whether the analysis flagged the week as out of control.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative; a share is NaN or outside [0, 1]; the limits are not ordered around the centre line.</exception>
    public NegativeShareWeek(
        LocalDate weekStart,
        int reviewCount,
        double negativeShare,
        double centreLine,
        double lowerControlLimit,
        double upperControlLimit,
        bool isFlagged)
    {
        WeekStart = weekStart;
        ReviewCount = ReportChecks.Count(reviewCount, nameof(reviewCount));
        NegativeShare = ReportChecks.Share(negativeShare, nameof(negativeShare));
        CentreLine = ReportChecks.Share(centreLine, nameof(centreLine));
        LowerControlLimit = ReportChecks.Share(lowerControlLimit, nameof(lowerControlLimit));
        UpperControlLimit = ReportChecks.Share(upperControlLimit, nameof(upperControlLimit));
        if (lowerControlLimit > centreLine)
        {
            throw new ArgumentOutOfRangeException(nameof(lowerControlLimit), lowerControlLimit, "lowerControlLimit must not be above centreLine.");
        }

        if (upperControlLimit < centreLine)
        {
            throw new ArgumentOutOfRangeException(nameof(upperControlLimit), upperControlLimit, "upperControlLimit must not be below centreLine.");
        }

        IsFlagged = isFlagged;
    }

    /// <summary>Gets the first day of the week.</summary>
    public LocalDate WeekStart { get; }

    /// <summary>Gets the number of reviews received that week.</summary>
    public int ReviewCount { get; }

    /// <summary>Gets the week's share of negative reviews, in [0, 1].</summary>
    public double NegativeShare { get; }

    /// <summary>Gets the centre line, in [0, 1].</summary>
    public double CentreLine { get; }

    /// <summary>Gets the lower control limit, in [0, 1].</summary>
    public double LowerControlLimit { get; }

    /// <summary>Gets the upper control limit, in [0, 1].</summary>
    public double UpperControlLimit { get; }

    /// <summary>Gets a value indicating whether the analysis flagged the week as out of control.</summary>
    public bool IsFlagged { get; }

    /// <inheritdoc/>
    public bool Equals(NegativeShareWeek? other) =>
        other is not null
        && WeekStart == other.WeekStart
        && ReviewCount == other.ReviewCount
        && NegativeShare.Equals(other.NegativeShare)
        && CentreLine.Equals(other.CentreLine)
        && LowerControlLimit.Equals(other.LowerControlLimit)
        && UpperControlLimit.Equals(other.UpperControlLimit)
        && IsFlagged == other.IsFlagged;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NegativeShareWeek);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(WeekStart, ReviewCount, NegativeShare, CentreLine, LowerControlLimit, UpperControlLimit, IsFlagged);

    /// <summary>Compares two weeks for equality.</summary>
    /// <param name="left">The first week.</param>
    /// <param name="right">The second week.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(NegativeShareWeek? left, NegativeShareWeek? right) => Equals(left, right);

    /// <summary>Compares two weeks for inequality.</summary>
    /// <param name="left">The first week.</param>
    /// <param name="right">The second week.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(NegativeShareWeek? left, NegativeShareWeek? right) => !Equals(left, right);
}

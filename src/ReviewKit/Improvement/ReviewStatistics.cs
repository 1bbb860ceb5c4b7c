using System.Collections.Immutable;
using System.Globalization;

namespace ReviewKit.Improvement;

/// <summary>
/// The statistics of one group of reviews (one period, and one location, source or dimension value when grouped by them):
/// volume, negative share, rating mean and distribution, severity mix, recoveries and per-theme counts.
/// </summary>
/// <remarks>
/// <para>Every figure is a count or an integer sum, so <see cref="Merge"/> is exact: associative, commutative, with
/// <see cref="Empty"/> as identity, and merging the statistics of two disjoint sets of reviews equals the statistics of
/// their union. Ratings are summed in millionths of the normalised scale (rounded half away from zero), an integer; the
/// quantisation error is below 5e-7 per review, far below the resolution of any rating scale, and never accumulates with the
/// order of additions as a floating-point sum would.</para>
/// <para>The rating distribution has 5 bins of width 0.2 on the normalised scale; bin k holds ratings in [0.2k, 0.2(k+1)),
/// the last bin also holds 1. On a 1–5 star scale bin k holds exactly the ratings of k+1 stars.</para>
/// <para>Shares are <c>0</c> when their denominator is 0. Immutable and thread-safe; equality compares every count.</para>
/// </remarks>
public sealed class ReviewStatistics : IEquatable<ReviewStatistics>
{
    private static readonly Dictionary<string, ThemeStatistics> NoThemes = new(StringComparer.Ordinal);

    internal ReviewStatistics(
        long volume,
        long negativeCount,
        long ratedCount,
        long ratingMicros,
        long recoveredCount,
        ImmutableArray<long> histogram,
        SeverityMix severity,
        Dictionary<string, ThemeStatistics> themes)
    {
        Volume = volume;
        NegativeCount = negativeCount;
        RatedCount = ratedCount;
        RatingMicros = ratingMicros;
        RecoveredCount = recoveredCount;
        RatingHistogram = histogram;
        Severity = severity;
        ThemeMap = themes;
    }

    /// <summary>Gets the statistics of no reviews (the identity of <see cref="Merge"/>).</summary>
    public static ReviewStatistics Empty { get; } =
        new(0, 0, 0, 0, 0, ImmutableArray.Create(new long[GroupAccumulator.HistogramBins]), SeverityMix.Empty, NoThemes);

    /// <summary>Gets the number of reviews.</summary>
    public long Volume { get; }

    /// <summary>Gets the number of negative reviews.</summary>
    public long NegativeCount { get; }

    /// <summary>Gets the share of negative reviews, <c>NegativeCount / Volume</c>; 0 when there are no reviews.</summary>
    /// <remarks>Reported as is: ReviewKit never hides or filters negative reviews.</remarks>
    public double NegativeShare => Volume == 0 ? 0 : (double)NegativeCount / Volume;

    /// <summary>Gets the number of reviews that have a rating.</summary>
    public long RatedCount { get; }

    /// <summary>Gets the sum of the normalised ratings (see the remarks on quantisation).</summary>
    public double RatingSum => RatingMicros / (double)GroupAccumulator.RatingScale;

    /// <summary>Gets the mean normalised rating in [0, 1], or <see langword="null"/> when no review has a rating.</summary>
    public double? MeanRating => RatedCount == 0 ? null : RatingSum / RatedCount;

    /// <summary>Gets the rating distribution: 5 counts, bin k for normalised ratings in [0.2k, 0.2(k+1)) (the last bin includes 1).</summary>
    public ImmutableArray<long> RatingHistogram { get; }

    /// <summary>Gets the severity mix of the reviews.</summary>
    public SeverityMix Severity { get; }

    /// <summary>Gets the number of negative reviews whose rating was later raised.</summary>
    public long RecoveredCount { get; }

    /// <summary>Gets the recovery rate, <c>RecoveredCount / NegativeCount</c>; 0 when there are no negative reviews.</summary>
    public double RecoveryRate => NegativeCount == 0 ? 0 : (double)RecoveredCount / NegativeCount;

    /// <summary>Gets the per-theme statistics, keyed by theme id (ordinal).</summary>
    public IReadOnlyDictionary<string, ThemeStatistics> Themes => ThemeMap;

    internal long RatingMicros { get; }

    internal Dictionary<string, ThemeStatistics> ThemeMap { get; }

    /// <summary>Gets the statistics of one theme; empty statistics when no review mentions it.</summary>
    /// <param name="themeId">The theme id.</param>
    /// <returns>The theme's statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="themeId"/> is null.</exception>
    public ThemeStatistics Theme(string themeId)
    {
        ArgumentNullException.ThrowIfNull(themeId);
        return ThemeMap.TryGetValue(themeId, out var t) ? t : default;
    }

    /// <summary>Gets the incidence of a theme: the share of the reviews that mention it, <c>Theme(id).Count / Volume</c>; 0 when there are no reviews.</summary>
    /// <param name="themeId">The theme id.</param>
    /// <returns>The incidence in [0, 1].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="themeId"/> is null.</exception>
    public double Incidence(string themeId) => Volume == 0 ? 0 : (double)Theme(themeId).Count / Volume;

    /// <summary>Merges the statistics of two disjoint sets of reviews into those of their union.</summary>
    /// <param name="left">The first statistics.</param>
    /// <param name="right">The second statistics.</param>
    /// <returns>The merged statistics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReviewStatistics Merge(ReviewStatistics left, ReviewStatistics right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var acc = new GroupAccumulator();
        acc.Add(left);
        acc.Add(right);
        return acc.Freeze();
    }

    /// <inheritdoc/>
    public bool Equals(ReviewStatistics? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (Volume != other.Volume || NegativeCount != other.NegativeCount || RatedCount != other.RatedCount
            || RatingMicros != other.RatingMicros || RecoveredCount != other.RecoveredCount || Severity != other.Severity
            || !RatingHistogram.AsSpan().SequenceEqual(other.RatingHistogram.AsSpan()) || ThemeMap.Count != other.ThemeMap.Count)
        {
            return false;
        }

        foreach (var (id, t) in ThemeMap)
        {
            if (!other.ThemeMap.TryGetValue(id, out var o) || t != o)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReviewStatistics);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Volume, NegativeCount, RatedCount, RatingMicros, RecoveredCount, Severity, ThemeMap.Count);

    /// <summary>Returns the main figures as text.</summary>
    /// <returns>The statistics as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Volume} reviews, {NegativeCount} negative ({NegativeShare:P1}), mean rating {MeanRating:0.###}, {ThemeMap.Count} themes");

    /// <summary>Compares two statistics for equality.</summary>
    /// <param name="left">The first statistics.</param>
    /// <param name="right">The second statistics.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ReviewStatistics? left, ReviewStatistics? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two statistics for inequality.</summary>
    /// <param name="left">The first statistics.</param>
    /// <param name="right">The second statistics.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ReviewStatistics? left, ReviewStatistics? right) => !(left == right);
}

using System.Globalization;
using ReviewKit.Triage;

namespace ReviewKit.Improvement;

/// <summary>
/// The counts of one theme in one group: how many reviews mention it, how many of those are negative, their severity mix,
/// and one example review (the most severe, then the most recent) that a quality meeting can read.
/// </summary>
/// <remarks>
/// <para>The example is the maximum, over the reviews that mention the theme and carry a review id, of
/// (severity with "not triaged" lowest, received instant, review id in ordinal order). A maximum under a total order is
/// associative and commutative, so the example survives <see cref="Plus"/> exactly like the counts do.</para>
/// <para>Immutable and thread-safe. The default value is the empty statistics.</para>
/// </remarks>
public readonly struct ThemeStatistics : IEquatable<ThemeStatistics>
{
    internal ThemeStatistics(long count, long negativeCount, SeverityMix severity, string? exampleReviewId, Severity? exampleSeverity, Instant exampleReceivedAt)
    {
        Count = count;
        NegativeCount = negativeCount;
        Severity = severity;
        ExampleReviewId = exampleReviewId;
        ExampleSeverity = exampleSeverity;
        ExampleReceivedAt = exampleReviewId is null ? default : exampleReceivedAt;
    }

    /// <summary>Gets the number of reviews that mention the theme.</summary>
    public long Count { get; }

    /// <summary>Gets the number of negative reviews that mention the theme.</summary>
    public long NegativeCount { get; }

    /// <summary>Gets the severity mix of the reviews that mention the theme.</summary>
    public SeverityMix Severity { get; }

    /// <summary>Gets the id of the example review (most severe, then most recent), or <see langword="null"/> when no review had an id.</summary>
    public string? ExampleReviewId { get; }

    /// <summary>Gets the severity of the example review, or <see langword="null"/>.</summary>
    public Severity? ExampleSeverity { get; }

    /// <summary>Gets when the example review was received; the default instant when there is no example.</summary>
    public Instant ExampleReceivedAt { get; }

    /// <summary>Adds two statistics of the same theme: counts add, the example is the larger of the two.</summary>
    /// <param name="other">The other statistics.</param>
    /// <returns>The sum.</returns>
    public ThemeStatistics Plus(ThemeStatistics other)
    {
        var takeOther = ExampleReviewId is null
            || (other.ExampleReviewId is not null && CompareExample(other.ExampleSeverity, other.ExampleReceivedAt, other.ExampleReviewId, ExampleSeverity, ExampleReceivedAt, ExampleReviewId) > 0);
        return takeOther
            ? new(Count + other.Count, NegativeCount + other.NegativeCount, Severity.Plus(other.Severity), other.ExampleReviewId, other.ExampleSeverity, other.ExampleReceivedAt)
            : new(Count + other.Count, NegativeCount + other.NegativeCount, Severity.Plus(other.Severity), ExampleReviewId, ExampleSeverity, ExampleReceivedAt);
    }

    internal static int CompareExample(Severity? severityA, Instant atA, string idA, Severity? severityB, Instant atB, string idB)
    {
        var bySeverity = (severityA is { } sa ? (int)sa : -1).CompareTo(severityB is { } sb ? (int)sb : -1);
        if (bySeverity != 0)
        {
            return bySeverity;
        }

        var byTime = atA.CompareTo(atB);
        return byTime != 0 ? byTime : string.CompareOrdinal(idA, idB);
    }

    /// <inheritdoc/>
    public bool Equals(ThemeStatistics other) =>
        Count == other.Count && NegativeCount == other.NegativeCount && Severity == other.Severity
        && string.Equals(ExampleReviewId, other.ExampleReviewId, StringComparison.Ordinal)
        && ExampleSeverity == other.ExampleSeverity && ExampleReceivedAt == other.ExampleReceivedAt;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ThemeStatistics other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Count, NegativeCount, Severity, ExampleReviewId);

    /// <summary>Returns the counts as text.</summary>
    /// <returns>The statistics as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Count} reviews ({NegativeCount} negative; {Severity}); example {ExampleReviewId ?? "none"}");

    /// <summary>Compares two statistics for equality.</summary>
    /// <param name="left">The first statistics.</param>
    /// <param name="right">The second statistics.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ThemeStatistics left, ThemeStatistics right) => left.Equals(right);

    /// <summary>Compares two statistics for inequality.</summary>
    /// <param name="left">The first statistics.</param>
    /// <param name="right">The second statistics.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ThemeStatistics left, ThemeStatistics right) => !left.Equals(right);
}

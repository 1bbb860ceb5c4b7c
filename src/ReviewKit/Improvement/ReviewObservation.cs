using System.Collections.Immutable;
using ReviewKit.Reviews;
using ReviewKit.Triage;

namespace ReviewKit.Improvement;

/// <summary>
/// What the improvement loop needs to know about one review, as plain data the host fills: when it was received, where,
/// from which channel, its rating, the themes its analysis found and its severity.
/// </summary>
/// <remarks>
/// <para>The loop never reads review text: the host maps its reviews, analysis results and cases to observations,
/// so aggregates can be computed wherever the data lives and merged later (see <see cref="AggregateTable.Merge(AggregateTable, AggregateTable)"/>).</para>
/// <para>Theme ids are compared ordinally. A theme listed twice in one observation counts once: incidence is the share of
/// reviews that mention a theme, not the number of mentions.</para>
/// <para>Immutable and thread-safe. The default value has no themes, no rating and the default source; the aggregator rejects it.</para>
/// </remarks>
public readonly struct ReviewObservation : IEquatable<ReviewObservation>
{
    private readonly ImmutableArray<string> _themeIds;

    /// <summary>Creates an observation.</summary>
    /// <param name="receivedAt">When the review was received (its creation time on the platform).</param>
    /// <param name="source">The channel the review came from; not the default value.</param>
    /// <param name="normalizedRating">The rating mapped onto [0, 1] (see <see cref="Rating.Normalized"/>), or <see langword="null"/> when the review has none.</param>
    /// <param name="isNegative">Whether the review is negative (see <see cref="Rating.IsNegative"/>, or the host's rule for unrated reviews).</param>
    /// <param name="themeIds">The ids of the themes the analysis found; default or empty when none.</param>
    /// <param name="severity">The triage severity, or <see langword="null"/> when the review was not triaged.</param>
    /// <param name="locationId">The location (store, hotel, site) the review is about, or <see langword="null"/>.</param>
    /// <param name="dimension">One more grouping value the host chooses (product line, channel, team...), or <see langword="null"/>.</param>
    /// <param name="reviewId">The host's id of the review, kept as an example quote for its themes; or <see langword="null"/>.</param>
    /// <param name="isRecovered">Whether the review is negative and its rating was later raised (a recovery).</param>
    /// <exception cref="ArgumentException"><paramref name="source"/> is the default value; a theme id, the location, dimension or review id is blank or too long; <paramref name="isRecovered"/> is set on a review that is not negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="normalizedRating"/> is NaN or outside [0, 1]; <paramref name="severity"/> is not defined.</exception>
    public ReviewObservation(
        Instant receivedAt,
        ReviewSource source,
        double? normalizedRating,
        bool isNegative,
        ImmutableArray<string> themeIds = default,
        Severity? severity = null,
        string? locationId = null,
        string? dimension = null,
        string? reviewId = null,
        bool isRecovered = false)
    {
        Guard.NotDefault(source, nameof(source));
        if (normalizedRating is { } r && (!double.IsFinite(r) || r < 0 || r > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(normalizedRating), r, "normalizedRating must be within [0, 1].");
        }

        if (severity is { } s)
        {
            Guard.Defined(s, nameof(severity));
        }

        if (!themeIds.IsDefault)
        {
            foreach (var theme in themeIds)
            {
                Guard.NotBlank(theme, nameof(themeIds), Guard.MaxIdLength);
            }
        }

        if (isRecovered && !isNegative)
        {
            throw new ArgumentException("isRecovered is only meaningful for a negative review: a recovery is a negative rating later raised.", nameof(isRecovered));
        }

        ReceivedAt = receivedAt;
        Source = source;
        NormalizedRating = normalizedRating;
        IsNegative = isNegative;
        _themeIds = themeIds.IsDefault ? [] : themeIds;
        Severity = severity;
        LocationId = Guard.OptionalNotBlank(locationId, nameof(locationId), Guard.MaxLabelLength);
        Dimension = Guard.OptionalNotBlank(dimension, nameof(dimension), Guard.MaxLabelLength);
        ReviewId = Guard.OptionalNotBlank(reviewId, nameof(reviewId), Guard.MaxIdLength);
        IsRecovered = isRecovered;
    }

    /// <summary>Gets when the review was received.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>Gets the channel the review came from.</summary>
    public ReviewSource Source { get; }

    /// <summary>Gets the rating mapped onto [0, 1], or <see langword="null"/> when the review has none.</summary>
    public double? NormalizedRating { get; }

    /// <summary>Gets a value indicating whether the review is negative.</summary>
    public bool IsNegative { get; }

    /// <summary>Gets the ids of the themes the analysis found (never default; empty when none).</summary>
    public ImmutableArray<string> ThemeIds => _themeIds.IsDefault ? [] : _themeIds;

    /// <summary>Gets the triage severity, or <see langword="null"/> when the review was not triaged.</summary>
    public Severity? Severity { get; }

    /// <summary>Gets the location id, or <see langword="null"/>.</summary>
    public string? LocationId { get; }

    /// <summary>Gets the host-defined grouping value, or <see langword="null"/>.</summary>
    public string? Dimension { get; }

    /// <summary>Gets the host's id of the review, or <see langword="null"/>.</summary>
    public string? ReviewId { get; }

    /// <summary>Gets a value indicating whether the review is negative and its rating was later raised.</summary>
    public bool IsRecovered { get; }

    /// <inheritdoc/>
    public bool Equals(ReviewObservation other) =>
        ReceivedAt == other.ReceivedAt && Source == other.Source && NormalizedRating == other.NormalizedRating
        && IsNegative == other.IsNegative && Severity == other.Severity && IsRecovered == other.IsRecovered
        && string.Equals(LocationId, other.LocationId, StringComparison.Ordinal)
        && string.Equals(Dimension, other.Dimension, StringComparison.Ordinal)
        && string.Equals(ReviewId, other.ReviewId, StringComparison.Ordinal)
        && ThemeIds.AsSpan().SequenceEqual(other.ThemeIds.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReviewObservation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ReceivedAt, Source, NormalizedRating, IsNegative, Severity, LocationId, ReviewId, ThemeIds.Length);

    /// <summary>Returns a short description of the observation for diagnostics.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{ReviewId ?? "review"} at {ReceivedAt} from {Source} ({(IsNegative ? "negative" : "not negative")}, themes: {string.Join(",", ThemeIds)})";

    /// <summary>Compares two observations for equality.</summary>
    /// <param name="left">The first observation.</param>
    /// <param name="right">The second observation.</param>
    /// <returns><see langword="true"/> when every field is equal.</returns>
    public static bool operator ==(ReviewObservation left, ReviewObservation right) => left.Equals(right);

    /// <summary>Compares two observations for inequality.</summary>
    /// <param name="left">The first observation.</param>
    /// <param name="right">The second observation.</param>
    /// <returns><see langword="true"/> when a field differs.</returns>
    public static bool operator !=(ReviewObservation left, ReviewObservation right) => !left.Equals(right);
}

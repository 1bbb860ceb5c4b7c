using System.Globalization;

namespace ReviewKit.Reviews;

/// <summary>
/// The scale a rating is given on (1 to 5 stars, Booking.com's 1 to 10, NPS 0 to 10, ...) and the score at or
/// below which a rating on that scale counts as negative.
/// </summary>
/// <remarks>
/// Value equality over the three numbers. Immutable and thread-safe. The default value is not a valid scale.
/// </remarks>
public readonly struct RatingScale : IEquatable<RatingScale>
{
    /// <summary>Creates a scale.</summary>
    /// <param name="min">The lowest score; finite.</param>
    /// <param name="max">The highest score; finite and greater than <paramref name="min"/>.</param>
    /// <param name="negativeAtMost">The highest score that still counts as negative; within [min, max).</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is NaN or infinite, the bounds are inverted or equal, or <paramref name="negativeAtMost"/> is outside [min, max).</exception>
    public RatingScale(double min, double max, double negativeAtMost)
    {
        Guard.Finite(min, nameof(min));
        Guard.Finite(max, nameof(max));
        Guard.Finite(negativeAtMost, nameof(negativeAtMost));
        if (max <= min)
        {
            throw new ArgumentOutOfRangeException(
                nameof(max), max, string.Create(CultureInfo.InvariantCulture, $"max ({max}) must be greater than min ({min}): the bounds of a rating scale are inverted or equal."));
        }

        if (negativeAtMost < min || negativeAtMost >= max)
        {
            throw new ArgumentOutOfRangeException(
                nameof(negativeAtMost), negativeAtMost, string.Create(CultureInfo.InvariantCulture, $"negativeAtMost ({negativeAtMost}) must be within [{min}, {max})."));
        }

        Min = min;
        Max = max;
        NegativeAtMost = negativeAtMost;
    }

    /// <summary>Gets the 1 to 5 stars scale of Google, Trustpilot, TripAdvisor and the app stores; 1 and 2 stars are negative.</summary>
    public static RatingScale FiveStars { get; } = new(1, 5, 2);

    /// <summary>Gets the 1 to 10 scale of Booking.com; 6 and below is negative.</summary>
    public static RatingScale TenPoints { get; } = new(1, 10, 6);

    /// <summary>Gets the 0 to 10 Net Promoter Score question; detractors (0 to 6) are negative.</summary>
    public static RatingScale NetPromoterScore { get; } = new(0, 10, 6);

    /// <summary>Gets the normalised 0 to 1 scale; 0.4 and below is negative.</summary>
    public static RatingScale UnitInterval { get; } = new(0, 1, 0.4);

    /// <summary>Gets the lowest score of the scale.</summary>
    public double Min { get; }

    /// <summary>Gets the highest score of the scale.</summary>
    public double Max { get; }

    /// <summary>Gets the highest score that still counts as negative (inclusive).</summary>
    public double NegativeAtMost { get; }

    /// <summary>Gets a value indicating whether <paramref name="value"/> is a score of this scale.</summary>
    /// <param name="value">The score.</param>
    /// <returns><see langword="true"/> when the score is finite and within [<see cref="Min"/>, <see cref="Max"/>].</returns>
    public bool Contains(double value) => double.IsFinite(value) && value >= Min && value <= Max;

    /// <inheritdoc/>
    public bool Equals(RatingScale other) =>
        Min.Equals(other.Min) && Max.Equals(other.Max) && NegativeAtMost.Equals(other.NegativeAtMost);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RatingScale other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Min, Max, NegativeAtMost);

    /// <summary>Returns the scale as <c>[min..max]</c>, for example <c>[1..5]</c>.</summary>
    /// <returns>The scale as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Min}..{Max}]");

    /// <summary>Compares two scales for equality.</summary>
    /// <param name="left">The first scale.</param>
    /// <param name="right">The second scale.</param>
    /// <returns><see langword="true"/> when bounds and threshold are equal.</returns>
    public static bool operator ==(RatingScale left, RatingScale right) => left.Equals(right);

    /// <summary>Compares two scales for inequality.</summary>
    /// <param name="left">The first scale.</param>
    /// <param name="right">The second scale.</param>
    /// <returns><see langword="true"/> when bounds or threshold differ.</returns>
    public static bool operator !=(RatingScale left, RatingScale right) => !left.Equals(right);
}

using System.Globalization;

namespace ReviewKit.Reviews;

/// <summary>
/// A score given on a <see cref="RatingScale"/>, with its normalised value in [0, 1] so that ratings from
/// different scales can be compared and averaged.
/// </summary>
/// <remarks>
/// <para>Normalisation is linear: <c>(Value - Min) / (Max - Min)</c>. It is monotonic (a higher score never has a
/// lower normalised value) and <see cref="FromNormalized"/> inverts it up to floating-point rounding.</para>
/// <para>Equality compares the score and the scale: 3 of 5 stars and 5.5 of 10 have the same normalised value but
/// are different ratings. Compare <see cref="Normalized"/> to order ratings across scales.
/// Immutable and thread-safe. The default value is not a valid rating.</para>
/// </remarks>
public readonly struct Rating : IEquatable<Rating>
{
    /// <summary>Creates a rating.</summary>
    /// <param name="value">The score; finite and within the scale's bounds.</param>
    /// <param name="scale">The scale the score is given on.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN, infinite or outside the scale.</exception>
    /// <exception cref="ArgumentException"><paramref name="scale"/> is the default value.</exception>
    public Rating(double value, RatingScale scale)
    {
        Guard.NotDefault(scale, nameof(scale));
        Guard.Finite(value, nameof(value));
        if (!scale.Contains(value))
        {
            throw new ArgumentOutOfRangeException(
                nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"value {value} is outside the rating scale {scale}."));
        }

        Value = value;
        Scale = scale;
    }

    /// <summary>Gets the score as given on its scale.</summary>
    public double Value { get; }

    /// <summary>Gets the scale the score is given on.</summary>
    public RatingScale Scale { get; }

    /// <summary>Gets the score mapped linearly onto [0, 1]: 0 is the scale's minimum, 1 its maximum.</summary>
    public double Normalized => (Value - Scale.Min) / (Scale.Max - Scale.Min);

    /// <summary>Gets a value indicating whether the score is at or below the scale's negative threshold.</summary>
    public bool IsNegative => Value <= Scale.NegativeAtMost;

    /// <summary>Creates a rating on <paramref name="scale"/> from a normalised value.</summary>
    /// <param name="normalized">A value in [0, 1].</param>
    /// <param name="scale">The scale of the rating to create.</param>
    /// <returns>The rating whose <see cref="Normalized"/> is <paramref name="normalized"/> (up to rounding).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="normalized"/> is NaN or outside [0, 1].</exception>
    /// <exception cref="ArgumentException"><paramref name="scale"/> is the default value.</exception>
    public static Rating FromNormalized(double normalized, RatingScale scale)
    {
        Guard.NotDefault(scale, nameof(scale));
        Guard.Finite(normalized, nameof(normalized));
        if (normalized is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(normalized), normalized, "normalized must be within [0, 1].");
        }

        var value = scale.Min + (normalized * (scale.Max - scale.Min));
        return new Rating(Math.Clamp(value, scale.Min, scale.Max), scale);
    }

    /// <inheritdoc/>
    public bool Equals(Rating other) => Value.Equals(other.Value) && Scale == other.Scale;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rating other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Scale);

    /// <summary>Returns the rating as <c>value/max</c>, for example <c>2/5</c>.</summary>
    /// <returns>The rating as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value}/{Scale.Max}");

    /// <summary>Compares two ratings for equality.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns><see langword="true"/> when score and scale are equal.</returns>
    public static bool operator ==(Rating left, Rating right) => left.Equals(right);

    /// <summary>Compares two ratings for inequality.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns><see langword="true"/> when score or scale differ.</returns>
    public static bool operator !=(Rating left, Rating right) => !left.Equals(right);
}

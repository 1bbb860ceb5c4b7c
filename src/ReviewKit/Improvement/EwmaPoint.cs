using System.Globalization;

namespace ReviewKit.Improvement;

/// <summary>One period of an <see cref="EwmaChart"/>: the observed share, the EWMA and its control limits.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly struct EwmaPoint : IEquatable<EwmaPoint>
{
    internal EwmaPoint(LocalDate period, long count, long volume, double ewma, double lower, double upper)
    {
        Period = period;
        Count = count;
        Volume = volume;
        Ewma = ewma;
        LowerLimit = lower;
        UpperLimit = upper;
    }

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate Period { get; }

    /// <summary>Gets the number of negative reviews in the period.</summary>
    public long Count { get; }

    /// <summary>Gets the number of reviews in the period.</summary>
    public long Volume { get; }

    /// <summary>Gets the observed share <c>Count / Volume</c>, or NaN when the period has no review.</summary>
    public double Share => Volume == 0 ? double.NaN : (double)Count / Volume;

    /// <summary>Gets the exponentially weighted moving average after this period.</summary>
    public double Ewma { get; }

    /// <summary>Gets the lower control limit of the EWMA for this period (not below 0).</summary>
    public double LowerLimit { get; }

    /// <summary>Gets the upper control limit of the EWMA for this period (not above 1).</summary>
    public double UpperLimit { get; }

    /// <summary>Gets a value indicating whether the EWMA is outside its control limits.</summary>
    public bool IsOutOfControl => Ewma > UpperLimit || Ewma < LowerLimit;

    /// <inheritdoc/>
    public bool Equals(EwmaPoint other) =>
        Period == other.Period && Count == other.Count && Volume == other.Volume && Ewma.Equals(other.Ewma)
        && LowerLimit.Equals(other.LowerLimit) && UpperLimit.Equals(other.UpperLimit);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EwmaPoint other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Period, Count, Volume, Ewma);

    /// <summary>Describes the point.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Period:uuuu-MM-dd}: {Count}/{Volume}, EWMA {Ewma:0.###} in [{LowerLimit:0.###}, {UpperLimit:0.###}]{(IsOutOfControl ? " OUT" : string.Empty)}");

    /// <summary>Compares two points for equality.</summary>
    /// <param name="left">The first point.</param>
    /// <param name="right">The second point.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(EwmaPoint left, EwmaPoint right) => left.Equals(right);

    /// <summary>Compares two points for inequality.</summary>
    /// <param name="left">The first point.</param>
    /// <param name="right">The second point.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(EwmaPoint left, EwmaPoint right) => !left.Equals(right);
}

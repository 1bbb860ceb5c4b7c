using ReviewKit.Reviews;

namespace ReviewKit.Improvement;

/// <summary>The key of one group of an <see cref="AggregateTable"/>: a period and, when the options group by them, a location, a source and a host dimension.</summary>
/// <remarks>
/// A <see langword="null"/> part means "not grouped by" (every value together), or an observation without that value when the
/// options group by it. Ordinal equality. Immutable and thread-safe.
/// </remarks>
public readonly struct AggregateKey : IEquatable<AggregateKey>
{
    /// <summary>Creates a key.</summary>
    /// <param name="period">The first day of the period.</param>
    /// <param name="locationId">The location, or <see langword="null"/>.</param>
    /// <param name="source">The source, or <see langword="null"/>.</param>
    /// <param name="dimension">The host dimension value, or <see langword="null"/>.</param>
    public AggregateKey(LocalDate period, string? locationId = null, ReviewSource? source = null, string? dimension = null)
    {
        Period = period;
        LocationId = locationId;
        Source = source;
        Dimension = dimension;
    }

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate Period { get; }

    /// <summary>Gets the location, or <see langword="null"/>.</summary>
    public string? LocationId { get; }

    /// <summary>Gets the source, or <see langword="null"/>.</summary>
    public ReviewSource? Source { get; }

    /// <summary>Gets the host dimension value, or <see langword="null"/>.</summary>
    public string? Dimension { get; }

    /// <summary>Returns this key with another period.</summary>
    /// <param name="period">The first day of the new period.</param>
    /// <returns>The new key.</returns>
    public AggregateKey WithPeriod(LocalDate period) => new(period, LocationId, Source, Dimension);

    /// <summary>Returns this key without its location, source and dimension: the period alone.</summary>
    /// <returns>The new key.</returns>
    public AggregateKey PeriodOnly() => new(Period);

    /// <inheritdoc/>
    public bool Equals(AggregateKey other) =>
        Period == other.Period && string.Equals(LocationId, other.LocationId, StringComparison.Ordinal)
        && Nullable.Equals(Source, other.Source) && string.Equals(Dimension, other.Dimension, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AggregateKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        Period,
        LocationId is null ? 0 : StringComparer.Ordinal.GetHashCode(LocationId),
        Source,
        Dimension is null ? 0 : StringComparer.Ordinal.GetHashCode(Dimension));

    /// <summary>Returns the key as text, for example <c>2026-03-01/paris/*/*</c>.</summary>
    /// <returns>The key as text.</returns>
    public override string ToString() =>
        $"{Period:uuuu-MM-dd}/{LocationId ?? "*"}/{(Source is { } s ? s.Name : "*")}/{Dimension ?? "*"}";

    /// <summary>Compares two keys for equality.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AggregateKey left, AggregateKey right) => left.Equals(right);

    /// <summary>Compares two keys for inequality.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(AggregateKey left, AggregateKey right) => !left.Equals(right);
}

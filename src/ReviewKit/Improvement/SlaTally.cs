using System.Globalization;

namespace ReviewKit.Improvement;

/// <summary>The achieved and breached counts of one SLA metric (first reply, resolution...), as the SLA module reports them.</summary>
/// <remarks>Immutable and thread-safe. The default value is the empty tally.</remarks>
public readonly struct SlaTally : IEquatable<SlaTally>
{
    /// <summary>Creates a tally.</summary>
    /// <param name="achieved">How many cases met the target; not negative.</param>
    /// <param name="breached">How many cases missed it; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public SlaTally(long achieved, long breached)
    {
        Achieved = achieved >= 0 ? achieved : throw new ArgumentOutOfRangeException(nameof(achieved), achieved, "achieved must not be negative.");
        Breached = breached >= 0 ? breached : throw new ArgumentOutOfRangeException(nameof(breached), breached, "breached must not be negative.");
    }

    /// <summary>Gets how many cases met the target.</summary>
    public long Achieved { get; }

    /// <summary>Gets how many cases missed the target.</summary>
    public long Breached { get; }

    /// <summary>Gets the compliance rate <c>Achieved / (Achieved + Breached)</c>, or <see langword="null"/> when both are 0.</summary>
    public double? ComplianceRate => Achieved + Breached == 0 ? null : (double)Achieved / (Achieved + Breached);

    /// <summary>Adds two tallies.</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>The sum.</returns>
    public SlaTally Plus(SlaTally other) => new(Achieved + other.Achieved, Breached + other.Breached);

    /// <inheritdoc/>
    public bool Equals(SlaTally other) => Achieved == other.Achieved && Breached == other.Breached;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SlaTally other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Achieved, Breached);

    /// <summary>Returns the tally as text.</summary>
    /// <returns>For example <c>18 achieved, 2 breached</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Achieved} achieved, {Breached} breached");

    /// <summary>Compares two tallies for equality.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SlaTally left, SlaTally right) => left.Equals(right);

    /// <summary>Compares two tallies for inequality.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(SlaTally left, SlaTally right) => !left.Equals(right);
}

using System.Globalization;
using ReviewKit.Triage;

namespace ReviewKit.Improvement;

/// <summary>How many reviews fell in each <see cref="Severity"/> level, plus those without a severity.</summary>
/// <remarks>
/// A plain count vector: <see cref="Plus"/> adds two mixes exactly (associative and commutative).
/// Immutable and thread-safe. The default value is the empty mix.
/// </remarks>
public readonly struct SeverityMix : IEquatable<SeverityMix>
{
    /// <summary>Creates a mix from its counts.</summary>
    /// <param name="low">Reviews of severity <see cref="Severity.Low"/>; not negative.</param>
    /// <param name="medium">Reviews of severity <see cref="Severity.Medium"/>; not negative.</param>
    /// <param name="high">Reviews of severity <see cref="Severity.High"/>; not negative.</param>
    /// <param name="critical">Reviews of severity <see cref="Severity.Critical"/>; not negative.</param>
    /// <param name="unknown">Reviews without a severity (not triaged); not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public SeverityMix(long low, long medium, long high, long critical, long unknown)
    {
        Low = NonNegative(low, nameof(low));
        Medium = NonNegative(medium, nameof(medium));
        High = NonNegative(high, nameof(high));
        Critical = NonNegative(critical, nameof(critical));
        Unknown = NonNegative(unknown, nameof(unknown));
    }

    /// <summary>Gets the empty mix.</summary>
    public static SeverityMix Empty => default;

    /// <summary>Gets the number of reviews of severity <see cref="Severity.Low"/>.</summary>
    public long Low { get; }

    /// <summary>Gets the number of reviews of severity <see cref="Severity.Medium"/>.</summary>
    public long Medium { get; }

    /// <summary>Gets the number of reviews of severity <see cref="Severity.High"/>.</summary>
    public long High { get; }

    /// <summary>Gets the number of reviews of severity <see cref="Severity.Critical"/>.</summary>
    public long Critical { get; }

    /// <summary>Gets the number of reviews without a severity.</summary>
    public long Unknown { get; }

    /// <summary>Gets the total number of reviews in the mix, with or without a severity.</summary>
    public long Total => Low + Medium + High + Critical + Unknown;

    /// <summary>Gets the number of reviews of one severity level, or without severity.</summary>
    /// <param name="severity">The level; <see langword="null"/> for reviews without a severity.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public long CountOf(Severity? severity) => severity switch
    {
        null => Unknown,
        Severity.Low => Low,
        Severity.Medium => Medium,
        Severity.High => High,
        Severity.Critical => Critical,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "severity is not a defined Severity value."),
    };

    /// <summary>Returns the mix with one more review of <paramref name="severity"/>.</summary>
    /// <param name="severity">The level; <see langword="null"/> for a review without severity.</param>
    /// <returns>The new mix.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public SeverityMix PlusOne(Severity? severity) => severity switch
    {
        null => new(Low, Medium, High, Critical, Unknown + 1),
        Severity.Low => new(Low + 1, Medium, High, Critical, Unknown),
        Severity.Medium => new(Low, Medium + 1, High, Critical, Unknown),
        Severity.High => new(Low, Medium, High + 1, Critical, Unknown),
        Severity.Critical => new(Low, Medium, High, Critical + 1, Unknown),
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "severity is not a defined Severity value."),
    };

    /// <summary>Adds two mixes count by count.</summary>
    /// <param name="other">The other mix.</param>
    /// <returns>The sum.</returns>
    public SeverityMix Plus(SeverityMix other) =>
        new(Low + other.Low, Medium + other.Medium, High + other.High, Critical + other.Critical, Unknown + other.Unknown);

    /// <inheritdoc/>
    public bool Equals(SeverityMix other) =>
        Low == other.Low && Medium == other.Medium && High == other.High && Critical == other.Critical && Unknown == other.Unknown;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SeverityMix other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Low, Medium, High, Critical, Unknown);

    /// <summary>Returns the counts, for example <c>low 3, medium 1, high 0, critical 0, unknown 2</c>.</summary>
    /// <returns>The mix as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"low {Low}, medium {Medium}, high {High}, critical {Critical}, unknown {Unknown}");

    /// <summary>Compares two mixes for equality.</summary>
    /// <param name="left">The first mix.</param>
    /// <param name="right">The second mix.</param>
    /// <returns><see langword="true"/> when every count is equal.</returns>
    public static bool operator ==(SeverityMix left, SeverityMix right) => left.Equals(right);

    /// <summary>Compares two mixes for inequality.</summary>
    /// <param name="left">The first mix.</param>
    /// <param name="right">The second mix.</param>
    /// <returns><see langword="true"/> when a count differs.</returns>
    public static bool operator !=(SeverityMix left, SeverityMix right) => !left.Equals(right);

    private static long NonNegative(long value, string paramName) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must not be negative.");
}
